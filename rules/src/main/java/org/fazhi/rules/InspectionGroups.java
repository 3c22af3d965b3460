package org.fazhi.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Inspection;
import org.fazhi.read.Identifiers;

/**
 * Vocabulary of INS-001: which inspections count towards the yearly limit and how they are
 * grouped (agency, enterprise, calendar year of the inspection date).
 */
public final class InspectionGroups {
    /**
     * Inspections the agency did not choose — triggered by a complaint or report, handed down by
     * a higher authority, or by data monitoring — do not count towards its yearly cap.
     */
    public static final Set<String> NOT_COUNTED = Set.of("投诉举报", "转办交办", "数据监测");

    private InspectionGroups() {
    }

    /** The inspection counts towards the limit: enterprise and date known, a method the agency chose. */
    public static boolean counted(Inspection inspection) {
        return inspection.getEnterpriseCode() != null
                && inspection.getInspectionDate() != null
                && !NOT_COUNTED.contains(inspection.getMethod() == null ? "" : inspection.getMethod());
    }

    /** The group's identifier in a finding, {@code agency|enterprise_code|year}, as the inspection writes them. */
    public static String key(Inspection inspection) {
        String agency = inspection.getAgency() == null ? "" : inspection.getAgency();
        return agency + '|' + inspection.getEnterpriseCode().toUpperCase(Locale.ROOT)
                + '|' + inspection.getInspectionDate().getYear();
    }

    /**
     * What groups inspections: the same key with agency and credit code compared as parameter
     * scopes and identifiers are (trimmed, full-width folded, credit codes ignoring case), so that
     * one export writing 「（」 and another 「(」 do not split an enterprise's inspections.
     */
    private static String groupingKey(Inspection inspection) {
        String agency = inspection.getAgency() == null ? "" : Parameters.fold(inspection.getAgency());
        return agency + '|' + Identifiers.key(inspection.getEnterpriseCode()).toUpperCase(Locale.ROOT)
                + '|' + inspection.getInspectionDate().getYear();
    }

    /**
     * The groups of more than the agency's yearly cap of counted inspections, in key order, each
     * with its members: one pass over the agency's inspections, whatever their number or order.
     */
    public static List<Excess> groups(Collection<?> inspections, RunContext ctx) {
        Map<String, List<Inspection>> byKey = new TreeMap<>();
        for (Object o : inspections) {
            if (o instanceof Inspection inspection && counted(inspection)) {
                byKey.computeIfAbsent(groupingKey(inspection), k -> new ArrayList<>()).add(inspection);
            }
        }
        List<Excess> groups = new ArrayList<>();
        byKey.forEach((grouping, members) -> {
            int maxPerYear = ctx.parameters(members.get(0).getAgency(), null).intValue("max_inspections_per_year");
            if (members.size() > maxPerYear) {
                List<Inspection> inSourceOrder = new ArrayList<>(members);
                inSourceOrder.sort(Comparator.comparing(Inspection::getSource));
                groups.add(new Excess(key(inSourceOrder.get(0)), List.copyOf(inSourceOrder)));
            }
        });
        return groups;
    }

    /** One (agency, enterprise, year) with its counted inspections. */
    public record Excess(String key, List<Inspection> members) {
    }

    /** The values INS-001's message names: count, year and the inspections (ID and date, in source order). */
    public static Map<String, Object> args(List<Inspection> members) {
        List<Inspection> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Inspection::getSource));
        List<String> zh = new ArrayList<>(sorted.size());
        List<String> en = new ArrayList<>(sorted.size());
        for (Inspection inspection : sorted) {
            zh.add(inspection.getInspectionId() + "（" + inspection.getInspectionDate() + "）");
            en.add(inspection.getInspectionId() + " (" + inspection.getInspectionDate() + ")");
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", sorted.size());
        args.put("year", sorted.get(0).getInspectionDate().getYear());
        args.put("inspections", new Text(String.join("、", zh), String.join(", ", en)));
        return args;
    }
}

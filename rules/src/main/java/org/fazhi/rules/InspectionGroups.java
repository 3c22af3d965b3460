package org.fazhi.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.catalogue.Text;
import org.fazhi.model.Inspection;

/**
 * Vocabulary of INS-001: which inspections count towards the yearly limit and how they are
 * grouped (agency, enterprise, calendar year of the inspection date).
 */
public final class InspectionGroups {
    /** Inspections triggered by a complaint or report are not the agency's own choice. */
    public static final String COMPLAINT = "投诉举报";

    private InspectionGroups() {
    }

    /** The inspection counts towards the limit: enterprise and date known, not complaint-triggered. */
    public static boolean counted(Inspection inspection) {
        return inspection.getEnterpriseCode() != null
                && inspection.getInspectionDate() != null
                && !COMPLAINT.equals(inspection.getMethod());
    }

    /** The group key {@code agency|enterprise_code|year}; credit codes compare ignoring case. */
    public static String key(Inspection inspection) {
        String agency = inspection.getAgency() == null ? "" : inspection.getAgency();
        return agency + '|' + inspection.getEnterpriseCode().toUpperCase(Locale.ROOT)
                + '|' + inspection.getInspectionDate().getYear();
    }

    /**
     * The groups of more than {@code maxPerYear} counted inspections, in key order, each with its
     * members: one pass over the agency's inspections, whatever their number or order.
     */
    public static List<Excess> groups(Collection<?> inspections, int maxPerYear) {
        Map<String, List<Inspection>> byKey = new TreeMap<>();
        for (Object o : inspections) {
            if (o instanceof Inspection inspection && counted(inspection)) {
                byKey.computeIfAbsent(key(inspection), k -> new ArrayList<>()).add(inspection);
            }
        }
        List<Excess> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            if (members.size() > maxPerYear) {
                groups.add(new Excess(key, List.copyOf(members)));
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

package org.fazhi.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.PenaltyCase;

/**
 * ENF-020: suspension orders (责令停产停业) of one agency grouped by field and ISO week of the
 * decision. A case with a blank agency, field or decision date, or without 责令停产停业, is not
 * grouped. The result does not depend on the order of the cases.
 */
public final class BlanketSuspension {
    private BlanketSuspension() {
    }

    /**
     * One (agency, field, ISO week) with its suspension orders, members in source order, and the
     * threshold in force for that agency and field.
     */
    public record Group(String agency, String field, String week, LocalDate monday, List<PenaltyCase> members,
            int minCases) {
        /** The group's identifier in a finding, e.g. {@code 昆明市X局|食品药品|2025-W10}. */
        public String key() {
            return agency + "|" + field + "|" + week;
        }

        public int size() {
            return members.size();
        }

        public LocalDate sunday() {
            return monday.plusDays(6);
        }

        /** The members' case IDs joined by 、, in source order. */
        public String caseIds() {
            return String.join("、", members.stream().map(PenaltyCase::getCaseId)
                    .map(id -> id == null ? "?" : id).toList());
        }
    }

    /** True when the case is a suspension order that can be placed in a group. */
    public static boolean groupable(PenaltyCase c) {
        return c.getAgency() != null && c.getField() != null && c.getDecisionDate() != null
                && c.getPenaltyTypes() != null && c.getPenaltyTypes().contains(PenaltyTerms.SUSPENSION);
    }

    /** ISO week of a date, as {@code 2025-W10} (week-based year). */
    public static String isoWeek(LocalDate date) {
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * The groups of at least {@code blanket_suspension_min_cases} suspension orders — the value in
     * force for the group's agency and field — in key order.
     */
    public static List<Group> groups(Collection<?> cases, RunContext context) {
        Map<String, List<PenaltyCase>> byKey = new TreeMap<>();
        for (Object o : cases) {
            if (o instanceof PenaltyCase c && groupable(c)) {
                // agency and field compared as parameter scopes compare them (trimmed, full-width
                // folded), so that 「（」 in some rows and 「(」 in others do not split one agency's week
                String key = Parameters.fold(c.getAgency()) + "|" + Parameters.fold(c.getField()) + "|"
                        + isoWeek(c.getDecisionDate());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (List<PenaltyCase> members : byKey.values()) {
            PenaltyCase first = members.get(0);
            int minCases = context.parameters(first.getAgency(), first.getField()).intValue("blanket_suspension_min_cases");
            if (members.size() >= minCases) {
                members.sort(Comparator.comparing(PenaltyCase::getSource));
                first = members.get(0);
                LocalDate monday = first.getDecisionDate().with(DayOfWeek.MONDAY);
                groups.add(new Group(first.getAgency(), first.getField(), isoWeek(first.getDecisionDate()), monday,
                        List.copyOf(members), minCases));
            }
        }
        return groups;
    }
}

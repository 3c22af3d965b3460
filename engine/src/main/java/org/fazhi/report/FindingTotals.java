package org.fazhi.report;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings of a report counted as they stream past, as its summary states them: per severity
 * (every severity listed, zeros included) and per rule (sorted by ID). One tally for the run's
 * report and for a report restricted to some agencies, so that the two can never count apart.
 */
public final class FindingTotals {
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    private final Map<String, Integer> byRule = new TreeMap<>();

    public void add(Finding finding) {
        bySeverity.merge(finding.severity(), 1, Integer::sum);
        byRule.merge(finding.ruleId(), 1, Integer::sum);
    }

    /** Findings per severity ID, every severity listed (zeros included), in severity order. */
    public Map<String, Integer> bySeverity() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.id(), bySeverity.getOrDefault(severity, 0));
        }
        return counts;
    }

    /** Findings per rule ID, sorted by ID. */
    public Map<String, Integer> byRule() {
        return new TreeMap<>(byRule);
    }
}

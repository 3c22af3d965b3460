package org.fazhi.render.html;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.report.Finding;
import org.fazhi.report.Severity;

/**
 * What the story needs of the findings that the report's summary does not hold — findings per
 * agency and severity, and the agencies each rule's findings are in — counted in the one pass
 * that writes the findings.
 */
public final class FindingTally {
    private final Map<String, int[]> bySeverity = new HashMap<>();
    private final Map<String, Map<String, Integer>> agenciesByRule = new TreeMap<>();

    /** Counts one finding; {@code agency} is the name it is shown under. */
    void add(Finding finding, String agency) {
        bySeverity.computeIfAbsent(agency, a -> new int[Severity.values().length])[finding.severity().ordinal()]++;
        agenciesByRule.computeIfAbsent(finding.ruleId(), r -> new HashMap<>()).merge(agency, 1, Integer::sum);
    }

    /** The agencies with findings, each with its findings per severity (indexed by ordinal). */
    public Map<String, int[]> bySeverity() {
        return bySeverity;
    }

    /** The findings of one agency of one severity. */
    public int count(String agency, Severity severity) {
        int[] counts = bySeverity.get(agency);
        return counts == null ? 0 : counts[severity.ordinal()];
    }

    /** Per rule ID (sorted), the agencies its findings are in with their counts. */
    public Map<String, Map<String, Integer>> agenciesByRule() {
        return agenciesByRule;
    }
}

package org.fazhi.render.html;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.report.Finding;

/**
 * What the story's top problems need of the findings that neither the report's summary nor
 * {@link org.fazhi.render.Overview} holds — the agencies each rule's findings are in, with their
 * counts, to name the agencies most concerned — counted in the one pass that writes the findings.
 */
public final class FindingTally {
    private final Map<String, Map<String, Integer>> agenciesByRule = new TreeMap<>();

    /** Counts one finding; {@code agency} is the name it is shown under. */
    void add(Finding finding, String agency) {
        agenciesByRule.computeIfAbsent(finding.ruleId(), r -> new HashMap<>()).merge(agency, 1, Integer::sum);
    }

    /** Per rule ID (sorted), the agencies its findings are in with their counts. */
    public Map<String, Map<String, Integer>> agenciesByRule() {
        return agenciesByRule;
    }
}

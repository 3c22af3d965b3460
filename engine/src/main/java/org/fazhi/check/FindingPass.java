package org.fazhi.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.gate.Suppressions;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.Gate;
import org.fazhi.report.IndicatorCalculator;
import org.fazhi.report.Severity;
import org.fazhi.report.spill.FindingSorter;
import org.fazhi.report.spill.Spill;

/**
 * The one pass over a run's findings, in report order, that a report needs: each is marked for
 * the gate (baseline, waivers), counted per severity, per rule and for the gate, given to the
 * indicators (which measure the data, so they see it before it is marked) and kept — in memory,
 * or on disk as it comes when there are many. Nothing needs all findings at once.
 */
final class FindingPass {
    private final Map<Severity, Integer> bySeverity = new TreeMap<>();
    private final Map<String, Integer> byRule = new TreeMap<>();
    private final Gate.Tally gate;
    private final List<Finding> findings;

    FindingPass(Iterable<Finding> evaluated, Suppressions suppressions, IndicatorCalculator indicators,
                FailOn failOn, Spill spill) {
        this.gate = new Gate.Tally(failOn);
        FindingSorter kept = spill.inOrder();
        for (Finding finding : evaluated) {
            indicators.observe(finding);
            Finding marked = suppressions.mark(finding);
            bySeverity.merge(marked.severity(), 1, Integer::sum);
            byRule.merge(marked.ruleId(), 1, Integer::sum);
            gate.add(marked);
            kept.add(marked);
        }
        this.findings = kept.finish();
    }

    /** The findings, marked, in report order. */
    List<Finding> findings() {
        return findings;
    }

    /** Findings per severity, every severity listed (zeros included). */
    Map<String, Integer> severityCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            counts.put(severity.id(), bySeverity.getOrDefault(severity, 0));
        }
        return counts;
    }

    /** Findings per rule ID, sorted by ID. */
    Map<String, Integer> ruleCounts() {
        return byRule;
    }

    Gate gate() {
        return gate.gate();
    }
}

package org.fazhi.check;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.fazhi.gate.Suppressions;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingTotals;
import org.fazhi.report.Gate;
import org.fazhi.report.IndicatorCalculator;
import org.fazhi.report.spill.FindingSorter;
import org.fazhi.report.spill.Spill;

/**
 * The one pass over a run's findings, in report order, that a report needs: each is marked for
 * the gate (baseline, waivers), counted per severity, per rule and for the gate, given to the
 * indicators (which measure the data, so they see it before it is marked) and kept — in memory,
 * or on disk as it comes when there are many. Nothing needs all findings at once.
 */
final class FindingPass {
    private final FindingTotals totals = new FindingTotals();
    private final Gate.Tally gate;
    private final List<Finding> findings;

    FindingPass(Iterable<Finding> evaluated, Suppressions suppressions, IndicatorCalculator indicators,
                FailOn failOn, Spill spill) {
        this.gate = new Gate.Tally(failOn);
        FindingSorter kept = spill.inOrder();
        pass(evaluated, suppressions, indicators, kept::add);
        this.findings = kept.finish();
    }

    /**
     * A pass that hands each finding, marked, to {@code written} as it goes and keeps none: for
     * findings that stream from elsewhere in report order and are written as they come.
     */
    FindingPass(Iterable<Finding> evaluated, Suppressions suppressions, IndicatorCalculator indicators,
                FailOn failOn, Consumer<Finding> written) {
        this.gate = new Gate.Tally(failOn);
        pass(evaluated, suppressions, indicators, written);
        this.findings = List.of();
    }

    private void pass(Iterable<Finding> evaluated, Suppressions suppressions, IndicatorCalculator indicators,
                      Consumer<Finding> kept) {
        for (Finding finding : evaluated) {
            indicators.observe(finding);
            Finding marked = suppressions.mark(finding);
            totals.add(marked);
            gate.add(marked);
            kept.accept(marked);
        }
    }

    /** The findings, marked, in report order. */
    List<Finding> findings() {
        return findings;
    }

    /** Findings per severity, every severity listed (zeros included). */
    Map<String, Integer> severityCounts() {
        return totals.bySeverity();
    }

    /** Findings per rule ID, sorted by ID. */
    Map<String, Integer> ruleCounts() {
        return totals.byRule();
    }

    Gate gate() {
        return gate.gate();
    }
}

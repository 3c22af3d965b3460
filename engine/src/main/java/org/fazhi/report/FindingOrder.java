package org.fazhi.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.fazhi.report.spill.SpilledFindings;

/**
 * The findings of a report in another order than report order (the supervisors' workbook sorts
 * by agency, JUnit groups by rule). A renderer asks here rather than sorting the report's list
 * itself, because that list may be too large to copy: a report's findings are only ever iterated.
 * Findings spilled to disk are sorted on disk in the same way (sorted runs, merged as they are
 * read); those in memory are sorted in memory.
 */
public final class FindingOrder {
    private FindingOrder() {
    }

    /** The findings in the given order; ties keep report order. */
    public static Iterable<Finding> sorted(List<Finding> findings, Comparator<Finding> order) {
        if (findings instanceof SpilledFindings spilled) {
            return spilled.sortedBy(order);
        }
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(order);
        return copy;
    }
}

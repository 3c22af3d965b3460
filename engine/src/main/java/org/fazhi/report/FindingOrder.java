package org.fazhi.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The findings of a report in another order than report order (the supervisors' workbook sorts
 * by agency). A renderer asks here rather than sorting the report's list itself, because that
 * list may be too large to copy: a report's findings are only ever iterated.
 */
public final class FindingOrder {
    private FindingOrder() {
    }

    /** The findings in the given order; ties keep report order. */
    public static Iterable<Finding> sorted(List<Finding> findings, Comparator<Finding> order) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(order);
        return copy;
    }
}

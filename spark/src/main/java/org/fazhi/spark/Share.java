package org.fazhi.spark;

import java.io.Serializable;
import java.util.List;
import org.fazhi.check.RunTally;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;

/**
 * What one task did: the sheets it read, the findings it made, the records a rule kept for the
 * cross-record rules, and its counts.
 *
 * @param order    the file's place among the run's files ({@link #GROUPS} for a task of the cross-record rules)
 * @param inputs   one summary per sheet or CSV file read
 * @param findings the task's findings
 * @param retained the records kept for the cross-record rules (empty once they are grouped)
 * @param part     the task's counts: records, scopes, indicators' tallies, uncovered years
 */
record Share(int order, List<InputSummary> inputs, List<Finding> findings, List<Record> retained, RunTally.Part part)
        implements Serializable {
    /** The order of the cross-record tasks, which read no file: after every file. */
    static final int GROUPS = Integer.MAX_VALUE;

    /** This share's inputs and counts, for the driver, which needs neither its findings nor its records. */
    Share counts() {
        return new Share(order, inputs, List.of(), List.of(), part);
    }
}

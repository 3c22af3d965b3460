package org.fazhi.spark;

import java.io.Serializable;
import org.fazhi.model.SourceRef;

/**
 * The first record, in reading order, of those that share an identity (DQ-003), and how many
 * share it: the value the records' identities are reduced to across the whole run.
 *
 * @param order  the record's place in reading order ({@link #order(int, int)})
 * @param source where the record is
 * @param count  how many records share the identity
 */
record FirstUse(long order, SourceRef source, int count) implements Serializable {

    /**
     * A record's place in reading order: its file's place among the run's files, then its place
     * among the records of that file (sheets in workbook order, rows top to bottom), which the
     * file, sheet and row names alone do not give.
     */
    static long order(int file, int record) {
        return ((long) file << 32) | (record & 0xffffffffL);
    }

    /** The earlier of two, counting both. */
    static FirstUse earlier(FirstUse a, FirstUse b) {
        FirstUse first = a.order <= b.order ? a : b;
        return new FirstUse(first.order, first.source, a.count + b.count);
    }

    boolean repeated() {
        return count > 1;
    }
}

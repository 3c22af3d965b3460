package org.fazhi.read;

import org.fazhi.model.Record;

/**
 * A data row that has been read but not yet turned into a record. The reader hands rows over in
 * reading order; turning them into records (the typed parsing of every cell) may then happen on
 * another thread, so that reading is not slowed by it.
 */
@FunctionalInterface
public interface PendingRecord {

    /** The record of this row; may be called on any thread, once. */
    Record parse();
}

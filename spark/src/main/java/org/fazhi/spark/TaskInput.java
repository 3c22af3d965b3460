package org.fazhi.spark;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;

/**
 * What one task reads: a whole file, with the engine's reader ({@link IndexedFile}), or one
 * partition of a table ({@link TablePart}).
 */
interface TaskInput {

    /** The input's place among the run's inputs: files in reading order, then the tables as given. */
    int order();

    /**
     * Reads the records of the wanted types, in reading order.
     *
     * @return one summary per sheet or CSV file read; for a part of a table, one of that part
     */
    List<InputSummary> read(Setup setup, Predicate<RecordType> wanted, Consumer<Record> records);

    /**
     * A record's place among the input's records in reading order, given its ordinal among those
     * this task read: the two differ for a table, whose rows are spread over many tasks.
     */
    int place(Record record, int ordinal);
}

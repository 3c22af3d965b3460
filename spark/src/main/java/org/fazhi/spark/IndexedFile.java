package org.fazhi.spark;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.read.InputFile;
import org.fazhi.read.InputReader;

/**
 * A file of the run and its place among the run's files: reading order, which decides which of
 * two records with the same identifier is the repeat (DQ-003) and in which order sheets are
 * listed. One task reads it whole with the engine's own reader, so its encoding, separator,
 * header rows, mapping and line numbers are found as {@code fazhi check} finds them.
 */
record IndexedFile(int order, InputFile file) implements Serializable, TaskInput {

    @Override
    public List<InputSummary> read(Setup setup, Predicate<RecordType> wanted, Consumer<Record> records) {
        try {
            return new InputReader(setup.mapping()).read(file, wanted, row -> records.accept(row.parse()));
        } catch (InputException e) {
            throw new InputFailure(e);
        }
    }

    /** Records come in reading order, the file read whole by one task. */
    @Override
    public int place(Record record, int ordinal) {
        return ordinal;
    }
}

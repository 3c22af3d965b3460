package org.fazhi.read;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.fazhi.error.InputException;
import org.fazhi.model.Record;

/** TEMPORARY stand-in until the reader lands. */
public final class InputReader {
    public InputReader(Mapping mapping) {
    }

    public List<InputSummary> read(List<Path> inputs, Consumer<Record> sink) throws InputException {
        throw new InputException("read.todo");
    }
}

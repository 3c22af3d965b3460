package org.fazhi.read;

import org.fazhi.model.InputSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.error.InputException;
import org.fazhi.model.CellProblem;
import org.fazhi.model.Record;

/** Test helper: reads inputs and keeps records and summaries. */
final class Reading {
    final List<Record> records = new ArrayList<>();
    final List<InputSummary> summaries;

    private Reading(Mapping mapping, List<Path> inputs) throws InputException {
        summaries = new InputReader(mapping).read(inputs, records::add);
    }

    static Reading of(Path... inputs) throws InputException {
        return new Reading(Mapping.none(), List.of(inputs));
    }

    static Reading of(Mapping mapping, Path... inputs) throws InputException {
        return new Reading(mapping, List.of(inputs));
    }

    Record record(int i) {
        return records.get(i);
    }

    InputSummary summary(int i) {
        return summaries.get(i);
    }

    static CellProblem problem(Record record, String key) {
        return record.getProblems().stream().filter(p -> p.field().equals(key)).findFirst().orElse(null);
    }
}

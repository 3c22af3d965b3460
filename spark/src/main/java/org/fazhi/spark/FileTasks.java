package org.fazhi.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fazhi.check.RunTally;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.PhasedEvaluator;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.read.InputReader;
import org.fazhi.read.PendingRecord;
import scala.Tuple2;

/**
 * The work of one task, run on an executor: read one file with the engine's own reader (so its
 * encoding, separator, header rows, mapping and line numbers are found as {@code fazhi check}
 * finds them), or evaluate the retained records of one partition. Only records and findings go
 * in and out; the engine does the evaluating.
 */
final class FileTasks {
    /** Records evaluated together in one session, as {@code fazhi check} batches them. */
    private static final int BATCH = 500;
    /** The officer directory of each broadcast officer table, built once per executor. */
    private static final Map<Long, OfficerDirectory> DIRECTORIES = new ConcurrentHashMap<>();

    private FileTasks() {
    }

    /** The officers of one file, in reading order: the reference table every join reads. */
    static List<Officer> officers(JobSettings settings, IndexedFile file) {
        List<Officer> officers = new ArrayList<>();
        read(Setup.of(settings), file, type -> type.recordClass() == Officer.class, batch -> batch.forEach(record -> {
            if (record instanceof Officer officer) {
                officers.add(officer);
            }
        }));
        return officers;
    }

    /** Each record's identity (type and identifier) with its place in reading order. */
    static List<Tuple2<String, FirstUse>> uses(JobSettings settings, IndexedFile file) {
        List<Tuple2<String, FirstUse>> uses = new ArrayList<>();
        int[] ordinal = {0};
        read(Setup.of(settings), file, type -> true, batch -> {
            for (Record record : batch) {
                long order = FirstUse.order(file.order(), ordinal[0]++);
                String identity = PhasedEvaluator.identityOf(record);
                if (identity != null) {
                    uses.add(new Tuple2<>(identity, new FirstUse(order, record.getSource(), 1)));
                }
            }
        });
        return uses;
    }

    /**
     * The per-record phase over every record of one file, with DQ-003 for each record whose
     * identity an earlier one used ({@code firsts}: the repeated identities and their first uses).
     */
    static Share evaluate(JobSettings settings, IndexedFile file, long officerTable, List<Officer> officers,
                          Map<String, FirstUse> firsts) {
        Setup setup = Setup.of(settings);
        RunContext context = setup.newContext();
        PhasedEvaluator phases = new PhasedEvaluator(setup.catalogue(), setup.engine(), setup.selection(), context,
                directory(officerTable, officers));
        RunTally tally = new RunTally(setup.catalogue(), setup.request(List.of()));
        List<Record> retained = new ArrayList<>();
        int[] ordinal = {0};
        List<InputSummary> inputs = read(setup, file, type -> true, batch -> {
            for (Record record : batch) {
                tally.accept(record);
                long order = FirstUse.order(file.order(), ordinal[0]++);
                String identity = PhasedEvaluator.identityOf(record);
                FirstUse first = identity == null ? null : firsts.get(identity);
                if (first != null && first.order() != order) {
                    phases.repeats(record, first.source());
                }
            }
            retained.addAll(phases.perRecord(batch));
        });
        return new Share(file.order(), inputs, phases.findings(), retained, tally.part(context));
    }

    /** The cross-record rules over the retained records of one partition (record type and agency). */
    static Share crossRecord(JobSettings settings, Iterable<Record> partition, long officerTable,
                             List<Officer> officers) {
        Setup setup = Setup.of(settings);
        RunContext context = setup.newContext();
        PhasedEvaluator phases = new PhasedEvaluator(setup.catalogue(), setup.engine(), setup.selection(), context,
                directory(officerTable, officers));
        List<Record> records = new ArrayList<>();
        partition.forEach(records::add);
        // in source order, as fazhi check hands them to the rules, whatever order the shuffle gave
        records.sort(Comparator.comparing(Record::getSource));
        phases.crossRecord(records);
        RunTally nothingRead = new RunTally(setup.catalogue(), setup.request(List.of()));
        return new Share(Share.GROUPS, List.of(), phases.findings(), List.of(), nothingRead.part(context));
    }

    private static OfficerDirectory directory(long officerTable, List<Officer> officers) {
        return DIRECTORIES.computeIfAbsent(officerTable, id -> new OfficerDirectory(officers));
    }

    /** Reads one file, handing its records on in batches, in reading order. */
    private static List<InputSummary> read(Setup setup, IndexedFile file, Predicate<RecordType> wanted,
                                           Consumer<List<Record>> batches) {
        List<Record> batch = new ArrayList<>(BATCH);
        Consumer<PendingRecord> rows = row -> {
            batch.add(row.parse());
            if (batch.size() == BATCH) {
                batches.accept(batch);
                batch.clear();
            }
        };
        try {
            List<InputSummary> inputs = new InputReader(setup.mapping()).read(file.file(), wanted, rows);
            if (!batch.isEmpty()) {
                batches.accept(batch);
            }
            return inputs;
        } catch (InputException e) {
            throw new InputFailure(e);
        }
    }
}

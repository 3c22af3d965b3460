package org.fazhi.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fazhi.check.RunTally;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.PhasedEvaluator;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import scala.Tuple2;

/**
 * The work of one task, run on an executor: read one input (a file, or a partition of a table),
 * or evaluate the retained records of one partition. Only records and findings go in and out;
 * the engine does the evaluating.
 */
final class InputTasks {
    /** Records evaluated together in one session, as {@code fazhi check} batches them. */
    private static final int BATCH = 500;
    /** The officer directory of each broadcast officer table, built once per executor. */
    private static final Map<Long, OfficerDirectory> DIRECTORIES = new ConcurrentHashMap<>();

    private InputTasks() {
    }

    /** The officers of one input, in reading order: the reference table every join reads. */
    static List<Officer> officers(JobSettings settings, TaskInput input) {
        List<Officer> officers = new ArrayList<>();
        input.read(Setup.of(settings), type -> type.recordClass() == Officer.class, record -> {
            if (record instanceof Officer officer) {
                officers.add(officer);
            }
        });
        return officers;
    }

    /** Each record's identity (type and identifier) with its place in reading order. */
    static List<Tuple2<String, FirstUse>> uses(JobSettings settings, TaskInput input) {
        List<Tuple2<String, FirstUse>> uses = new ArrayList<>();
        int[] ordinal = {0};
        input.read(Setup.of(settings), type -> true, record -> {
            long order = FirstUse.order(input.order(), input.place(record, ordinal[0]++));
            String identity = PhasedEvaluator.identityOf(record);
            if (identity != null) {
                uses.add(new Tuple2<>(identity, new FirstUse(order, record.getSource(), 1)));
            }
        });
        return uses;
    }

    /**
     * The per-record phase over every record of one input, with DQ-003 for each record whose
     * identity an earlier one used ({@code firsts}: the repeated identities and their first uses).
     */
    static Share evaluate(JobSettings settings, TaskInput input, long officerTable, List<Officer> officers,
                          Map<String, FirstUse> firsts) {
        Setup setup = Setup.of(settings);
        RunContext context = setup.newContext();
        PhasedEvaluator phases = new PhasedEvaluator(setup.catalogue(), setup.engine(), setup.selection(), context,
                directory(officerTable, officers));
        RunTally tally = new RunTally(setup.catalogue(), setup.request(List.of()));
        List<Record> retained = new ArrayList<>();
        int[] ordinal = {0};
        List<InputSummary> inputs = inBatches(setup, input, batch -> {
            for (Record record : batch) {
                tally.accept(record);
                long order = FirstUse.order(input.order(), input.place(record, ordinal[0]++));
                String identity = PhasedEvaluator.identityOf(record);
                FirstUse first = identity == null ? null : firsts.get(identity);
                if (first != null && first.order() != order) {
                    phases.repeats(record, first.source());
                }
            }
            retained.addAll(phases.perRecord(batch));
        });
        return new Share(input.order(), inputs, phases.findings(), retained, tally.part(context));
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

    /** Reads every record of one input, handing them on in batches, in reading order. */
    private static List<InputSummary> inBatches(Setup setup, TaskInput input, Consumer<List<Record>> batches) {
        List<Record> batch = new ArrayList<>(BATCH);
        Predicate<RecordType> every = type -> true;
        List<InputSummary> inputs = input.read(setup, every, record -> {
            batch.add(record);
            if (batch.size() == BATCH) {
                batches.accept(batch);
                batch.clear();
            }
        });
        if (!batch.isEmpty()) {
            batches.accept(batch);
        }
        return inputs;
    }
}

package org.fazhi.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.fazhi.check.RunTally;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.PhasedEvaluator;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Officer;
import org.fazhi.read.InputFile;
import org.fazhi.read.InputReader;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;

/**
 * A check run on Spark, giving the report {@code fazhi check} gives on the same files. One task
 * per file reads it with the engine's reader, one task per partition of a table reads that
 * partition's rows; then, in order:
 * <ol>
 *   <li>the officers are read and broadcast: the reference table of every join;</li>
 *   <li>every record's identity (type and identifier) is reduced over the whole run to its
 *       first use in reading order, and the repeated ones are broadcast (DQ-003 is a property of
 *       all records, not of a partition);</li>
 *   <li>each file's and each table partition's records go through the per-record phase, batch
 *       by batch;</li>
 *   <li>the records a rule retained are grouped by partition (record type and agency, which
 *       holds every group a cross-record rule makes: agency + field + week for ENF-020, agency +
 *       enterprise + year for INS-001) and the cross-record rules run once per partition;</li>
 *   <li>Spark sorts the findings in report order; the driver adds up the tasks' counts and
 *       makes the report with the engine's own report building as the sorted findings stream
 *       past it, a partition at a time, to be written.</li>
 * </ol>
 * Which records share a task never changes a finding: nothing is decided per batch that needs
 * more than the batch.
 */
final class SparkCheck {
    private final SparkSession spark;
    private final JobSettings settings;
    private final TableOptions tables;

    SparkCheck(SparkSession spark, JobSettings settings) {
        this(spark, settings, TableOptions.none());
    }

    SparkCheck(SparkSession spark, JobSettings settings, TableOptions tables) {
        this.spark = spark;
        this.settings = settings;
        this.tables = tables;
    }

    /**
     * Checks, handing every finding to {@code written} in report order as it streams from the
     * executors; the report, with counts, gate and indicators but no findings (the driver holds
     * none of them at once).
     */
    Report run(Consumer<Finding> written) throws InputException {
        JobSettings settings = this.settings;
        // loaded on the driver first, so that a bad option fails before any task runs
        Setup setup = Setup.of(settings);
        List<Path> paths = settings.inputs().stream().map(Path::of).toList();
        List<InputFile> files = paths.isEmpty() ? List.of() : new InputReader(setup.mapping()).files(paths);
        List<IndexedFile> indexed = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            indexed.add(new IndexedFile(i, files.get(i)));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<TableRows> loaded = new ArrayList<>();
        try {
            for (TableSource table : tables.tables()) {
                loaded.add(TableRows.load(spark, setup, tables, table, files.size() + loaded.size()));
            }
            Inputs inputs = new Inputs(context.parallelize(indexed, Math.max(1, indexed.size())), loaded);
            List<Officer> officers = inputs.officers(settings);
            Broadcast<ArrayList<Officer>> officerTable = context.broadcast(new ArrayList<>(officers));
            Broadcast<HashMap<String, FirstUse>> repeated = context.broadcast(new HashMap<>(inputs.uses(settings)
                    .reduceByKey(FirstUse::earlier)
                    .filter(use -> use._2().repeated())
                    .collectAsMap()));
            JavaRDD<Share> perInput = inputs.evaluate(settings, officerTable.id(), officerTable, repeated)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<Share> perPartition = perInput.flatMap(share -> share.retained().iterator())
                    .keyBy(PhasedEvaluator::partitionOf)
                    .groupByKey()
                    .map(partition -> InputTasks.crossRecord(settings, partition._2(), officerTable.id(),
                            officerTable.value()))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            JavaRDD<Share> shares = perInput.union(perPartition);
            List<Share> counts = new ArrayList<>(shares.map(Share::counts).collect());
            Iterable<Finding> findings = SortedFindings.of(shares.flatMap(share -> share.findings().iterator()));
            List<IndexedTable> tableList = loaded.stream().map(TableRows::table).toList();
            Report report = report(setup, paths, counts, tableList, officers, findings, written);
            perInput.unpersist();
            perPartition.unpersist();
            return report;
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // a task's failure comes as a SparkException, checked in Java though Scala throws it undeclared
            throw inputError(e);
        } finally {
            loaded.forEach(TableRows::release);
        }
    }

    /**
     * The tasks' counts added up, the inputs in order (the files', then each table's, its parts
     * added up), and the report the engine makes of them as the findings stream past.
     */
    private static Report report(Setup setup, List<Path> paths, List<Share> shares, List<IndexedTable> tables,
                                 List<Officer> officers, Iterable<Finding> inReportOrder,
                                 Consumer<Finding> written) {
        shares.sort(Comparator.comparingInt(Share::order));
        RunContext context = setup.newContext();
        RunTally tally = new RunTally(setup.catalogue(), setup.request(paths));
        Map<Integer, List<InputSummary>> parts = new HashMap<>();
        List<InputSummary> inputs = new ArrayList<>();
        for (Share share : shares) {
            parts.computeIfAbsent(share.order(), order -> new ArrayList<>()).addAll(share.inputs());
            tally.add(share.part(), context);
        }
        int files = tables.isEmpty() ? Integer.MAX_VALUE : tables.get(0).order();
        parts.keySet().stream().filter(order -> order < files).sorted()
                .forEach(order -> inputs.addAll(parts.get(order)));
        for (IndexedTable table : tables) {
            List<InputSummary> read = parts.getOrDefault(table.order(), List.of());
            inputs.add(read.isEmpty() ? table.bind(setup).summary(0, table.format()) : TablePart.whole(read));
        }
        List<String> skipped = new PhasedEvaluator(setup.catalogue(), setup.engine(), setup.selection(), context,
                new OfficerDirectory(officers)).skippedRules();
        return tally.report(context, inputs, inReportOrder, skipped, written);
    }

    /** An input error on an executor, as the driver reports it; anything else is thrown on. */
    private static RuntimeException inputError(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputFailure failure) {
                return failure;
            }
        }
        return e instanceof RuntimeException unchecked ? unchecked : new IllegalStateException(e.getMessage(), e);
    }
}

package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.model.Record;

/**
 * Evaluates records while they are read, holding a batch at a time: per-record rules (and joins
 * with the officers, given up front as reference facts) run on each full batch in a worker
 * thread while the reader goes on; records that a rule retains for a cross-record rule are kept,
 * and the cross-record rules run over them per partition (record type and agency) at the end.
 * Memory grows with the findings and the retained records, not with the rows read. The findings
 * are those of {@link Evaluator}, in the same order.
 */
public final class StreamingEvaluator implements Consumer<Record> {
    /** Records per batch: large enough to amortise a session, small enough to stay in cache. */
    public static final int DEFAULT_BATCH = 2000;
    /** Batches waiting for a worker before the reader evaluates one itself (back-pressure). */
    private static final int QUEUED_BATCHES = 4;

    private final RuleEngine engine;
    private final RunContext context;
    private final OfficerDirectory officers;
    private final int batchSize;
    private final FindingCollector findings;
    private final DuplicateIds duplicates = new DuplicateIds();
    private final List<Record> retained = new ArrayList<>();
    private final List<Future<?>> pending = new ArrayList<>();
    private final ThreadPoolExecutor workers;
    private List<Record> batch;

    public StreamingEvaluator(Catalogue catalogue, RuleEngine engine, RuleSelection selection, RunContext context,
                              OfficerDirectory officers, int batchSize) {
        this.engine = engine;
        this.context = context;
        this.officers = officers;
        this.batchSize = batchSize;
        this.findings = new FindingCollector(catalogue, selection, context.getParameters());
        this.batch = new ArrayList<>(batchSize);
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_BATCHES), runnable -> {
                    Thread thread = new Thread(runnable, "fazhi-evaluate");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    /**
     * Checks one record's identifier as it is read (repeats are decided in reading order, so on
     * this thread); everything else about it is checked with its batch, on a worker.
     */
    @Override
    public void accept(Record record) {
        findings.add(duplicates.check(record));
        batch.add(record);
        if (batch.size() >= batchSize) {
            submit();
        }
    }

    /** Evaluates what is left, then the cross-record rules; the findings in report order. */
    public Evaluation finish() {
        submit();
        try {
            for (Future<?> future : pending) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            workers.shutdownNow();
        }
        for (List<Record> partition : Evaluator.partitions(sortedRetained()).values()) {
            findings.addAll(engine.evaluate(Evaluator.facts(context, officers, partition),
                    RuleEngine.Phase.CROSS_RECORD).hits());
        }
        return new Evaluation(findings.sorted(), findings.skippedRules(officers));
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<Record> full = batch;
        batch = new ArrayList<>(batchSize);
        pending.removeIf(Future::isDone);
        pending.add(workers.submit(() -> evaluate(full)));
    }

    private void evaluate(List<Record> records) {
        records.forEach(findings::checkCells);
        RuleEngine.Outcome outcome = engine.evaluate(Evaluator.facts(context, officers, records),
                RuleEngine.Phase.PER_RECORD);
        findings.addAll(outcome.hits());
        synchronized (retained) {
            retained.addAll(outcome.retained());
        }
    }

    /** Retained records in source order, whatever order the batches finished in. */
    private List<Record> sortedRetained() {
        synchronized (retained) {
            List<Record> sorted = new ArrayList<>(retained);
            sorted.sort((a, b) -> a.getSource().compareTo(b.getSource()));
            return sorted;
        }
    }
}

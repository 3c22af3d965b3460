package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.model.Record;
import org.fazhi.read.PendingRecord;
import org.fazhi.report.spill.Spill;

/**
 * Evaluates records while they are read, holding a batch at a time. Each full batch goes to a
 * worker thread while the reader goes on: the worker parses the rows' cells, runs the per-record
 * rules (and joins with the officers, given up front as reference facts), tries the rules that a
 * blank deciding field may leave undecided ({@link DecidingFields}) and keeps the records
 * that a rule retains for a cross-record rule. The few steps that must see records in reading
 * order (repeated identifiers, and the caller's tallies) run batch by batch in that order. The
 * cross-record rules run over the retained records per partition (record type and agency) at the
 * end, the partitions in parallel. Memory grows with the retained records, not with the rows
 * read; findings beyond the spill's threshold go to disk. The findings are those of {@link Evaluator},
 * in the same order.
 */
public final class StreamingEvaluator implements Consumer<PendingRecord> {
    /**
     * Records per batch: large enough to amortise a session, small enough that the rows waiting
     * for a worker stay few (measured here at 10⁶ cases: 500 ran no slower than 2,000, with about
     * 50 MB less peak memory).
     */
    public static final int DEFAULT_BATCH = 500;
    /** Batches waiting for a worker before the reader evaluates one itself (back-pressure). */
    private static final int QUEUED_BATCHES = 2;

    private final int batchSize;
    private final Consumer<Record> inReadingOrder;
    private final PhasedEvaluator phases;
    private final DuplicateIds duplicates = new DuplicateIds();
    private final Turns turns = new Turns();
    private final List<Record> retained = new ArrayList<>();
    private final List<Future<?>> pending = new ArrayList<>();
    private final ThreadPoolExecutor workers;
    private List<PendingRecord> batch;
    private long batches;

    /** An evaluator that holds every finding in memory (rule tests, small inputs). */
    public StreamingEvaluator(Catalogue catalogue, RuleEngine engine, RuleSelection selection, RunContext context,
                              OfficerDirectory officers, int batchSize, Consumer<Record> inReadingOrder) {
        this(catalogue, engine, selection, context, officers, batchSize, inReadingOrder, Spill.inMemory());
    }

    /**
     * @param inReadingOrder sees every record once, in reading order, whichever thread parsed it
     *                       (the caller's counts and tallies)
     * @param spill          where findings go beyond those held in memory
     */
    public StreamingEvaluator(Catalogue catalogue, RuleEngine engine, RuleSelection selection, RunContext context,
                              OfficerDirectory officers, int batchSize, Consumer<Record> inReadingOrder,
                              Spill spill) {
        this.batchSize = batchSize;
        this.inReadingOrder = inReadingOrder;
        this.phases = new PhasedEvaluator(catalogue, engine, selection, context, officers, spill);
        this.batch = new ArrayList<>(batchSize);
        int threads = Runtime.getRuntime().availableProcessors();
        this.workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_BATCHES), runnable -> {
                    Thread thread = new Thread(runnable, "fazhi-evaluate");
                    thread.setDaemon(true);
                    return thread;
                }, StreamingEvaluator::waitForRoom);
    }

    /**
     * The reader waits while the workers are behind. Taking a batch itself, it would sit idle as
     * soon as that batch's turn came before the queued ones had parsed theirs, while a worker
     * on every core keeps every core busy and the reader only reads.
     */
    private static void waitForRoom(Runnable batch, ThreadPoolExecutor workers) {
        if (workers.isShutdown()) {
            throw new RejectedExecutionException("evaluation already finished");
        }
        try {
            workers.getQueue().put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedExecutionException("interrupted while waiting for a worker", e);
        }
    }

    @Override
    public void accept(PendingRecord row) {
        batch.add(row);
        if (batch.size() >= batchSize) {
            submit();
        }
    }

    /** Evaluates what is left, then the cross-record rules; the findings in report order. */
    public Evaluation finish() {
        submit();
        try {
            awaitAll(pending);
            List<Future<?>> partitions = new ArrayList<>();
            for (List<Record> partition : Evaluator.partitions(sortedRetained()).values()) {
                partitions.add(workers.submit(() -> phases.crossRecord(partition)));
            }
            awaitAll(partitions);
        } finally {
            workers.shutdownNow();
        }
        return new Evaluation(phases.findings(), phases.skippedRules());
    }

    private static void awaitAll(Collection<Future<?>> futures) {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("evaluation interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void submit() {
        if (batch.isEmpty()) {
            return;
        }
        List<PendingRecord> full = batch;
        long number = batches++;
        batch = new ArrayList<>(batchSize);
        settleDone();
        pending.add(workers.submit((Callable<Void>) () -> {
            evaluate(number, full);
            return null;
        }));
    }

    /** Forgets the batches already evaluated, failing now if one of them failed. */
    private void settleDone() {
        List<Future<?>> done = pending.stream().filter(Future::isDone).toList();
        awaitAll(done);
        pending.removeAll(done);
    }

    private void evaluate(long number, List<PendingRecord> rows) {
        List<Record> records = new ArrayList<>(rows.size());
        try {
            for (PendingRecord row : rows) {
                records.add(row.parse());
            }
        } finally {
            // taken even when parsing failed, so that later batches do not wait for ever
            turns.inTurn(number, () -> {
                for (Record record : records) {
                    inReadingOrder.accept(record);
                    phases.add(duplicates.check(record));
                }
            });
        }
        List<Record> kept = phases.perRecord(records);
        synchronized (retained) {
            retained.addAll(kept);
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

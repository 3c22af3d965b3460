package org.fazhi.report.spill;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.fazhi.report.Finding;

/**
 * Collects findings, from any thread, and gives them back in one order: up to the spill's
 * threshold in memory; beyond it each full buffer is sorted and written as a run, and the runs
 * are merged as the findings are read ({@link SpilledFindings}). Sorting is stable and the merge
 * breaks ties by run, so ties keep the order the findings were added in, as one sort in memory
 * would. Findings added already in order ({@link Spill#inOrder()}) are written as they come.
 */
public final class FindingSorter {
    private static final int BUFFER_BYTES = 1 << 16;
    private final Spill spill;
    private final Comparator<Finding> order;
    private final FindingCodec codec;
    private final List<SpilledFindings.Run> runs = new ArrayList<>();
    private List<Finding> buffer = new ArrayList<>();
    private int size;
    private boolean finished;

    /** @param order the order to read back in; null when the findings come in that order */
    FindingSorter(Spill spill, Comparator<Finding> order) {
        this.spill = spill;
        this.order = order;
        this.codec = new FindingCodec(spill.strings());
    }

    public synchronized void add(Finding finding) {
        if (finished) {
            throw new IllegalStateException("findings already given back");
        }
        buffer.add(finding);
        size++;
        if (buffer.size() >= spill.threshold()) {
            spillBuffer();
        }
    }

    public synchronized void addAll(Collection<? extends Finding> findings) {
        for (Finding finding : findings) {
            add(finding);
        }
    }

    /** Every finding added, in order; read from disk as it is iterated when some were spilled. */
    public synchronized List<Finding> finish() {
        finished = true;
        sortBuffer();
        if (runs.isEmpty()) {
            return Collections.unmodifiableList(buffer);
        }
        return new SpilledFindings(spill, List.copyOf(runs), Collections.unmodifiableList(buffer), order, size);
    }

    private void sortBuffer() {
        if (order != null) {
            buffer.sort(order);
        }
    }

    private void spillBuffer() {
        sortBuffer();
        Path file = spill.newFile();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(spill.open(file), BUFFER_BYTES))) {
            for (Finding finding : buffer) {
                codec.write(finding, out);
            }
        } catch (IOException e) {
            throw new SpillFailedException(spill.parent(), e);
        }
        runs.add(new SpilledFindings.Run(file, buffer.size()));
        buffer = new ArrayList<>();
    }

}

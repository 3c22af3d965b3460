package org.fazhi.report.spill;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import org.fazhi.report.Finding;

/**
 * Findings that do not all live in memory: sorted runs on disk and a last run in memory, merged
 * (k-way) in order each time they are iterated. The size is known; iteration streams, holding
 * one finding and one buffer per run; there is no random access ({@link #get} refuses: a caller
 * that needs another order asks {@link #sortedBy}). Valid until its {@link Spill} is closed.
 */
public final class SpilledFindings extends AbstractList<Finding> {
    private static final int BUFFER_BYTES = 1 << 15;
    private final Spill spill;
    private final List<Run> runs;
    private final List<Finding> last;
    /** The order of the runs; null when they follow one another in order. */
    private final Comparator<Finding> order;
    private final int size;
    private final FindingCodec codec;

    /** A file of findings, in order, and how many it holds. */
    record Run(Path file, int count) {
    }

    SpilledFindings(Spill spill, List<Run> runs, List<Finding> last, Comparator<Finding> order, int size) {
        this.spill = spill;
        this.runs = runs;
        this.last = last;
        this.order = order;
        this.size = size;
        this.codec = new FindingCodec(spill.strings());
    }

    @Override
    public int size() {
        return size;
    }

    /** Not supported: the findings are on disk and can only be read in turn. */
    @Override
    public Finding get(int index) {
        throw new UnsupportedOperationException("spilled findings are only iterated, not indexed");
    }

    @Override
    public Iterator<Finding> iterator() {
        return order == null ? new Concatenation() : new Merge();
    }

    /** The same findings in another order (ties keep this order), sorted on disk as they were. */
    public List<Finding> sortedBy(Comparator<Finding> other) {
        FindingSorter sorter = spill.sorter(other);
        forEach(sorter::add);
        return sorter.finish();
    }

    /** The findings of one run, read in turn. */
    private final class Cursor {
        private final int index;
        private final Iterator<Finding> inMemory;
        private final DataInputStream in;
        private int left;
        private Finding head;

        Cursor(int index) {
            this.index = index;
            if (index == runs.size()) {
                inMemory = last.iterator();
                in = null;
                left = last.size();
            } else {
                inMemory = null;
                Run run = runs.get(index);
                try {
                    in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run.file()), BUFFER_BYTES));
                } catch (IOException e) {
                    throw new SpillFailedException(spill.parent(), e);
                }
                spill.opened(in);
                left = run.count();
            }
            advance();
        }

        /** Moves to the next finding; {@code head} is null at the end. */
        void advance() {
            if (left == 0) {
                head = null;
                close();
                return;
            }
            left--;
            if (inMemory != null) {
                head = inMemory.next();
                return;
            }
            try {
                head = codec.read(in);
            } catch (IOException e) {
                throw new SpillFailedException(spill.parent(), e);
            }
        }

        private void close() {
            if (in != null) {
                spill.closed(in);
                try {
                    in.close();
                } catch (IOException ignored) {
                    // read to the end: nothing is lost
                }
            }
        }
    }

    /** Runs one after another: they were written in order. */
    private final class Concatenation implements Iterator<Finding> {
        private int run;
        private Cursor cursor = new Cursor(0);

        @Override
        public boolean hasNext() {
            while (cursor.head == null && run < runs.size()) {
                cursor = new Cursor(++run);
            }
            return cursor.head != null;
        }

        @Override
        public Finding next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Finding next = cursor.head;
            cursor.advance();
            return next;
        }
    }

    /** The least head of all runs, ties to the earlier run. */
    private final class Merge implements Iterator<Finding> {
        private final PriorityQueue<Cursor> heads = new PriorityQueue<>(runs.size() + 1,
                Comparator.<Cursor, Finding>comparing(c -> c.head, order).thenComparingInt(c -> c.index));

        Merge() {
            for (int i = 0; i <= runs.size(); i++) {
                Cursor cursor = new Cursor(i);
                if (cursor.head != null) {
                    heads.add(cursor);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !heads.isEmpty();
        }

        @Override
        public Finding next() {
            Cursor least = heads.poll();
            if (least == null) {
                throw new NoSuchElementException();
            }
            Finding next = least.head;
            least.advance();
            if (least.head != null) {
                heads.add(least);
            }
            return next;
        }
    }
}

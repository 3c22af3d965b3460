package org.fazhi.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The merged ranges of the sheets a workbook's reading will need, scanned ahead on two threads of
 * their own, in the order the sheets are read. A sheet's rows need its merged ranges before the
 * first of them, and finding those means inflating the whole sheet part once more: for the
 * largest sheet that takes seconds on one core while the evaluating threads wait for rows. The
 * second thread scans the next sheets meanwhile, so their rows start as soon as the reader gets
 * to them. A scan that failed fails for the reader with its own exception, at its sheet, as a scan
 * made there would have.
 */
final class MergeScansAhead implements Closeable {
    /** The sheet the reader waits for, and the next one. */
    private static final int THREADS = 2;
    private final ExecutorService scanners;
    private final Map<XlsxWorkbook.Sheet, Future<MergedCells>> scans = new IdentityHashMap<>();

    /** Starts scanning {@code sheets}, in this order; each must have a part. */
    MergeScansAhead(XlsxWorkbook workbook, List<XlsxWorkbook.Sheet> sheets) {
        this.scanners = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fazhi-merge-scan");
            thread.setDaemon(true);
            return thread;
        });
        for (XlsxWorkbook.Sheet sheet : sheets) {
            scans.put(sheet, scanners.submit(() -> {
                try (InputStream in = workbook.open(sheet)) {
                    return XlsxMergeScan.scan(in);
                }
            }));
        }
    }

    /** The sheet's merged ranges, once scanned. */
    MergedCells of(XlsxWorkbook.Sheet sheet) throws IOException {
        Future<MergedCells> scan = scans.get(sheet);
        if (scan == null) {
            throw new IllegalArgumentException("sheet not scanned ahead: " + sheet.name());
        }
        try {
            return scan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the merged cells of " + sheet.name() + " were read");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    /** Stops the scans not yet done: the reading ended, or failed. */
    @Override
    public void close() {
        scanners.shutdownNow();
    }
}

package org.fazhi.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.stream.XMLStreamException;
import org.fazhi.error.InputException;

/**
 * The merged ranges of workbook sheets, scanned ahead of the reader on two threads of their own.
 * A sheet's rows need its merged ranges before the first of them, and finding those means
 * inflating the whole sheet part once more: for the largest sheet that takes seconds on one core
 * while the evaluating threads wait for rows. The scans start, in reading order, as soon as the
 * reader opens a workbook, so the second thread scans the next sheets while the reader waits for
 * the first. A scan that failed fails for the reader with its own exception, at its sheet, as a
 * scan made there would have.
 *
 * <p>A check reads its inputs twice: the officers first (the reference facts the cases join
 * with), then every record. Scans {@link #forTheRun() kept for the run} serve both readings: the
 * first starts the scans of every sheet of a workbook, not only of those it reads, so the largest
 * sheet's scan is under way before the second reading begins; and a sheet scanned once (one the
 * first reading had to open to find its header, its name naming no record type) is not scanned
 * again. Each scan opens the workbook file itself, so that it outlives the reading that started
 * it; a file whose size or time has changed since is scanned anew. What is kept is a few dozen
 * bytes per merged range, until the run ends.
 *
 * <p>An {@code .xls} or SpreadsheetML workbook is walked whole for its merged cells (and sheet
 * names) before its rows: kept for the run, that first walk's {@link #layout layout} serves the
 * second reading too.
 */
public final class MergeScans implements Closeable {
    /** The sheet the reader waits for, and the next one. */
    private static final int THREADS = 2;
    private final boolean keptForTheRun;
    private final ExecutorService scanners;
    private final Map<Key, Future<MergedCells>> scans = new HashMap<>();
    private final Map<LayoutKey, Object> layouts = new HashMap<>();

    /** A workbook file as it is now: its place, size and time. */
    private record Version(Path file, long size, FileTime modified) {
        static Version of(Path file) throws IOException {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            return new Version(file.toAbsolutePath().normalize(), now.size(), now.lastModifiedTime());
        }
    }

    /** One sheet of one version of a workbook file. */
    private record Key(Version version, String part) {
    }

    /** The layout of one kind of one version of a file. */
    private record LayoutKey(Version version, Class<?> kind) {
    }

    /** A first walk of a file, for its sheets' names and merged cells; E is what its parser throws. */
    @FunctionalInterface
    interface Walk<T, E extends Exception> {
        T walk() throws IOException, InputException, E;
    }

    private MergeScans(boolean keptForTheRun) {
        this.keptForTheRun = keptForTheRun;
        this.scanners = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "fazhi-merge-scan");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Scans kept until closed, for every reading of a run, of every sheet of each workbook opened. */
    public static MergeScans forTheRun() {
        return new MergeScans(true);
    }

    /** Scans for one reading: of the sheets it reads only. */
    static MergeScans forOneRead() {
        return new MergeScans(false);
    }

    /**
     * Starts scanning {@code toRead}, in this order, unless scanned already; kept for the run, the
     * workbook's other sheets after them. Each sheet must have a part.
     *
     * @return the scans of this workbook, for its reader
     */
    synchronized Workbook ahead(Path file, XlsxWorkbook workbook, List<XlsxWorkbook.Sheet> toRead) throws IOException {
        Workbook scanned = new Workbook(Version.of(file));
        List<XlsxWorkbook.Sheet> sheets = new ArrayList<>(toRead);
        if (keptForTheRun) {
            workbook.sheets().stream().filter(sheet -> sheet.part() != null && !toRead.contains(sheet))
                    .forEach(sheets::add);
        }
        for (XlsxWorkbook.Sheet sheet : sheets) {
            scans.computeIfAbsent(scanned.key(sheet), key -> scanners.submit(() -> scan(file, key, sheet)));
        }
        return scanned;
    }

    /**
     * The layout of a file that is walked twice, first for its sheets' names and merged cells
     * (.xls, SpreadsheetML): kept for the run, walked once per version of the file; for one
     * reading, walked.
     */
    <T, E extends Exception> T layout(Path file, Class<T> kind, Walk<T, E> walk) throws IOException, InputException, E {
        if (!keptForTheRun) {
            return walk.walk();
        }
        LayoutKey key = new LayoutKey(Version.of(file), kind);
        synchronized (this) {
            Object known = layouts.get(key);
            if (known != null) {
                return kind.cast(known);
            }
        }
        T walked = walk.walk();
        synchronized (this) {
            layouts.put(key, walked);
        }
        return walked;
    }

    /** How many scans were started: each sheet of each version of a file once. */
    synchronized int started() {
        return scans.size();
    }

    private synchronized Future<MergedCells> scanOf(Key key) {
        return scans.get(key);
    }

    private static MergedCells scan(Path file, Key key, XlsxWorkbook.Sheet sheet) throws IOException {
        try (XlsxWorkbook own = XlsxWorkbook.open(file); InputStream in = own.open(sheet)) {
            if (!Version.of(file).equals(key.version())) {
                // what the reader reads is not what this scan would read
                throw new IOException("the workbook changed while it was read: " + file);
            }
            return XlsxMergeScan.scan(in);
        } catch (XMLStreamException e) {
            // the reader opened this package a moment ago: it has changed since
            throw new IOException(e);
        }
    }

    /** Stops the scans not yet done: the run ended, or failed. */
    @Override
    public void close() {
        scanners.shutdownNow();
    }

    /** The scans of one workbook, as its reader asks for them. */
    final class Workbook {
        private final Version version;

        private Workbook(Version version) {
            this.version = version;
        }

        private Key key(XlsxWorkbook.Sheet sheet) {
            return new Key(version, sheet.part());
        }

        /** The sheet's merged ranges, once scanned. */
        MergedCells of(XlsxWorkbook.Sheet sheet) throws IOException {
            Future<MergedCells> scan = scanOf(key(sheet));
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
    }
}

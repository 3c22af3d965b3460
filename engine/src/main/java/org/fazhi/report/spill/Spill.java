package org.fazhi.report.spill;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.fazhi.report.Finding;

/**
 * Where a run's findings go when there are too many to hold: beyond {@link #threshold()}
 * findings in memory, sorted runs are written to files in a directory of the run's own, made on
 * the first spill under the temporary directory ({@code java.io.tmpdir} or {@code --temp-dir})
 * and removed when the spill is closed — or, when the run is cut short (an error, Ctrl-C), when
 * the JVM exits. A run that never exceeds the threshold never touches the disk.
 */
public final class Spill implements AutoCloseable {
    /**
     * Findings held in memory before they go to disk: about 45 MB of findings, few enough that
     * the heap stays well inside the launcher's, many enough that an ordinary run never spills.
     */
    public static final int DEFAULT_THRESHOLD = 50_000;
    /** Overrides {@link #DEFAULT_THRESHOLD} (findings), to measure or compare with spilling off. */
    public static final String THRESHOLD_PROPERTY = "fazhi.spill.threshold";

    private final Path parent;
    private final int threshold;
    private final Opener opener;
    private final StringTable strings = new StringTable();
    private final AtomicInteger files = new AtomicInteger();
    private final Set<Closeable> open = ConcurrentHashMap.newKeySet();
    private Path directory;
    private Thread cleanup;

    /**
     * @param parent    the directory to make the run's directory in
     * @param threshold findings held in memory before they go to disk (at least 1)
     */
    public Spill(Path parent, int threshold) {
        this(parent, threshold, Files::newOutputStream);
    }

    /** A spill whose files are written through {@code opener} (a test's full disk). */
    Spill(Path parent, int threshold, Opener opener) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold " + threshold);
        }
        this.parent = Objects.requireNonNull(parent, "parent");
        this.threshold = threshold;
        this.opener = opener;
    }

    /** Opens a file to write a run to. */
    interface Opener {
        OutputStream open(Path file) throws IOException;
    }

    /**
     * The spill of a check run: under {@code tempDir}, or the system's temporary directory when
     * null, with the default threshold unless {@value #THRESHOLD_PROPERTY} says otherwise.
     */
    public static Spill under(Path tempDir) {
        Path parent = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
        return new Spill(parent, Integer.getInteger(THRESHOLD_PROPERTY, DEFAULT_THRESHOLD));
    }

    /** A spill that never writes: every finding is held in memory (small inputs, rule tests). */
    public static Spill inMemory() {
        return new Spill(Path.of("."), Integer.MAX_VALUE);
    }

    public int threshold() {
        return threshold;
    }

    /** The temporary directory the run's own directory is made in. */
    public Path parent() {
        return parent;
    }

    /** Collects findings to be read back in this order (ties keep the order they were added in). */
    public FindingSorter sorter(Comparator<Finding> order) {
        return new FindingSorter(this, Objects.requireNonNull(order, "order"));
    }

    /** Collects findings that are added in the order they are to be read back. */
    public FindingSorter inOrder() {
        return new FindingSorter(this, null);
    }

    OutputStream open(Path file) throws IOException {
        return opener.open(file);
    }

    StringTable strings() {
        return strings;
    }

    /** A new file for a run of findings, in the run's directory (made on first use). */
    synchronized Path newFile() {
        if (directory == null) {
            try {
                Files.createDirectories(parent);
                directory = Files.createTempDirectory(parent, "fazhi-");
            } catch (IOException | UnsupportedOperationException e) {
                throw new SpillFailedException(parent, e);
            }
            cleanup = new Thread(this::deleteDirectory, "fazhi-spill-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
        return directory.resolve("run-" + files.incrementAndGet() + ".bin");
    }

    /** The run's directory, or null when nothing was spilled. */
    synchronized Path directory() {
        return directory;
    }

    /** An open file that {@link #close} closes if its reader stopped early. */
    void opened(Closeable file) {
        open.add(file);
    }

    void closed(Closeable file) {
        open.remove(file);
    }

    /** Removes the run's directory and everything in it. */
    @Override
    public synchronized void close() {
        if (directory == null) {
            return;
        }
        deleteDirectory();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException exiting) {
            // the JVM is already exiting: the hook runs or has run, and finds nothing left
        }
        directory = null;
    }

    private synchronized void deleteDirectory() {
        for (Closeable file : open) {
            try {
                file.close();
            } catch (IOException ignored) {
                // being removed anyway
            }
        }
        open.clear();
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a file the system will not let go of stays; nothing else is left behind
        }
    }
}

package org.fazhi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The collector, heap and compiler a check runs with, by the size of its input. Officers run
 * small checks all day: there the serial collector and the first-tier JIT alone finish sooner,
 * because the optimising compiler's work never pays off, and a small heap is plenty. On large
 * inputs the optimising compiler pays many times over (measured here: 10⁶ cases as CSV, 54 s
 * first-tier only, 35 s with both); a larger heap, with a young generation that outlasts the
 * batches in flight, keeps the collector from copying them into the old generation (10⁶ cases
 * as xlsx: 52 s with a 512 MB heap, 36 s with this one); and the parallel collector halves the
 * pauses that stop every thread (10⁶ cases as xlsx: 8.5 s of pauses serial, 4.0 s parallel).
 * The optimising compiler is kept from copying a method it has already compiled to more than
 * 1,000 bytes of machine code (InlineSmallCode, 2,500 by default) into each caller: on two cores
 * its thread competes with the check's, and at 10⁶ cases it spent 14–16 CPU seconds compiling,
 * much of it large library methods (BigDecimal formatting, Drools' rule firing) over again. With
 * the lower limit it spends 10–11, and the check takes about 6% less time and CPU (alternating
 * runs: five on the workbook, two on CSV). Its thresholds are three times the default
 * (CompileThresholdScaling=3): methods run longer in the first tier before it takes them, so it
 * compiles only the really hot ones (10⁶ cases as CSV: 7–10 CPU seconds in the optimising compiler
 * instead of 13–16; as xlsx 8.8 instead of 13.5), which more than pays for the code left in the
 * first tier. An object that survives one young collection goes to the old generation at once
 * (MaxTenuringThreshold=1): what outlives a batch (records kept for the cross-record rules,
 * findings waiting to be spilled, the identifiers seen) lives to the end of the run, and copying
 * it between the survivor spaces up to fifteen times cost more than promoting it (10⁶ cases as
 * CSV: 51 young collections instead of 156, 4–5.5 collector CPU seconds instead of 7.5–8.5).
 * The heap starts at its full size (-Xms as -Xmx): the parallel collector otherwise starts with a
 * small old generation and grows it by full collections, three or four of them in the first
 * seconds of a large check (10⁶ cases, alternating runs: CSV 15.4–15.6 s against 16.0–16.2 s,
 * two full collections instead of five or six; the workbook 24.1–24.2 s against 25.4–26.6 s). The
 * memory is only reserved: the pages the heap never uses are never touched, and the peak RSS
 * stayed the same (900–940 MB).
 *
 * <p>A small check compiles a method only after three times the usual number of calls
 * (CompileThresholdScaling=3): at start-up the first-tier compiler's two threads otherwise spend
 * about a third of a second of CPU on code run a few times only (the bundled sample: 1.21 s of
 * CPU instead of 1.34, alternating runs), and a 50 MB CSV check takes the same CPU time either way.
 *
 * <p>A workbook counts {@link #XLSX_WEIGHT} times its bytes: it is compressed, and its rows cost
 * more to read, so the large settings pay off on far fewer bytes (measured here: both settings
 * take the same time on a 12 MB workbook, while 50 MB of CSV still runs faster with the small ones).
 * So does a web page (.html, .htm, and .xls, which exports often are): parsing HTML costs many
 * times what CSV does per byte, and the optimising compiler pays off from about 10 MB (a 20 MB
 * page: 4.0–4.2 s against 5.2–5.3 s; 100 MB: 13.3 s against 23.4 s). A true .xls of 37 MB took
 * the same time either way.
 * The values are in {@code jvm.properties} beside this class, the one definition that the
 * launchers ({@code ./fazhi}, {@code bin/fazhi}, {@code bin/fazhi.bat}) read at run time (the
 * build copies it to {@code lib/}) to apply the same options to a check's inputs; the bench
 * applies them to each measured file, so that it measures what a user gets.
 */
final class JvmPolicy {
    private static final Properties VALUES = load();
    /** Inputs up to this many (weighted) bytes count as small. */
    static final long QUICK_START_MAX_BYTES = Long.parseLong(value("quick_start_max_bytes"));
    /** How many times a workbook's bytes count. */
    static final int XLSX_WEIGHT = Integer.parseInt(value("workbook_weight"));
    /** The extensions of the files whose bytes count {@link #XLSX_WEIGHT} times, in lower case. */
    static final List<String> WEIGHTED_EXTENSIONS = words("weighted_extensions");
    /** The options of every run: logging and encodings. */
    static final List<String> COMMON = words("common");
    /** The collector and compiler of a small check. */
    static final List<String> SMALL = words("small");
    /** The heap of a small check. */
    static final List<String> SMALL_HEAP = words("small_heap");
    /** The collector and compiler of a large check. */
    static final List<String> LARGE = words("large");
    /** The heap of a large check. */
    static final List<String> LARGE_HEAP = words("large_heap");

    private JvmPolicy() {
    }

    /**
     * The options for a check of this input. With a heap of the user's own, the policy's heap
     * and young generation are left out, not overridden: a young generation sized for the
     * policy's heap would leave a smaller heap no room for anything that lives longer.
     */
    static List<String> options(Path input, boolean ownHeap) {
        boolean small = quickStart(input);
        List<String> options = new ArrayList<>(COMMON);
        options.addAll(small ? SMALL : LARGE);
        if (!ownHeap) {
            options.addAll(small ? SMALL_HEAP : LARGE_HEAP);
        }
        return options;
    }

    static boolean quickStart(Path input) {
        return size(input) <= QUICK_START_MAX_BYTES;
    }

    /** A file's weighted size, or the total of the files below a directory. */
    static long size(Path input) {
        if (!Files.isDirectory(input)) {
            return weighted(input);
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile).mapToLong(JvmPolicy::weighted).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = JvmPolicy.class.getResourceAsStream("jvm.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static String value(String key) {
        String value = VALUES.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("jvm.properties has no " + key);
        }
        return value.trim();
    }

    private static List<String> words(String key) {
        return List.of(value(key).split("\\s+"));
    }

    private static long weighted(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean weighted = WEIGHTED_EXTENSIONS.stream().anyMatch(extension -> name.endsWith("." + extension));
        return file.toFile().length() * (weighted ? XLSX_WEIGHT : 1);
    }
}

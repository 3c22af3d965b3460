package org.fazhi.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fazhi.error.InputException;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;

/**
 * Reads exports (.xlsx workbooks and .csv files, or directories of them) into records
 * (records.md). Workbooks are streamed; nothing is ever written to an input file.
 */
public final class InputReader {
    /** The reason a report fazhi wrote is not read as input. */
    static final String OWN_REPORT = "read.ignored.ownReport";
    private final TypeCatalog catalog;
    private Predicate<RecordType> wanted = type -> true;
    private ReadProgress progress = ReadProgress.NONE;

    /** Reports reading progress to {@code progress} (a terminal's progress bar). */
    public InputReader withProgress(ReadProgress progress) {
        this.progress = progress;
        return this;
    }

    public InputReader(Mapping mapping) {
        this.catalog = new TypeCatalog(mapping);
    }

    /**
     * Reads files and directories (every .xlsx/.csv inside, recursively, sorted by path; lock
     * files {@code ~$…} and hidden files skipped). Every record goes to {@code sink} in
     * file/sheet/row order.
     *
     * @return one summary per sheet or CSV file, in reading order
     */
    public List<InputSummary> read(List<Path> inputs, Consumer<Record> sink) throws InputException {
        return read(inputs, type -> true, sink);
    }

    /**
     * Reads only the sheets and files that hold a wanted record type; the rows of the others are
     * not parsed (a sheet recognised by its header is left as soon as its header is found). This
     * is how reference records (officers) are read ahead of the records that refer to them.
     */
    public List<InputSummary> read(List<Path> inputs, Predicate<RecordType> wanted, Consumer<Record> sink)
            throws InputException {
        return readRows(inputs, wanted, row -> sink.accept(row.parse()));
    }

    /**
     * Reads as {@link #read(List, Predicate, Consumer)} does, but hands each data row on before its
     * cells are parsed, so that the consumer can parse rows on other threads while reading goes on.
     */
    public List<InputSummary> readRows(List<Path> inputs, Predicate<RecordType> wanted, Consumer<PendingRecord> sink)
            throws InputException {
        this.wanted = wanted;
        List<InputSummary> summaries = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        try {
            for (Path input : inputs) {
                String shown = shown(input);
                if (!Files.exists(input)) {
                    throw new InputException("read.error.notFound", shown);
                }
                if (Files.isDirectory(input)) {
                    List<String> found = list(input, shown);
                    if (found.isEmpty()) {
                        throw new InputException("read.error.emptyDirectory", shown);
                    }
                    String base = shown.endsWith("/") ? shown : shown + "/";
                    for (String relative : found) {
                        readOnce(input.resolve(relative), base + relative, seen, summaries, sink);
                    }
                } else {
                    readOnce(input, shown, seen, summaries, sink);
                }
            }
        } catch (SheetProcessor.SinkFailure e) {
            throw e.unwrap();
        }
        return summaries;
    }

    /**
     * Reads a file unless it was read already (named twice, or directly and through its
     * directory); one the mapping ignores or one of fazhi's own reports is listed as ignored.
     */
    private void readOnce(Path file, String shown, Set<Path> seen, List<InputSummary> summaries,
                          Consumer<PendingRecord> sink) throws InputException {
        if (!seen.add(identity(file))) {
            return;
        }
        if (catalog.mapping().ignores(shown)) {
            summaries.add(InputSummary.ignored(shown, Mapping.IGNORED));
            return;
        }
        if (OwnReports.isOwnReport(file)) {
            summaries.add(InputSummary.ignored(shown, OWN_REPORT));
            return;
        }
        readFile(file, shown, summaries, sink);
    }

    /** The same file however it was named: its real path, or its normalised absolute path. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String shown(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Relative paths (with /) of the .xlsx/.csv files in a directory, sorted. */
    private static List<String> list(Path dir, String shown) throws InputException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(InputReader::wanted)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new InputException(e, "read.error.io", shown, String.valueOf(e.getMessage()));
        }
    }

    private static boolean wanted(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$")) {
                return false;
            }
        }
        String ext = extension(relative);
        return ext.equals("xlsx") || ext.equals("csv");
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private void readFile(Path file, String shown, List<InputSummary> summaries, Consumer<PendingRecord> sink)
            throws InputException {
        String ext = extension(shown);
        switch (ext) {
            case "xlsx", "csv" -> {
            }
            case "xls", "xlsm", "xlsb", "et", "ods", "numbers", "wps" ->
                    throw new InputException("read.error.oldFormat", shown, ext);
            default -> throw new InputException("read.error.unsupported", shown);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(e, "read.error.io", shown, String.valueOf(e.getMessage()));
        }
        if (size == 0) {
            throw new InputException("read.error.emptyFile", shown);
        }
        if (ext.equals("xlsx")) {
            summaries.addAll(new XlsxInput(context()).read(file, shown, sink));
        } else {
            summaries.add(new CsvInput(context()).read(file, shown, sink));
        }
    }

    /** The most telling message of a failure, for the user's message. */
    static String detail(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    private InputContext context() {
        return new InputContext(catalog, progress, wanted);
    }
}

package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.fazhi.error.InputException;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;

/**
 * Reads exports (workbooks, HTML tables, SpreadsheetML and delimited text, or directories of
 * them) into records (records.md). The format of a file is told by its content, never by its
 * name. Files are streamed; nothing is ever written to an input file.
 */
public final class InputReader {
    /** The reason a report fazhi wrote is not read as input. */
    public static final String OWN_REPORT = "read.ignored.ownReport";
    /** The reason a directory given as input gave no record: it holds no file. */
    public static final String EMPTY_DIRECTORY = "read.ignored.emptyDirectory";
    private final TypeCatalog catalog;
    private Predicate<RecordType> wanted = type -> true;
    private ReadProgress progress = ReadProgress.NONE;
    private MergeScans scans;

    /** Reports reading progress to {@code progress} (a terminal's progress bar). */
    public InputReader withProgress(ReadProgress progress) {
        this.progress = progress;
        return this;
    }

    /**
     * Finds the merged cells of workbook sheets through the run's {@code scans}, which another
     * reading of the same run may have started or done already; without, each reading scans the
     * sheets it reads.
     */
    public InputReader withMergeScans(MergeScans scans) {
        this.scans = scans;
        return this;
    }

    public InputReader(Mapping mapping) {
        this.catalog = new TypeCatalog(mapping);
    }

    /**
     * Reads files and directories (every file of a readable format inside, recursively, sorted by
     * path; lock files {@code ~$…} and hidden files left out, other formats listed as skipped). Every record goes to {@code sink} in
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
        List<InputSummary> summaries = new ArrayList<>();
        for (InputFile file : files(inputs)) {
            summaries.addAll(read(file, wanted, sink));
        }
        return summaries;
    }

    /**
     * The files that inputs name, in reading order: a directory stands for every file inside,
     * recursively, sorted by path (lock files {@code ~$…} and hidden files left out); a file named
     * twice, or directly and through its directory, is read once; a directory without a file stands
     * for itself, and reading it says it is empty. Each can then be read apart
     * ({@link #read(InputFile, Predicate, Consumer)}), on another machine that sees the same path.
     */
    public List<InputFile> files(List<Path> inputs) throws InputException {
        List<InputFile> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            String shown = shown(input);
            if (!Files.exists(input)) {
                throw new InputException("read.error.notFound", shown);
            }
            if (Files.isDirectory(input)) {
                List<String> found = list(input, shown);
                if (found.isEmpty() && seen.add(identity(input))) {
                    // read as one input that holds nothing, so that the run says so and --allow-empty can accept it
                    files.add(new InputFile(input.toString(), shown, false));
                }
                String base = shown.endsWith("/") ? shown : shown + "/";
                for (String relative : found) {
                    Path file = input.resolve(relative);
                    if (seen.add(identity(file))) {
                        files.add(new InputFile(file.toString(), base + relative, true));
                    }
                }
            } else if (seen.add(identity(input))) {
                files.add(new InputFile(input.toString(), shown, false));
            }
        }
        return files;
    }

    /**
     * Reads one file of {@link #files}, as reading all of them would: one the mapping ignores or
     * one of fazhi's own reports is listed as ignored.
     *
     * @return one summary per sheet or CSV file of the file, in reading order
     */
    public List<InputSummary> read(InputFile file, Predicate<RecordType> wanted, Consumer<PendingRecord> sink)
            throws InputException {
        this.wanted = wanted;
        List<InputSummary> summaries = new ArrayList<>();
        Path path = Path.of(file.path());
        try {
            if (Files.isDirectory(path)) {
                summaries.add(InputSummary.ignored(file.shown(), EMPTY_DIRECTORY));
            } else if (catalog.mapping().ignores(file.shown())) {
                summaries.add(InputSummary.ignored(file.shown(), Mapping.IGNORED));
            } else if (OwnReports.isOwnReport(path)) {
                summaries.add(InputSummary.ignored(file.shown(), OWN_REPORT));
            } else {
                readFile(path, file.shown(), file.inDirectory(), summaries, sink);
            }
        } catch (SheetProcessor.SinkFailure e) {
            throw e.unwrap();
        }
        return summaries;
    }

    /** The same file however it was named: its real path, or its normalised absolute path. */
    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    /** A path as reports and messages show it, with forward slashes on every system. */
    public static String shown(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** Relative paths (with /) of the files in a directory, sorted; lock files and hidden ones left out. */
    private static List<String> list(Path dir, String shown) throws InputException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(InputReader::visible)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e, shown);
        }
    }

    private static boolean visible(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".") || part.startsWith("~$")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads one file by the format its content shows. A file of a format fazhi does not read is an
     * input error when named on its own, and listed as skipped when found in a directory.
     */
    private void readFile(Path file, String shown, boolean inDirectory, List<InputSummary> summaries,
            Consumer<PendingRecord> sink) throws InputException {
        FileFormat format;
        try {
            if (Files.size(file) == 0) {
                if (inDirectory) {
                    summaries.add(InputSummary.emptyFile(shown));
                    return;
                }
                throw new InputException("read.error.emptyFile", shown);
            }
            format = FormatSniffer.sniff(file);
        } catch (IOException e) {
            throw unreadable(e, shown);
        }
        if (!format.readable()) {
            if (inDirectory) {
                summaries.add(InputSummary.skipped(shown, format));
                return;
            }
            throw new InputException("read.refused." + format.key(), shown);
        }
        List<InputSummary> read = switch (format) {
            case XLSX -> new XlsxInput(context()).read(file, shown, sink);
            case XLS -> new XlsInput(context()).read(file, shown, sink);
            case HTML -> new HtmlInput(context()).read(file, shown, sink);
            case SPREADSHEETML -> new SpreadsheetMlInput(context()).read(file, shown, sink);
            default -> List.of(new CsvInput(context()).read(file, shown, sink));
        };
        for (InputSummary summary : read) {
            summaries.add(summary.format() == null ? summary.in(format, false) : summary);
        }
    }

    /** A file the system would not let be read, said without the system's own text. */
    static InputException unreadable(Exception e, String shown) {
        return new InputException(e, "read.error.io", shown, InputException.Reason.ofIo(e));
    }

    private InputContext context() {
        return new InputContext(catalog, progress, wanted, scans);
    }
}

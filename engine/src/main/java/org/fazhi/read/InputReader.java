package org.fazhi.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.io.input.BoundedInputStream;
import java.util.stream.Stream;
import org.fazhi.error.InputException;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;

/**
 * Reads exports (.xlsx workbooks and .csv files, or directories of them) into records
 * (records.md). Workbooks are streamed; nothing is ever written to an input file.
 */
public final class InputReader {
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

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
                        readFile(input.resolve(relative), base + relative, summaries, sink);
                    }
                } else {
                    readFile(input, shown, summaries, sink);
                }
            }
        } catch (SheetProcessor.SinkFailure e) {
            throw e.unwrap();
        }
        return summaries;
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
            readXlsx(file, shown, summaries, sink);
        } else {
            summaries.add(readCsv(file, shown, sink));
        }
    }

    // ---- xlsx

    private void readXlsx(Path file, String shown, List<InputSummary> summaries, Consumer<PendingRecord> sink)
            throws InputException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 4 && java.util.Arrays.equals(head, OLE2_MAGIC)) {
                throw new InputException("read.error.ole2", shown);
            }
            if (n < 4 || !java.util.Arrays.equals(head, ZIP_MAGIC)) {
                throw new InputException("read.error.notXlsx", shown);
            }
        } catch (IOException e) {
            throw new InputException(e, "read.error.io", shown, String.valueOf(e.getMessage()));
        }
        List<InputSummary> found = new ArrayList<>();
        List<XlsxWorkbook.Sheet> sheets;
        try (XlsxWorkbook workbook = openWorkbook(file, shown)) {
            sheets = workbook.sheets();
            XlsxSheetReader reader = null;
            for (XlsxWorkbook.Sheet sheet : sheets) {
                RecordType byName = catalog.byName(sheet.name());
                SheetProcessor processor =
                        new SheetProcessor(catalog, shown, sheet.name(), byName, workbook.isDate1904(), true, sink);
                if (!unwanted(byName)) {
                    // the shared strings and styles are read only once a sheet is wanted
                    reader = reader != null ? reader : sheetReader(workbook, shown);
                    readSheet(workbook, sheet, reader, processor, shown);
                }
                found.add(processor.finish());
            }
        } catch (IOException e) {
            // closing a read-only package; nothing was written
            throw new InputException(e, "read.error.io", shown, detail(e));
        }
        if (found.stream().allMatch(s -> s.recordType() == null)) {
            throw new InputException("read.error.noSheet", shown,
                    String.join(", ", sheets.stream().map(XlsxWorkbook.Sheet::name).toList()),
                    String.join(", ", catalog.allSheetNames()));
        }
        summaries.addAll(found);
    }

    private static XlsxWorkbook openWorkbook(Path file, String shown) throws InputException {
        try {
            return XlsxWorkbook.open(file);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(e, "read.error.corrupt", shown, detail(e));
        }
    }

    private static XlsxSheetReader sheetReader(XlsxWorkbook workbook, String shown) throws InputException {
        try {
            return workbook.sheetReader();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(e, "read.error.corrupt", shown, detail(e));
        }
    }

    private void readSheet(XlsxWorkbook workbook, XlsxWorkbook.Sheet sheet, XlsxSheetReader reader,
            SheetProcessor processor, String shown) throws InputException {
        progress.started(shown, sheet.name(), workbook.size(sheet));
        long[] count = {0};
        try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(workbook.open(sheet)).get()) {
            reader.read(in, row -> {
                processor.accept(row);
                if (++count[0] % ReadProgress.EVERY == 0) {
                    progress.advanced(count[0], in.getCount());
                }
                return !unwanted(processor.type());
            });
        } catch (XlsxSheetReader.BrokenSheetException e) {
            throw broken(e, shown, sheet.name());
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure failure) {
                throw failure;
            }
            throw new InputException(e, "read.error.sheet", shown, sheet.name(), detail(e));
        }
        progress.finished(count[0]);
    }

    /** Names the row and the column where the reader was, as far as it had got. */
    private static InputException broken(XlsxSheetReader.BrokenSheetException e, String shown, String sheet) {
        String row = String.valueOf(e.row());
        if (e.row() <= 0) {
            return new InputException(e, "read.error.sheet", shown, sheet, detail(e));
        }
        if (e.column() == null) {
            return new InputException(e, "read.error.sheetRow", shown, sheet, row, detail(e));
        }
        return new InputException(e, "read.error.sheetCell", shown, sheet, row, e.column(), detail(e));
    }

    private static String detail(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }

    // ---- csv

    private InputSummary readCsv(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        String stem = file.getFileName().toString();
        stem = stem.substring(0, stem.length() - ".csv".length());
        RecordType byName = catalog.byName(stem);
        SheetProcessor processor = new SheetProcessor(catalog, shown, null, byName, false, false, sink);
        if (unwanted(byName)) {
            return processor.finish();
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try {
            CsvEncoding encoding = CsvEncoding.of(file);
            progress.started(shown, null, Files.size(file));
            long count = 0;
            try (BoundedInputStream in = BoundedInputStream.builder().setInputStream(Files.newInputStream(file)).get()) {
                in.skipNBytes(encoding.bom());
                // UTF-8 goes to Jackson as bytes: its own decoder is the fastest there is, and strict.
                try (MappingIterator<String[]> it = encoding.isUtf8()
                        ? mapper.readerFor(String[].class).readValues(in)
                        : mapper.readerFor(String[].class).readValues(decoding(in, encoding.charset()))) {
                    while (it.hasNextValue() && !unwanted(processor.type())) {
                        int line = it.getParser().currentLocation().getLineNr();
                        processor.accept(new CsvRow(line, it.nextValue()));
                        if (++count % ReadProgress.EVERY == 0) {
                            progress.advanced(count, in.getCount());
                        }
                    }
                }
                progress.finished(count);
            }
        } catch (JacksonException e) {
            if (e.getCause() instanceof CharConversionException broken) {
                throw notUtf8(file, shown, broken);
            }
            int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(e, "read.error.csv", shown, String.valueOf(at), e.getOriginalMessage());
        } catch (CharConversionException e) {
            throw notUtf8(file, shown, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure) {
                throw (SheetProcessor.SinkFailure) e;
            }
            throw new InputException(e, "read.error.io", shown, detail(e));
        }
        InputSummary summary = processor.finish();
        if (summary.recordType() == null) {
            throw new InputException("read.error.csvType", shown, stem, String.join(", ", catalog.allSheetNames()));
        }
        return summary;
    }

    /**
     * A file taken to be UTF-8 from its beginning has bytes further on that are not; the parser
     * notices them a buffer ahead, so the line is found again by decoding up to them.
     */
    private static InputException notUtf8(Path file, String shown, CharConversionException e) {
        String line;
        try {
            line = String.valueOf(CsvEncoding.firstMalformedLine(file, Long.MAX_VALUE));
        } catch (IOException again) {
            line = "?";
        }
        return new InputException(e, "read.error.csvEncoding", shown, line, detail(e));
    }

    /** Text decoded from a charset other than UTF-8; bytes it cannot map become U+FFFD, as a spreadsheet program shows them. */
    private static Reader decoding(InputStream in, Charset charset) {
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    /** True when the type is known and not wanted; an unknown type is read until it is known. */
    private boolean unwanted(RecordType type) {
        return type != null && !wanted.test(type);
    }
}

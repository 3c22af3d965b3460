package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * Reads one HTML file — the "web page" tables many systems export under an {@code .xls} name —
 * one sheet per {@code <table>}, in one streaming walk. Everything a sheet's rows need from
 * elsewhere comes before them: the sheet names of Excel's XML island stand in the head, a
 * caption at the start of its table, and a merge ({@code rowspan}/{@code colspan}) in the cell
 * that starts it, so each range is added to the sheet's merged cells before the row it starts is
 * handed on ({@link SheetProcessor#mergesAsRead}).
 */
final class HtmlInput {
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)");
    private static final int META_HEAD = 4096;

    private final InputContext context;

    HtmlInput(InputContext context) {
        this.context = context;
    }

    List<InputSummary> read(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        try {
            Rows rows = new Rows(shown, FileFormat.stem(file.getFileName().toString()), sink);
            HtmlTables.walk(file, encoding(file), rows);
            if (!rows.summaries.isEmpty() && HtmlEnding.cutInsideATable(file)) {
                throw new InputException("read.error.htmlCut", shown);
            }
            if (rows.summaries.isEmpty()) {
                return List.of(new InputSummary(shown, null, null, 0, 0, InputSummary.SkippedRows.NONE, List.of(),
                        "read.ignored.noTable", List.of(), FileFormat.HTML.key(), false));
            }
            return rows.summaries;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure failure) {
                throw failure;
            }
            throw new InputException(e, "read.error.html", shown);
        }
    }

    /**
     * The charset: a byte-order mark decides; else the page's {@code <meta>} declaration (GBK and
     * GB2312 read as GB18030, which contains them); else the bytes, as for a text file.
     */
    static CsvEncoding encoding(Path file) throws IOException {
        CsvEncoding detected = CsvEncoding.of(file);
        if (detected.bom() > 0) {
            return detected;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(META_HEAD);
        }
        Matcher m = META_CHARSET.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (m.find()) {
            Charset declared = charset(m.group(1));
            if (declared != null) {
                return new CsvEncoding(declared, 0);
            }
        }
        return detected;
    }

    private static Charset charset(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gb") || lower.equals("cp936") || lower.equals("x-gbk") || lower.equals("windows-936")) {
            return CsvEncoding.GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null; // a charset the page names wrongly: the bytes decide
        }
    }

    /** A table being read: its processor, and its merged cells as met so far. */
    private record Sheet(SheetProcessor processor, MergedCells merges) {
    }

    /** The rows of each wanted table into its {@link SheetProcessor}, with the table's name and merges. */
    private final class Rows implements HtmlTables.Handler {
        private final String shown;
        private final String fileStem;
        private final Consumer<PendingRecord> sink;
        private List<String> islandNames = List.of();
        private final Set<String> names = new HashSet<>();
        private final Map<Integer, Sheet> sheets = new HashMap<>();
        private final RowBuffer buffer = new RowBuffer();
        final List<InputSummary> summaries = new ArrayList<>();
        private long count;

        Rows(String shown, String fileStem, Consumer<PendingRecord> sink) {
            this.shown = shown;
            this.fileStem = fileStem;
            this.sink = sink;
        }

        @Override
        public void sheetNames(List<String> found) {
            islandNames = found;
        }

        @Override
        public void row(HtmlTables.Table table, int number, List<HtmlTables.Cell> cells) throws InputException {
            Sheet sheet = sheets.get(table.index);
            if (sheet == null) {
                String name = unique(name(table));
                RecordType byName = context.catalog().byName(name);
                sheet = new Sheet(new SheetProcessor(context.catalog(), shown, name, byName, false, true, sink),
                        new MergedCells());
                sheet.processor.mergesAsRead(sheet.merges);
                sheets.put(table.index, sheet);
                context.progress().started(shown, name, -1);
                count = 0;
            }
            if (context.unwanted(sheet.processor.type())) {
                return;
            }
            for (HtmlTables.Cell cell : cells) {
                if (cell.rowspan() > 1 || cell.colspan() > 1) {
                    sheet.merges.add(number, number + cell.rowspan() - 1, cell.column(), cell.column() + cell.colspan() - 1);
                }
                buffer.set(cell.column(), cell.kind(), cell.text());
            }
            sheet.processor.accept(buffer.take(number));
            if (++count % ReadProgress.EVERY == 0) {
                context.progress().advanced(count, -1);
            }
        }

        @Override
        public void end(HtmlTables.Table table) throws InputException {
            Sheet sheet = sheets.remove(table.index);
            if (sheet != null) {
                summaries.add(sheet.processor.finish().in(FileFormat.HTML, false));
                context.progress().finished(count);
            }
        }

        /** The name Excel gives the sheet, else the table's caption, else the file's name. */
        private String name(HtmlTables.Table table) {
            if (table.index < islandNames.size()) {
                return islandNames.get(table.index);
            }
            return table.caption != null && !Text.isBlank(table.caption) ? table.caption.trim() : fileStem;
        }

        /** A second table of the same name is told apart as Excel tells sheets apart: "名称 (2)". */
        private String unique(String name) {
            String candidate = name;
            for (int n = 2; !names.add(candidate); n++) {
                candidate = name + " (" + n + ")";
            }
            return candidate;
        }
    }
}

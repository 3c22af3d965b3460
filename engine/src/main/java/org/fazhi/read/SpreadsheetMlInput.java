package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;

/**
 * Reads one SpreadsheetML 2003 file ({@code <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">},
 * Excel's "XML Spreadsheet"), streaming with StAX. Cells are placed by {@code ss:Index} (1-based,
 * for rows and cells after a gap) and {@code ss:MergeAcross}; {@code ss:MergeDown} and
 * {@code ss:MergeAcross} are the sheet's merged cells. The file is read twice: first for the
 * sheets' names, visibility and merged cells (given to the {@link SheetProcessor} before the
 * first row; the visibility is written after the cells), then for the rows.
 */
final class SpreadsheetMlInput {
    private final InputContext context;

    SpreadsheetMlInput(InputContext context) {
        this.context = context;
    }

    /** What the first pass learns of a worksheet. */
    private static final class Sheet {
        final String name;
        final MergedCells merges = new MergedCells();
        boolean hidden;

        Sheet(String name) {
            this.name = name;
        }
    }

    List<InputSummary> read(Path file, String shown, Consumer<PendingRecord> sink) throws InputException {
        Walk walk = new Walk();
        try {
            List<Sheet> sheets = context.layout(file, Layout.class, () -> layout(file, walk)).sheets();
            Rows rows = new Rows(shown, sheets, sink);
            walk.run(file, rows);
            return rows.summaries;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (e instanceof SheetProcessor.SinkFailure failure) {
                throw failure;
            }
            if (e instanceof Carried carrier) {
                throw carrier.failure;
            }
            return failWith(e, shown, walk);
        }
    }

    /** The sheets of the first pass: their names, merged cells and visibility. */
    private record Layout(List<Sheet> sheets) {
    }

    private static Layout layout(Path file, Walk walk) throws IOException, XMLStreamException {
        List<Sheet> sheets = new ArrayList<>();
        walk.run(file, new Visitor() {
            @Override
            public void sheet(String name) {
                sheets.add(new Sheet(name));
            }

            @Override
            public void cell(int row, int column, int across, int down, RowView.CellKind kind, String text) {
                if (across > 0 || down > 0) {
                    sheets.get(sheets.size() - 1).merges.add(row, row + down, column, column + across);
                }
            }

            @Override
            public void hidden() {
                sheets.get(sheets.size() - 1).hidden = true;
            }
        });
        return new Layout(sheets);
    }

    private static List<InputSummary> failWith(Exception e, String shown, Walk walk) throws InputException {
        if (walk.sheetName == null) {
            throw new InputException(e, "read.error.spreadsheetMl", shown);
        }
        throw new InputException(e, "read.error.spreadsheetMlSheet", shown, walk.sheetName,
                String.valueOf(Math.max(1, walk.row)));
    }


    /** Takes what a pass over the file finds. */
    private interface Visitor {
        void sheet(String name);

        /** A cell; {@code row} 1-based, {@code column} 0-based; spans as written (0 = none). */
        void cell(int row, int column, int across, int down, RowView.CellKind kind, String text);

        default void rowEnd(int row) {
        }

        default void sheetEnd() {
        }

        void hidden();
    }

    /** One pass over the XML; remembers where it is for messages. */
    private static final class Walk {
        private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)");
        String sheetName;
        int row;

        void run(Path file, Visitor visitor) throws IOException, XMLStreamException {
            sheetName = null;
            Charset declared = declaredEncoding(file);
            try (InputStream in = Files.newInputStream(file)) {
                XMLStreamReader xml = declared == null ? XmlParts.open(in)
                        : XmlParts.open(new BufferedReader(new InputStreamReader(in, declared), 1 << 16));
                try {
                    walk(xml, visitor);
                } finally {
                    xml.close();
                }
            }
        }

        /**
         * The encoding the XML declaration names when the parser cannot decode it itself (GB2312,
         * GBK: read as GB18030, which contains them); null for UTF-8, UTF-16 and ISO-8859-1.
         */
        private static Charset declaredEncoding(Path file) throws IOException {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(256);
            }
            Matcher m = ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (!m.find()) {
                return null;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            if (name.startsWith("utf") || name.startsWith("iso-8859-1") || name.equals("us-ascii")) {
                return null;
            }
            if (name.startsWith("gb") || name.equals("cp936")) {
                return CsvEncoding.GB18030;
            }
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                return null; // the parser says what it cannot read
            }
        }

        private void walk(XMLStreamReader xml, Visitor visitor) throws XMLStreamException {
            int column = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Worksheet" -> {
                            String name = XmlParts.attribute(xml, "Name");
                            sheetName = name == null ? "" : name;
                            row = 0;
                            visitor.sheet(sheetName);
                        }
                        case "Row" -> {
                            int index = index(XmlParts.attribute(xml, "Index"));
                            row = index > 0 ? index : row + 1;
                            column = 0;
                        }
                        case "Cell" -> column = cell(xml, visitor, column);
                        case "Visible" -> {
                            String visible = xml.getElementText().trim();
                            if (visible.equals("SheetHidden") || visible.equals("SheetVeryHidden")) {
                                visitor.hidden();
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "Row" -> visitor.rowEnd(row);
                        case "Worksheet" -> {
                            visitor.sheetEnd();
                            sheetName = null;
                        }
                        default -> {
                        }
                    }
                }
            }
        }

        /** Reads a cell to its end; returns the column after it. */
        private int cell(XMLStreamReader xml, Visitor visitor, int column) throws XMLStreamException {
            int index = index(XmlParts.attribute(xml, "Index"));
            int at = index > 0 ? index - 1 : column;
            int across = Math.max(0, index(XmlParts.attribute(xml, "MergeAcross")));
            int down = Math.max(0, index(XmlParts.attribute(xml, "MergeDown")));
            String formula = XmlParts.attribute(xml, "Formula");
            RowView.CellKind kind = RowView.CellKind.BLANK;
            String text = null;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 1 && xml.getLocalName().equals("Data")) {
                        String type = XmlParts.attribute(xml, "Type");
                        text = textOf(xml);
                        kind = kind(type);
                        if (kind == RowView.CellKind.BOOL) {
                            Boolean bool = XmlParts.xsdBoolean(text);
                            kind = bool == null ? RowView.CellKind.TEXT : kind;
                            text = bool == null ? text : bool ? "1" : "0";
                        } else if ("DateTime".equals(type) && text.indexOf('T') > 0) {
                            text = text.substring(0, text.indexOf('T')); // the time of day is dropped
                        }
                        continue;
                    }
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (kind == RowView.CellKind.BLANK && formula != null && !formula.isBlank()) {
                // a formula saved without its <Data>: its result, the cell's value, is unknown
                kind = RowView.CellKind.UNCALCULATED;
                text = formula.trim();
            }
            if (at < RowBuffer.MAX_COLUMNS) {
                visitor.cell(row, at, across, down, kind, text);
            }
            return at + across + 1;
        }

        private static RowView.CellKind kind(String type) {
            if (type == null) {
                return RowView.CellKind.TEXT;
            }
            return switch (type) {
                case "Number" -> RowView.CellKind.NUMBER;
                case "Boolean" -> RowView.CellKind.BOOL;
                default -> RowView.CellKind.TEXT; // String, DateTime (ISO text), Error
            };
        }

        /** The text of a Data element, rich-text runs ({@code <html:B>}) joined; leaves the reader on its end. */
        private static String textOf(XMLStreamReader xml) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(xml.getText());
                }
            }
            return text.toString();
        }

        /** A positive decimal, or -1. */
        private static int index(String value) {
            if (value == null) {
                return -1;
            }
            try {
                int n = Integer.parseInt(value.trim());
                return n > 0 ? n : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    /** The second pass: the rows of each wanted worksheet into its {@link SheetProcessor}. */
    private final class Rows implements Visitor {
        private final String shown;
        private final List<Sheet> sheets;
        private final Consumer<PendingRecord> sink;
        private final RowBuffer buffer = new RowBuffer();
        final List<InputSummary> summaries = new ArrayList<>();
        private int index = -1;
        private SheetProcessor processor;
        private long count;

        Rows(String shown, List<Sheet> sheets, Consumer<PendingRecord> sink) {
            this.shown = shown;
            this.sheets = sheets;
            this.sink = sink;
        }

        @Override
        public void sheet(String name) {
            index++;
            RecordType byName = context.catalog().byName(name);
            processor = new SheetProcessor(context.catalog(), shown, name, byName, false, true, sink);
            processor.merges(sheets.get(index).merges);
            context.progress().started(shown, name, -1);
            count = 0;
        }

        @Override
        public void cell(int row, int column, int across, int down, RowView.CellKind kind, String text) {
            buffer.set(column, kind, text);
        }

        @Override
        public void rowEnd(int row) {
            if (context.unwanted(processor.type())) {
                buffer.take(row);
                return;
            }
            try {
                processor.accept(buffer.take(row));
            } catch (InputException e) {
                throw new Carried(e);
            }
            if (++count % ReadProgress.EVERY == 0) {
                context.progress().advanced(count, -1);
            }
        }

        @Override
        public void sheetEnd() {
            try {
                summaries.add(processor.finish().in(FileFormat.SPREADSHEETML, sheets.get(index).hidden));
                context.progress().finished(count);
            } catch (InputException e) {
                throw new Carried(e);
            }
        }

        @Override
        public void hidden() {
        }
    }
}

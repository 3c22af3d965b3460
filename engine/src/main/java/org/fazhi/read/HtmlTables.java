package org.fazhi.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.error.InputException;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.NodeTraversor;

/**
 * Walks the tables of an HTML file as a browser (and Excel) lays them out: each {@code <tr>} as
 * it is parsed, its cells placed in columns around the cells that earlier rows' {@code rowspan}s
 * carry down. Rows are dropped from the document once handed on, so memory holds one row, not
 * the page. Row numbers count every {@code <tr>} of a table from 1; a table nested in a cell is a
 * table of its own.
 */
final class HtmlTables {
    /** Browsers cap spans at these (HTML standard); larger values are garbage, not layout. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65_534;
    private static final Pattern SHEET_NAME = Pattern.compile("(?is)<x:Name>(.*?)</x:Name>");

    /** A cell placed in the table grid; {@code column} 0-based; a number when Excel wrote its value ({@link ExcelHtmlNumber}), else text. */
    record Cell(int column, int rowspan, int colspan, RowView.CellKind kind, String text) {
    }

    /** A table met in the file, numbered in the order its first row appears. */
    static final class Table {
        final int index;
        final String caption;
        private int rows;
        /** For each column, the last row an earlier cell's rowspan covers. */
        private int[] coveredThrough = new int[16];

        Table(int index, String caption) {
            this.index = index;
            this.caption = caption;
        }

        int rows() {
            return rows;
        }

        private List<Cell> place(Element tr) {
            int number = ++rows;
            List<Cell> cells = new ArrayList<>();
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                    continue;
                }
                while (column < coveredThrough.length && coveredThrough[column] >= number) {
                    column++;
                }
                if (column >= RowBuffer.MAX_COLUMNS) {
                    break;
                }
                int rowspan = span(td.attr("rowspan"), MAX_ROWSPAN);
                int colspan = Math.min(span(td.attr("colspan"), MAX_COLSPAN), RowBuffer.MAX_COLUMNS - column);
                String shown = cellText(td);
                String exact = ExcelHtmlNumber.exact(td, shown);
                cells.add(exact == null ? new Cell(column, rowspan, colspan, RowView.CellKind.TEXT, shown)
                        : new Cell(column, rowspan, colspan, RowView.CellKind.NUMBER, exact));
                if (rowspan > 1) {
                    cover(column, colspan, number + rowspan - 1);
                }
                column += colspan;
            }
            return cells;
        }

        private void cover(int from, int count, int through) {
            if (from + count > coveredThrough.length) {
                coveredThrough = java.util.Arrays.copyOf(coveredThrough, Math.max(from + count, coveredThrough.length * 2));
            }
            for (int c = from; c < from + count; c++) {
                coveredThrough[c] = through;
            }
        }

        /** A span attribute as browsers read it: its leading digits, at least 1 (0 and garbage are 1). */
        private static int span(String value, int max) {
            int n = 0;
            for (int i = 0; i < value.length() && Character.isDigit(value.charAt(i)) && n <= max; i++) {
                n = n * 10 + Character.digit(value.charAt(i), 10);
            }
            return Math.max(1, Math.min(n, max));
        }
    }

    /**
     * A cell's text as Excel shows it: white space collapsed as a browser collapses it, but a
     * {@code <br>} (Excel writes in-cell line breaks so) and a block such as {@code <p>} start a
     * new line, which set fields split on.
     */
    static String cellText(Element td) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                text.append(t.text());
            } else if (depth > 0 && node instanceof Element e && (e.normalName().equals("br") || e.isBlock())) {
                text.append('\n');
            }
        }, td);
        StringBuilder lines = new StringBuilder(text.length());
        for (String line : text.toString().split("\n")) {
            String collapsed = line.strip(); // each text node has collapsed its own white space
            if (!collapsed.isEmpty()) {
                lines.append(lines.length() > 0 ? "\n" : "").append(collapsed);
            }
        }
        return lines.toString();
    }

    /** Takes what the walk finds. */
    interface Handler {
        /** The sheet names of Excel's XML island ({@code <x:Name>}), in order; called at most once. */
        void sheetNames(List<String> names);

        void row(Table table, int number, List<Cell> cells) throws InputException;

        void end(Table table) throws InputException;
    }

    private HtmlTables() {
    }

    static void walk(Path file, CsvEncoding encoding, Handler handler) throws IOException, InputException {
        Map<Element, Table> tables = new IdentityHashMap<>();
        int[] next = {0};
        try (InputStream in = Files.newInputStream(file);
                Reader reader = encoding.text(in);
                StreamParser parser = new StreamParser(Parser.htmlParser()).parse(reader, "")) {
            Iterator<Element> elements = parser.iterator();
            while (elements.hasNext()) {
                Element element = elements.next();
                switch (element.normalName()) {
                    case "head" -> handler.sheetNames(sheetNames(element));
                    case "tr" -> {
                        Element owner = element.parents().stream()
                                .filter(e -> e.normalName().equals("table")).findFirst().orElse(null);
                        if (owner != null) {
                            Table table = tables.computeIfAbsent(owner, t -> new Table(next[0]++, caption(t)));
                            List<Cell> cells = table.place(element);
                            handler.row(table, table.rows(), cells);
                        }
                        dropWithWhatPrecedes(element);
                    }
                    case "table" -> {
                        Table table = tables.remove(element);
                        if (table != null) {
                            handler.end(table);
                        }
                        element.remove();
                    }
                    default -> {
                    }
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Removes a row once handed on, and the white space and comments before it that the parser
     * left between rows. Removing a node renumbers the siblings after it; were the white space
     * left behind, it would pile up and every removal would renumber it all again: an export of
     * 157,052 rows (100 MB) took 41 s to walk instead of a few.
     */
    static void dropWithWhatPrecedes(Element row) {
        Element parent = row.parent();
        if (parent == null) {
            return;
        }
        Node first;
        do {
            first = parent.childNode(0);
            first.remove();
        } while (first != row);
    }


    private static String caption(Element table) {
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                return child.text();
            }
        }
        return null;
    }

    /** Excel's island sits in a conditional comment, so it is found in the head's markup, not its elements. */
    private static List<String> sheetNames(Element head) {
        List<String> names = new ArrayList<>();
        Matcher m = SHEET_NAME.matcher(head.html());
        while (m.find()) {
            String name = Parser.unescapeEntities(m.group(1), false).trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }
}

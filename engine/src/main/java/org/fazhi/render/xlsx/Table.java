package org.fazhi.render.xlsx;

import org.fazhi.render.present.DisplayWidth;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fazhi.i18n.Lang;

/**
 * A small sheet written row by row from the top; column widths fitted to the content at the end.
 * A text wider than a column may grow wraps in it and makes its row as tall as its lines: the
 * next cell would otherwise hide the rest, on screen and on paper (an agency's long name, a legal
 * basis citing three acts, an example message).
 */
final class Table {
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 50;
    /** Points per line of text; a row is as tall as its longest wrapped cell, up to what a row holds. */
    static final float LINE = 15f;
    private static final float MAX_HEIGHT = 409f;

    final XSSFSheet sheet;
    private final Styles styles;
    private final Lang lang;
    private final Map<Integer, Integer> widths = new TreeMap<>();
    private int next;

    Table(XSSFSheet sheet, Styles styles, Lang lang) {
        this.sheet = sheet;
        this.styles = styles;
        this.lang = lang;
    }

    /** The index of the next row to be written. */
    int next() {
        return next;
    }

    void title(String text) {
        Cells.text(sheet.createRow(next++), 0, text, styles.title, lang);
    }

    /** A line of text across {@code columns} columns, wrapped over {@code lines} lines. */
    void paragraph(String text, int columns, int lines, CellStyle style) {
        Row row = sheet.createRow(next++);
        Cells.text(row, 0, text, style, lang);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, columns - 1));
        }
        row.setHeightInPoints(lines * 17f);
    }

    void heading(String text) {
        Cells.text(sheet.createRow(next++), 0, text, styles.heading, lang);
    }

    void blank() {
        next++;
    }

    /** A header row of these labels. */
    Row header(String... labels) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < labels.length; i++) {
            Cells.text(row, i, labels[i], styles.header, lang);
            track(i, labels[i]);
        }
        return row;
    }

    /** A row of values: numbers as numbers, anything else as text; null leaves the cell empty. */
    Row row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                boolean whole = number.doubleValue() == Math.rint(number.doubleValue());
                Cells.number(row, i, number, whole ? styles.number : styles.plain);
                track(i, value.toString());
            } else if (value != null && values.length > 1) {
                fitted(row, i, value.toString());
            } else if (value != null) {
                // A lone text in column A (a note) runs on over the empty cells beside it.
                Cells.text(row, i, value.toString(), styles.plain, lang);
            }
        }
        return row;
    }

    /** A row named by its first cell (an agency), the rest of it filled by the caller. */
    Row labelled(String label) {
        Row row = sheet.createRow(next++);
        fitted(row, 0, label);
        return row;
    }

    /** A text cell that widens its column up to the limit, and wraps beyond it. */
    private void fitted(Row row, int column, String text) {
        Cell cell = Cells.text(row, column, text, styles.plain, lang);
        String shown = cell.getStringCellValue();
        track(column, shown);
        if (DisplayWidth.of(shown) + 2 > MAX_WIDTH) {
            cell.setCellStyle(styles.wrapped);
            grow(row, shown, MAX_WIDTH);
        }
    }

    /** A text cell that wraps in a column of this fixed width (in characters), its row made tall enough. */
    void wrapped(Row row, int column, String text, int width) {
        Cell cell = Cells.text(row, column, text, styles.wrapped, lang);
        grow(row, cell.getStringCellValue(), width);
    }

    /** Makes the row tall enough for the text's lines in a column this wide, counted as 问题清单 counts them. */
    private static void grow(Row row, String text, int width) {
        int lines = (DisplayWidth.of(text) + width - 1) / width;
        if (lines > 1) {
            row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(MAX_HEIGHT, lines * LINE)));
        }
    }

    /** A note under a table, in small grey type. */
    void note(String text) {
        Cells.text(sheet.createRow(next++), 0, text, styles.note, lang);
    }

    void track(int column, String text) {
        widths.merge(column, Math.min(MAX_WIDTH, DisplayWidth.of(text) + 2), Math::max);
    }

    /** Sets every column to its content's width, within bounds. */
    void fitColumns() {
        widths.forEach((column, width) -> sheet.setColumnWidth(column,
                Math.max(sheet.getColumnWidth(column), Math.max(MIN_WIDTH, width) * 256)));
    }
}

package org.fazhi.render.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writing a value into a cell. Text from the exports is untrusted: it is always written as a
 * string cell, never a formula, so {@code =HYPERLINK(...)} in a record ID stays that text; and it
 * is cut to what a cell holds.
 */
final class Cells {
    /** Excel's limit on the characters in a cell. */
    static final int MAX_TEXT = 32_767;

    private Cells() {
    }

    /** A text cell, or an empty cell for null or blank text. */
    static Cell text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(cut(value));
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** A number cell, or an empty one for null. */
    static Cell number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    /** Text as a cell holds it: cut to Excel's limit, with an ellipsis to show it was cut. */
    static String cut(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** Display width in columns, CJK counting two; only the start of a long text is measured. */
    static int width(String text) {
        int width = 0;
        int end = Math.min(text.length(), 400);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            width += cp >= 0x1100 && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }
}

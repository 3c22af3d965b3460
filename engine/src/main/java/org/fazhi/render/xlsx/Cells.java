package org.fazhi.render.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.fazhi.i18n.Lang;
import org.fazhi.render.present.Untrusted;

/**
 * Writing a value into a cell. Text is always written as a string cell, never a formula, and
 * made safe as the presentation layer says (a formula-like text marked as text, cut to what a
 * cell holds).
 */
final class Cells {
    private Cells() {
    }

    /** A text cell, made safe ({@link Untrusted#cell}), or an empty cell for null or blank text. */
    static Cell text(Row row, int column, String value, CellStyle style, Lang lang) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(Untrusted.cell(lang, value));
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
}

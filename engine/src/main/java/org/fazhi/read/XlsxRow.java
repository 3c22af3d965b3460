package org.fazhi.read;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;

/** A row of a streamed sheet (fastexcel-reader), with dates told apart by their number format. */
final class XlsxRow implements RowView {
    private final Row row;
    private final DateFormats formats;

    /**
     * Which number formats of one workbook are date formats, each tested once. Used by the
     * reading thread only: a row's kinds are decided when it is captured.
     */
    static final class DateFormats {
        private final Map<Integer, Boolean> byId = new HashMap<>();

        boolean isDate(Cell cell) {
            Integer id = cell.getDataFormatId();
            if (id == null) {
                return false;
            }
            return byId.computeIfAbsent(id, key -> DateUtil.isADateFormat(key, cell.getDataFormatString()));
        }
    }

    XlsxRow(Row row, DateFormats formats) {
        this.row = row;
        this.formats = formats;
    }

    private Cell cell(int column) {
        return column < row.getCellCount() ? row.getCell(column) : null;
    }

    @Override
    public int number() {
        return row.getRowNum();
    }

    @Override
    public int width() {
        return row.getCellCount();
    }

    @Override
    public CellKind kind(int column) {
        Cell cell = cell(column);
        if (cell == null) {
            return CellKind.BLANK;
        }
        switch (cell.getType()) {
            case NUMBER:
                return formats.isDate(cell) ? CellKind.DATE : CellKind.NUMBER;
            case BOOLEAN:
                return cell.getValue() == null ? CellKind.BLANK : CellKind.BOOL;
            case STRING:
            case ERROR:
                return Text.isBlank(cell.getRawValue()) ? CellKind.BLANK : CellKind.TEXT;
            case FORMULA: {
                // A formula gives its cached value: a number, a boolean or text.
                Object value = cell.getValue();
                if (value instanceof BigDecimal) {
                    return formats.isDate(cell) ? CellKind.DATE : CellKind.NUMBER;
                }
                if (value instanceof Boolean) {
                    return CellKind.BOOL;
                }
                return Text.isBlank(cell.getRawValue()) ? CellKind.BLANK : CellKind.TEXT;
            }
            default:
                return CellKind.BLANK;
        }
    }

    @Override
    public String text(int column) {
        Cell cell = cell(column);
        if (cell == null) {
            return null;
        }
        Object value = cell.getValue();
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        String raw = cell.getRawValue();
        return raw != null ? raw : value == null ? null : value.toString();
    }

    @Override
    public String columnName(int column) {
        return Text.columnLetter(column);
    }
}

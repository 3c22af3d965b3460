package org.fazhi.read;

import java.math.BigDecimal;

/**
 * A row of a table whose cells are typed values, as a table source gives them: text, numbers,
 * booleans, dates and times. Each is shown to the value parsing as the cell a sheet would hold:
 * a number as a number (so an identifier stored as a number keeps every digit), a boolean as a
 * boolean, a date or time as its ISO text; null is a blank cell.
 */
final class TableRow implements RowView {
    private final int number;
    private final Object[] cells;
    private final String[] names;

    TableRow(int number, Object[] cells, String[] names) {
        this.number = number;
        this.cells = cells;
        this.names = names;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public int width() {
        return cells.length;
    }

    @Override
    public CellKind kind(int column) {
        Object cell = cells[column];
        if (cell == null) {
            return CellKind.BLANK;
        }
        if (cell instanceof Boolean) {
            return CellKind.BOOL;
        }
        if (cell instanceof Number) {
            return CellKind.NUMBER;
        }
        return Text.isBlank(cell.toString()) ? CellKind.BLANK : CellKind.TEXT;
    }

    @Override
    public String text(int column) {
        Object cell = cells[column];
        if (cell == null) {
            return null;
        }
        if (cell instanceof Boolean b) {
            return b ? "1" : "0";
        }
        // a decimal's plain digits; other numbers (and dates, LocalDate and LocalDateTime) as Java writes them
        return cell instanceof BigDecimal d ? d.toPlainString() : cell.toString();
    }

    @Override
    public String columnName(int column) {
        return names[column];
    }
}

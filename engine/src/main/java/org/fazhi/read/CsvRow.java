package org.fazhi.read;

/** A CSV record: every cell is text. */
final class CsvRow implements RowView {
    private final int line;
    private final String[] cells;

    CsvRow(int line, String[] cells) {
        this.line = line;
        this.cells = cells;
    }

    @Override
    public int number() {
        return line;
    }

    @Override
    public int width() {
        return cells.length;
    }

    @Override
    public CellKind kind(int column) {
        return column < cells.length && !Text.isBlank(cells[column]) ? CellKind.TEXT : CellKind.BLANK;
    }

    @Override
    public String text(int column) {
        return column < cells.length ? cells[column] : null;
    }

    @Override
    public String columnName(int column) {
        return String.valueOf(column + 1);
    }
}

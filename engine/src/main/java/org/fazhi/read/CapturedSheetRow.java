package org.fazhi.read;

/**
 * A sheet row as {@link XlsxSheetReader} reads it: each cell's kind and text, decided on the
 * reading thread. The row then waits for a worker thread holding only its strings.
 */
final class CapturedSheetRow implements RowView {
    private static final CellKind[] KINDS = CellKind.values();

    private final int number;
    private final byte[] kinds;
    private final String[] texts;

    CapturedSheetRow(int number, byte[] kinds, String[] texts) {
        this.number = number;
        this.kinds = kinds;
        this.texts = texts;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public int width() {
        return kinds.length;
    }

    @Override
    public CellKind kind(int column) {
        return KINDS[kinds[column]];
    }

    @Override
    public String text(int column) {
        return texts[column];
    }

    @Override
    public String columnName(int column) {
        return Text.columnLetter(column);
    }
}

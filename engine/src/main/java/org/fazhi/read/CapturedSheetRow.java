package org.fazhi.read;

/**
 * A sheet row's cell kinds and texts, copied out of the reader's cell objects as soon as the row
 * is read. The row then waits for a worker thread holding only its strings: the reader's objects
 * (several per cell) die young instead of being copied by every collection while the row waits,
 * and the worker finds the kinds decided while the cells were still in the reader's cache.
 */
final class CapturedSheetRow implements RowView {
    private static final CellKind[] KINDS = CellKind.values();

    private final int number;
    private final byte[] kinds;
    private final String[] texts;

    private CapturedSheetRow(int number, byte[] kinds, String[] texts) {
        this.number = number;
        this.kinds = kinds;
        this.texts = texts;
    }

    static CapturedSheetRow of(RowView row) {
        int width = row.width();
        byte[] kinds = new byte[width];
        String[] texts = new String[width];
        for (int c = 0; c < width; c++) {
            CellKind kind = row.kind(c);
            kinds[c] = (byte) kind.ordinal();
            texts[c] = kind == CellKind.BLANK ? null : row.text(c);
        }
        return new CapturedSheetRow(row.number(), kinds, texts);
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

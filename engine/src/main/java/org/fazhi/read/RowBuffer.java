package org.fazhi.read;

import java.util.Arrays;

/**
 * The cells of the row being read by a reader that meets them one at a time (xls records, HTML
 * cells, SpreadsheetML cells), taken as a {@link CapturedSheetRow} when the row ends.
 */
final class RowBuffer {
    /** The last column Excel has (XFD); wider tables are cut there. */
    static final int MAX_COLUMNS = 16_384;

    private byte[] kinds = new byte[32];
    private String[] texts = new String[32];
    /** One past the last cell that holds something. */
    private int width;

    /** Sets a cell; a blank or white-space text, or a column beyond XFD, leaves it blank. */
    void set(int column, RowView.CellKind kind, String text) {
        if (column < 0 || column >= MAX_COLUMNS || kind == RowView.CellKind.BLANK || Text.isBlank(text)) {
            return;
        }
        if (column >= kinds.length) {
            int size = Math.min(MAX_COLUMNS, Math.max(column + 1, kinds.length * 2));
            kinds = Arrays.copyOf(kinds, size);
            texts = Arrays.copyOf(texts, size);
        }
        kinds[column] = (byte) kind.ordinal();
        texts[column] = text;
        width = Math.max(width, column + 1);
    }

    boolean isEmpty() {
        return width == 0;
    }

    /** The row read so far, numbered as a spreadsheet shows it; the buffer is empty again after. */
    CapturedSheetRow take(int number) {
        CapturedSheetRow row = new CapturedSheetRow(number, Arrays.copyOf(kinds, width), Arrays.copyOf(texts, width));
        Arrays.fill(kinds, 0, width, (byte) 0);
        Arrays.fill(texts, 0, width, null);
        width = 0;
        return row;
    }
}

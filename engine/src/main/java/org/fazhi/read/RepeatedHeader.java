package org.fazhi.read;

/**
 * The header of a table as it comes again among the data: exports printed or paged by their
 * system repeat the header row (or both rows of a two-row header) at the top of every page, and
 * such a row is no record.
 */
final class RepeatedHeader {
    /** Per column, the header texts as compared ({@link Text#header}) of the header row and the row below it. */
    private final String[] upper;
    private final String[] lower;

    RepeatedHeader(RowView upper, RowView lower) {
        this.upper = headings(upper);
        this.lower = lower == null ? new String[0] : headings(lower);
    }

    private static String[] headings(RowView row) {
        String[] texts = new String[row.width()];
        for (int c = 0; c < texts.length; c++) {
            texts[c] = row.kind(c) == RowView.CellKind.TEXT ? Text.header(row.text(c)) : null;
        }
        return texts;
    }

    /**
     * Whether a row repeats one of the header rows: at least two cells, each holding the heading
     * of its column in that row. A value that happens to read like its heading is alone in its row.
     */
    boolean repeats(RowView row) {
        return repeats(row, upper) || repeats(row, lower);
    }

    private static boolean repeats(RowView row, String[] headings) {
        int same = 0;
        for (int c = 0, n = row.width(); c < n; c++) {
            if (row.kind(c) == RowView.CellKind.BLANK) {
                continue;
            }
            if (c >= headings.length || headings[c] == null || row.kind(c) != RowView.CellKind.TEXT
                    || !headings[c].equals(Text.header(row.text(c)))) {
                return false;
            }
            same++;
        }
        return same >= TypeCatalog.HEADER_MIN;
    }
}

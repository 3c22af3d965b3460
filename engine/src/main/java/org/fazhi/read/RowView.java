package org.fazhi.read;

/** One row of a sheet or CSV file, as the reader sees it, whatever the format. */
interface RowView {

    /** What a cell holds. */
    enum CellKind {
        /** Nothing, or only white space. */
        BLANK,
        /** Text. */
        TEXT,
        /** A number without a date format; {@link #text} is its raw value (e.g. {@code 12000}, {@code 1.2E4}). */
        NUMBER,
        /** A number with a date format: an Excel serial date; {@link #text} is the serial. */
        DATE,
        /** An Excel boolean; {@link #text} is {@code 1} or {@code 0}. */
        BOOL,
        /**
         * A formula saved without its result (some generators write only the formula); {@link #text}
         * is the formula as written ({@code =E5+E6}). It holds no value of any type: a DQ-002 finding.
         */
        UNCALCULATED
    }

    /** 1-based row number as a spreadsheet program shows it (CSV: the line the record starts on). */
    int number();

    /**
     * Number of cells, blank ones among them included; a sheet row ends at its last cell that
     * holds something. {@link #kind} and {@link #text} take a column below the width; callers
     * take any column at or beyond it as blank.
     */
    int width();

    CellKind kind(int column);

    /** The cell's text (for numbers: the raw value), or null when blank. */
    String text(int column);

    /** How the column is named in messages: a letter for a sheet, a number for CSV. */
    String columnName(int column);

    default boolean isBlank() {
        for (int c = 0, n = width(); c < n; c++) {
            if (kind(c) != CellKind.BLANK) {
                return false;
            }
        }
        return true;
    }
}

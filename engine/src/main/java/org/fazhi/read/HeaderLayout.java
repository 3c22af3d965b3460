package org.fazhi.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;

/**
 * Which column holds which field, read from the header row and, when they form a two-row
 * header (records.md "Two-row headers"), the row below it: in each column the lower row's known
 * header wins; group headings over known headers are no columns; row-number columns are ignored.
 */
final class HeaderLayout {
    /** A column bound to a field, with the header text that named it. */
    record Column(int column, FieldSpec field, String seen) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final Set<FieldSpec> taken = new HashSet<>();
    private final List<Integer> unnamed = new ArrayList<>();
    private final List<Integer> rowNumbers = new ArrayList<>();
    private final boolean twoRows;
    private final int width;
    private int firstColumn = -1;

    /**
     * @param lower the row that follows the header row, or null when there is none (or it is blank)
     */
    HeaderLayout(TypeCatalog catalog, RecordType type, RowView upper, RowView lower, MergedCells merges,
                 boolean date1904) {
        twoRows = lower != null && lower.number() == upper.number() + 1
                && formsTwoRows(catalog, type, upper, lower, merges, date1904);
        width = twoRows ? Math.max(upper.width(), lower.width()) : upper.width();
        for (int c = 0; c < width; c++) {
            String up = text(upper, c, date1904);
            String low = twoRows ? text(lower, c, date1904) : null;
            if (up == null && low == null) {
                unnamed.add(c);
                continue;
            }
            if (firstColumn < 0) {
                firstColumn = c;
            }
            FieldSpec upField = up == null ? null : catalog.field(type, up);
            FieldSpec lowField = low == null ? null : catalog.field(type, low);
            if (lowField != null) {
                bind(c, lowField, low);
            } else if (upField != null) {
                bind(c, upField, up);
            } else if (low != null) {
                other(c, low);
            } else if (!twoRows || !isGroupHeading(lower, upper.number(), c, merges)) {
                other(c, up);
            }
        }
    }

    /**
     * The row below holds a known header where the header row is blank, covered by a merged
     * cell, or holds a heading that is no known header.
     */
    static boolean formsTwoRows(TypeCatalog catalog, RecordType type, RowView upper, RowView lower,
                                        MergedCells merges, boolean date1904) {
        for (int c = 0, n = lower.width(); c < n; c++) {
            String low = text(lower, c, date1904);
            if (low == null || catalog.field(type, low) == null) {
                continue;
            }
            String up = text(upper, c, date1904);
            if (up == null || merges.covers(upper.number(), c) || catalog.field(type, up) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a row directly above a header row is the upper row of a two-row header: it holds a
     * known header in a column where the header row is blank (a heading merged down over both
     * rows), and the header row completes it. The header row is then the one with more known
     * headers, as when most columns are grouped.
     */
    static boolean isUpperRow(TypeCatalog catalog, RecordType type, RowView above, RowView header,
                              MergedCells merges, boolean date1904) {
        if (above.number() != header.number() - 1) {
            return false;
        }
        for (int c = 0, n = above.width(); c < n; c++) {
            String up = text(above, c, date1904);
            if (up != null && catalog.field(type, up) != null && text(header, c, date1904) == null) {
                return formsTwoRows(catalog, type, above, header, merges, date1904);
            }
        }
        return false;
    }

    /** A heading over the row below: that row holds something under it or under the columns it spans. */
    private static boolean isGroupHeading(RowView lower, int row, int column, MergedCells merges) {
        int last = Math.max(column, merges.spanFrom(row, column));
        for (int c = column; c <= last; c++) {
            if (c < lower.width() && lower.kind(c) != RowView.CellKind.BLANK) {
                return true;
            }
        }
        return false;
    }

    private void bind(int column, FieldSpec field, String seen) {
        if (taken.add(field)) {
            columns.add(new Column(column, field, seen));
        } else {
            unknown.add(seen); // a second column naming a field already taken: the first wins
        }
    }

    private void other(int column, String seen) {
        if (TypeCatalog.isRowNumber(seen)) {
            rowNumbers.add(column);
        } else {
            unknown.add(seen);
        }
    }

    private static String text(RowView row, int c, boolean date1904) {
        if (c >= row.width() || row.kind(c) == RowView.CellKind.BLANK) {
            return null;
        }
        String seen = ValueParser.asText(row.kind(c), row.text(c), date1904);
        return seen.isEmpty() ? null : seen;
    }

    List<Column> columns() {
        return columns;
    }

    /** Headers that name no field, as seen, in column order. */
    List<String> unknown() {
        return unknown;
    }

    boolean binds(FieldSpec field) {
        return taken.contains(field);
    }

    /** Whether the row below the header row is part of the header. */
    boolean twoRows() {
        return twoRows;
    }

    /** The first column with a heading: where a total row's label is sought. */
    int firstColumn() {
        return Math.max(0, firstColumn);
    }

    /** Columns without any heading, below {@link #width()}; a column at or beyond it has none either. */
    List<Integer> unnamed() {
        return unnamed;
    }

    /** Columns of row numbers (序号, No., 行号), in order. */
    List<Integer> rowNumbers() {
        return rowNumbers;
    }

    int width() {
        return width;
    }
}

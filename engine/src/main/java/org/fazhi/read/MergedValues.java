package org.fazhi.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Gives the data rows of a sheet the values merged down over them (records.md "Merged cells in
 * data"): a value merged over several rows belongs to every row the range covers, in the range's
 * first column (a value merged across columns belongs to its first column). Walks the sheet's
 * ranges once, in row order, holding only those that reach the current row.
 */
final class MergedValues {
    /** A value merged down: its column, the last row it covers, and the anchor cell's content. */
    private record Fill(int column, int lastRow, RowView.CellKind kind, String text) {
    }

    private final MergedCells cells;
    private int next;
    private final List<Fill> active = new ArrayList<>();
    /** The ranges that start in the current row: first and last column, pairwise. */
    private int[] starts = new int[8];
    private int startCount;

    MergedValues(MergedCells cells) {
        cells.sort();
        this.cells = cells;
    }

    /**
     * The row with the values merged down over it; called for every row after the header, in
     * order, blank ones too. A row's own blankness is the caller's to judge from the row itself:
     * merged values alone make no record.
     */
    RowView fill(RowView row) {
        int r = row.number();
        active.removeIf(f -> f.lastRow < r);
        startCount = 0;
        while (next < cells.size() && cells.firstRow(next) <= r) {
            if (cells.firstRow(next) == r) {
                int c = cells.firstCol(next);
                addStart(c, cells.lastCol(next));
                if (cells.lastRow(next) > r && c < row.width() && row.kind(c) != RowView.CellKind.BLANK) {
                    active.add(new Fill(c, cells.lastRow(next), row.kind(c), row.text(c)));
                }
            }
            next++;
        }
        if (active.isEmpty() || row.isBlank()) {
            return row;
        }
        return new Filled(row, active.toArray(new Fill[0]));
    }

    private void addStart(int first, int last) {
        if (startCount * 2 == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[startCount * 2] = first;
        starts[startCount * 2 + 1] = last;
        startCount++;
    }

    /** The last column of a range that starts at this column of the current row, or -1. */
    int spanFrom(int column) {
        for (int i = 0; i < startCount; i++) {
            if (starts[i * 2] == column) {
                return starts[i * 2 + 1];
            }
        }
        return -1;
    }

    /** A row seen through the values merged over it; immutable, parsed on a worker thread. */
    private static final class Filled implements RowView {
        private final RowView row;
        private final Fill[] fills;
        private final int width;

        Filled(RowView row, Fill[] fills) {
            this.row = row;
            this.fills = fills;
            int w = row.width();
            for (Fill f : fills) {
                w = Math.max(w, f.column + 1);
            }
            this.width = w;
        }

        private Fill at(int column) {
            for (Fill f : fills) {
                if (f.column == column) {
                    return f;
                }
            }
            return null;
        }

        @Override
        public int number() {
            return row.number();
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public CellKind kind(int column) {
            Fill f = at(column);
            return f != null ? f.kind : column < row.width() ? row.kind(column) : CellKind.BLANK;
        }

        @Override
        public String text(int column) {
            Fill f = at(column);
            return f != null ? f.text : column < row.width() ? row.text(column) : null;
        }

        @Override
        public String columnName(int column) {
            return row.columnName(column);
        }
    }
}

package org.fazhi.read;

import java.util.Arrays;

/**
 * The merged ranges of one sheet, as its reader finds them (xlsx {@code <mergeCells>}, HTML
 * {@code rowspan}/{@code colspan}, the merge records of .xls): rows 1-based as a spreadsheet
 * program shows them, columns 0-based. A reader fills one and hands it to
 * {@link SheetProcessor#merges} before the sheet's first row; what a merge means for headers
 * and data is the processor's business (reading.md "Merged cells").
 */
final class MergedCells {
    /** Four ints a range: first row, last row, first column, last column. */
    private int[] ranges = new int[16];
    private int size;
    private boolean sorted = true;

    /** Adds a range; a single cell, or one with its corners swapped or off the sheet, is no merge. */
    void add(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow < 1 || firstCol < 0 || lastRow < firstRow || lastCol < firstCol
                || (lastRow == firstRow && lastCol == firstCol)) {
            return;
        }
        if (size * 4 == ranges.length) {
            ranges = Arrays.copyOf(ranges, ranges.length * 2);
        }
        int at = size * 4;
        ranges[at] = firstRow;
        ranges[at + 1] = lastRow;
        ranges[at + 2] = firstCol;
        ranges[at + 3] = lastCol;
        if (size > 0 && firstRow < ranges[at - 4]) {
            sorted = false;
        }
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    int firstRow(int i) {
        return ranges[i * 4];
    }

    int lastRow(int i) {
        return ranges[i * 4 + 1];
    }

    int firstCol(int i) {
        return ranges[i * 4 + 2];
    }

    int lastCol(int i) {
        return ranges[i * 4 + 3];
    }

    /** Orders the ranges by first row (then first column), so a sheet's rows can walk them once. */
    void sort() {
        if (sorted) {
            return;
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> firstRow(a) != firstRow(b) ? Integer.compare(firstRow(a), firstRow(b))
                : Integer.compare(firstCol(a), firstCol(b)));
        int[] out = new int[ranges.length];
        for (int i = 0; i < size; i++) {
            System.arraycopy(ranges, order[i] * 4, out, i * 4, 4);
        }
        ranges = out;
        sorted = true;
    }

    /** Whether the cell lies inside a range without being its first (top-left) cell. */
    boolean covers(int row, int col) {
        for (int i = 0; i < size; i++) {
            if (firstRow(i) <= row && row <= lastRow(i) && firstCol(i) <= col && col <= lastCol(i)
                    && (row != firstRow(i) || col != firstCol(i))) {
                return true;
            }
        }
        return false;
    }

    /** The last column of the range whose top-left cell this is, or -1 when it starts none. */
    int spanFrom(int row, int col) {
        for (int i = 0; i < size; i++) {
            if (firstRow(i) == row && firstCol(i) == col) {
                return lastCol(i);
            }
        }
        return -1;
    }
}

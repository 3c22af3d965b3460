package org.fazhi.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged cell ranges of one sheet, as its file declares them, handed to the
 * {@link SheetProcessor} before the sheet's first row. Rows are 1-based as a spreadsheet shows
 * them, columns 0-based.
 */
final class MergedCells {
    /** One merged range, inclusive on both ends. */
    record Range(int firstRow, int lastRow, int firstCol, int lastCol) {
    }

    private final List<Range> ranges = new ArrayList<>();

    void add(int firstRow, int lastRow, int firstCol, int lastCol) {
        ranges.add(new Range(firstRow, lastRow, firstCol, lastCol));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    List<Range> ranges() {
        return List.copyOf(ranges);
    }
}

package org.fazhi.read;

import java.util.List;

/**
 * Units of money a table states for its amount columns elsewhere than in their own headers: in
 * the group heading over them ({@code 金额（万元）} over {@code 罚款金额 | 没收金额}) or in a title line
 * above the header ({@code （金额单位：万元）}). A reader of the table applies them to every amount
 * column under them that states no unit of its own, and so does the reader here: amounts read
 * 10,000 times too small otherwise.
 */
final class StatedUnits {
    /** The units a title may state, longest first, as compared ({@link Text#name}), after any 人民币. */
    private static final String[] TITLE_UNITS = {"万元", "千元", "元"};

    private StatedUnits() {
    }

    /**
     * The text of the group heading over a column of a two-row header: the upper row's cell in the
     * column, or the nearest one to its left that spans it — by a merged range, or, where that
     * cell starts no merge (text exports keep a merge's value in its first cell only), by blank
     * upper cells over lower headers all the way to the column. Null when there is none.
     */
    static String groupHeading(RowView upper, RowView lower, int column, MergedCells merges) {
        for (int start = Math.min(column, upper.width() - 1); start >= 0; start--) {
            if (upper.kind(start) == RowView.CellKind.BLANK) {
                if (start < column && (start >= lower.width() || lower.kind(start) == RowView.CellKind.BLANK)) {
                    return null; // a column with no header at all ends any group
                }
                continue;
            }
            if (start == column) {
                return upper.text(start);
            }
            int span = merges.spanFrom(upper.number(), start);
            boolean spans = span >= 0 ? span >= column : start < lower.width()
                    && lower.kind(start) != RowView.CellKind.BLANK;
            return spans ? upper.text(start) : null;
        }
        return null;
    }

    /** The unit of money a line above the header states ({@code 单位：万元}), or null when none does. */
    static String inTitles(List<RowView> titles) {
        for (RowView row : titles) {
            for (int c = 0, n = row.width(); c < n; c++) {
                if (row.kind(c) != RowView.CellKind.TEXT) {
                    continue;
                }
                String w = Text.name(row.text(c));
                int at = w.indexOf("单位:");
                if (at < 0) {
                    continue;
                }
                String rest = w.substring(at + 3);
                rest = rest.startsWith("人民币") ? rest.substring(3) : rest;
                for (String unit : TITLE_UNITS) {
                    if (rest.startsWith(unit)) {
                        return unit;
                    }
                }
            }
        }
        return null;
    }
}

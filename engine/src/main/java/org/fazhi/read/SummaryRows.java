package org.fazhi.read;

/**
 * Rows of a table that are no records (records.md "Summary and footer rows"): total rows
 * (合计, 总计, 小计, 累计) and the footer lines exports put under a table (填表人：…, 注：…).
 */
final class SummaryRows {
    /** Footer beginnings, as compared ({@link Text#name}: full-width colons become half-width). */
    private static final String[] FOOTER_STARTS = {"填表人", "制表人", "填报人", "审核人", "负责人", "联系人", "联系电话",
        "填报日期", "制表日期", "填报单位", "注:", "说明:", "备注:"};
    /** Words that count things in a total row's identifier cell: 共32件. */
    private static final String COUNT_WORDS = "件条项宗起个份人次";

    private SummaryRows() {
    }

    /**
     * A total row: one of the three cells from the table's first column reads 合计, 总计, 小计 or
     * 累计 (white space between the characters allowed), and the identifier cell is blank, holds
     * that word itself, or holds a count such as {@code 共32件}.
     */
    static boolean isTotal(RowView row, int firstColumn, int idColumn) {
        int width = row.width();
        for (int c = firstColumn, last = Math.min(width, firstColumn + 3); c < last; c++) {
            if (row.kind(c) == RowView.CellKind.TEXT && isTotalWord(row.text(c))) {
                if (c == idColumn || idColumn >= width || row.kind(idColumn) == RowView.CellKind.BLANK) {
                    return true;
                }
                return row.kind(idColumn) == RowView.CellKind.TEXT && isCount(row.text(idColumn));
            }
        }
        return false;
    }

    private static boolean isTotalWord(String text) {
        String t = Text.trim(text);
        if (t.isEmpty() || "合总小累".indexOf(t.charAt(0)) < 0) {
            return false; // nearly every cell: decided without normalising
        }
        String w = Text.name(t);
        if (w.endsWith(":")) {
            w = w.substring(0, w.length() - 1);
        }
        return switch (w) {
            case "合计", "总计", "小计", "累计" -> true;
            default -> false;
        };
    }

    /** {@code 共32件}, {@code 共 32 条}, {@code 32件}: text that counts rather than identifies. */
    private static boolean isCount(String text) {
        String w = Text.name(text);
        if (w.startsWith("共")) {
            return true;
        }
        int digits = 0;
        while (digits < w.length() && w.charAt(digits) >= '0' && w.charAt(digits) <= '9') {
            digits++;
        }
        return digits > 0 && digits == w.length() - 1 && COUNT_WORDS.indexOf(w.charAt(digits)) >= 0;
    }

    /** Whether a row's first non-blank cell begins like a footer line (填表人：张三, 注：…). */
    static boolean isFooterLine(RowView row) {
        for (int c = 0, n = row.width(); c < n; c++) {
            RowView.CellKind kind = row.kind(c);
            if (kind == RowView.CellKind.BLANK) {
                continue;
            }
            if (kind != RowView.CellKind.TEXT) {
                return false;
            }
            String t = Text.trim(row.text(c));
            if (t.isEmpty() || "填制审负联注说备".indexOf(t.charAt(0)) < 0) {
                return false;
            }
            String w = Text.name(t);
            for (String start : FOOTER_STARTS) {
                if (w.startsWith(start)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** The column of a row's only non-blank cell when that cell is text, else -1. */
    static int soleText(RowView row) {
        int found = -1;
        for (int c = 0, n = row.width(); c < n; c++) {
            if (row.kind(c) != RowView.CellKind.BLANK) {
                if (found >= 0 || row.kind(c) != RowView.CellKind.TEXT) {
                    return -1;
                }
                found = c;
            }
        }
        return found;
    }
}

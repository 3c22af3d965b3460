package org.fazhi.read;

import java.util.regex.Pattern;

/**
 * Rows of a table that are no records (records.md "Summary and footer rows"): total rows
 * (合计, 总计, 小计, 累计) and the footer lines exports put under a table (填表人：…, 注：…).
 */
final class SummaryRows {
    /** Footer beginnings, as compared ({@link Text#name}: full-width colons become half-width). */
    private static final String[] FOOTER_STARTS = {"填表人", "制表", "填报人", "审核", "负责人", "单位负责人", "联系人",
        "联系电话", "填报日期", "填报单位", "统计人", "经办人", "打印日期", "打印时间", "注:", "说明:", "备注:", "以下空白", "以下无"};
    /** A page marker a printed export repeats under its tables: 第1页 共3页, 共3页, 第 1/3 页. */
    private static final Pattern PAGE_MARK = Pattern.compile("(第\\d+(/\\d+)?页)?(,?共\\d+页)?");

    /** Words that count things in a total row's identifier cell: 共32件. */
    private static final String COUNT_WORDS = "件条项宗起个份人次";

    private SummaryRows() {
    }

    /** The words that make a row a total row. */
    private static final String[] TOTAL_WORDS = {"合计", "总计", "小计", "累计", "共计"};

    /** Words of a period or scope before a total word: 本页小计, 本月合计, 全年累计. */
    private static final String[] TOTAL_SCOPES = {"本页", "本月", "本季度", "本季", "本年度", "本年", "本期", "全年", "总"};

    /**
     * A total row: one of the three cells from the table's first column reads 合计, 总计, 小计,
     * 累计 or 共计 (white space between the characters allowed; also with a scope before it, 本页小计,
     * 本月合计, a unit after it, 合计（元）, as 合计数, or with the count after it, 合计：共32件),
     * and the identifier cell is blank, holds a placeholder ({@code —}, {@code /}: blank written
     * out), that word itself, or a count such as {@code 共32件} or {@code 32}.
     */
    static boolean isTotal(RowView row, int firstColumn, int idColumn) {
        int width = row.width();
        for (int c = firstColumn, last = Math.min(width, firstColumn + 3); c < last; c++) {
            if (row.kind(c) == RowView.CellKind.TEXT && isTotalWord(row.text(c))) {
                if (c == idColumn || idColumn >= width || row.kind(idColumn) == RowView.CellKind.BLANK) {
                    return true;
                }
                RowView.CellKind id = row.kind(idColumn);
                return id == RowView.CellKind.NUMBER
                        || id == RowView.CellKind.TEXT && (ValueParser.isPlaceholder(row.text(idColumn))
                        || isCount(row.text(idColumn)));
            }
        }
        return false;
    }

    private static boolean isTotalWord(String text) {
        String t = Text.trim(text);
        if (t.isEmpty() || "合总小累共本全".indexOf(t.charAt(0)) < 0) {
            return false; // nearly every cell: decided without normalising
        }
        String w = Text.name(t);
        if (w.endsWith(":")) {
            w = w.substring(0, w.length() - 1);
        }
        int unit = w.indexOf('(');
        if (unit > 0 && w.endsWith(")")) {
            w = w.substring(0, unit); // 合计（元）, 合计(万元)
        }
        if (w.endsWith("数")) {
            w = w.substring(0, w.length() - 1);
        }
        for (String scope : TOTAL_SCOPES) {
            if (w.length() > scope.length() + 1 && w.startsWith(scope)) {
                w = w.substring(scope.length());
                break;
            }
        }
        for (String total : TOTAL_WORDS) {
            if (w.startsWith(total)) {
                // the count may share the cell: 合计：共32件, 合计 32 件
                String rest = w.substring(total.length());
                if (rest.startsWith(":")) {
                    rest = rest.substring(1);
                }
                return rest.isEmpty() || isCount(rest);
            }
        }
        return false;
    }

    /** {@code 共32件}, {@code 共 32 条}, {@code 32件}, {@code 32}: text that counts rather than identifies. */
    private static boolean isCount(String text) {
        String w = Text.name(text);
        if (w.startsWith("共")) {
            return true;
        }
        int digits = 0;
        while (digits < w.length() && w.charAt(digits) >= '0' && w.charAt(digits) <= '9') {
            digits++;
        }
        return digits > 0 && (digits == w.length()
                || digits == w.length() - 1 && COUNT_WORDS.indexOf(w.charAt(digits)) >= 0);
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
            if (t.isEmpty() || "填制审负单联统经打注说备以第共".indexOf(t.charAt(0)) < 0) {
                return false;
            }
            String w = Text.name(t);
            if (PAGE_MARK.matcher(w).matches()) {
                return true;
            }
            for (String start : FOOTER_STARTS) {
                if (w.startsWith(start)) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /**
     * Whether a row holds nothing but a page mark (第1页 共3页): a paged export puts one at the foot
     * of every page, so it stands between records as well as under the last.
     */
    static boolean isPageMark(RowView row) {
        int only = soleText(row);
        return only >= 0 && !Text.isBlank(row.text(only)) && PAGE_MARK.matcher(Text.name(row.text(only))).matches();
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

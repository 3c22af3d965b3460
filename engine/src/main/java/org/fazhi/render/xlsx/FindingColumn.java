package org.fazhi.render.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of 问题清单, in the order of outputs.md; then what the finding adds (the records of
 * a group, the waiver); and the four an agency fills in, in its own workbook only. Widths are in
 * characters (a CJK character is two): a header's longest word fits on a line (Severity), and a
 * column whose words may be longer (低于门槛，不计入) wraps.
 */
enum FindingColumn {
    SEVERITY("severity", 9, false),
    AGENCY("agency", 16, true),
    TITLE("title", 18, true),
    RULE("rule", 9, false),
    RECORD_ID("recordId", 16, true),
    MESSAGE("message", 80, true),
    CLAUSE("clause", 8, false),
    BASIS("basis", 14, true),
    FIELDS("fields", 26, true),
    STATUS("status", 10, true),
    FILE("file", 20, false),
    SHEET("sheet", 12, false),
    ROW("row", 6, false),
    RELATED("related", 20, true),
    WAIVER("waiver", 20, true),
    MEASURE("remedy.measure", 18, true),
    DEADLINE("remedy.deadline", 10, true),
    RESPONSIBLE("remedy.responsible", 8, true),
    PROGRESS("remedy.progress", 18, true);

    /** Columns before this one are frozen: scrolling right keeps level, agency, problem and rule in view. */
    static final int FROZEN = 4;

    final String key;
    final int width;
    final boolean wraps;

    FindingColumn(String key, int width, boolean wraps) {
        this.key = "xlsx.col." + key;
        this.width = width;
        this.wraps = wraps;
    }

    boolean isRemedy() {
        return ordinal() >= MEASURE.ordinal();
    }

    /**
     * The columns of a workbook, in order. In one agency's workbook the 整改 columns come right
     * after 状态: they print with the finding they answer, and the columns after them do not.
     */
    static List<FindingColumn> of(boolean agencyWorkbook) {
        List<FindingColumn> columns = new ArrayList<>();
        for (FindingColumn column : values()) {
            if (!column.isRemedy()) {
                columns.add(column);
            }
            if (column == STATUS && agencyWorkbook) {
                columns.addAll(List.of(MEASURE, DEADLINE, RESPONSIBLE, PROGRESS));
            }
        }
        return columns;
    }

    /** The last column printed: the finding and its status (and the agency's answer); not where it came from. */
    static FindingColumn lastPrinted(boolean agencyWorkbook) {
        return agencyWorkbook ? PROGRESS : STATUS;
    }
}

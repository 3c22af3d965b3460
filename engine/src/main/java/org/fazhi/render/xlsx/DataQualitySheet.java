package org.fazhi.render.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fazhi.report.Finding;

/**
 * 数据问题, for the people who fix the exports: the DQ findings grouped by file, sheet, rule and
 * the columns concerned, one line per group with its count and its rows, so a column that is
 * wrong in 3,000 rows is one line, not 3,000. Made in one pass over the findings in report order;
 * what it keeps grows with the groups, and with at most {@value #ROWS_SHOWN} row numbers each.
 */
final class DataQualitySheet {
    private static final String DQ_PREFIX = "DQ-";
    private static final int ROWS_SHOWN = 20;
    /** The example message's column, in characters: it wraps there. */
    private static final int EXAMPLE_WIDTH = 60;

    private final Context ctx;

    DataQualitySheet(Context ctx) {
        this.ctx = ctx;
    }

    static boolean isDq(Finding finding) {
        return finding.ruleId() != null && finding.ruleId().startsWith(DQ_PREFIX);
    }

    private record Key(String file, String sheet, String ruleId, Object columns) {
    }

    private static final class Group {
        final Finding first;
        int count;
        final List<Integer> rows = new ArrayList<>();

        Group(Finding first) {
            this.first = first;
        }
    }

    /** Returns the header row, repeated on every printed page. */
    int write(XSSFSheet sheet) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (Finding finding : ctx.report.findings()) {
            if (!isDq(finding)) {
                continue;
            }
            Key key = new Key(finding.source() == null ? null : finding.source().file(),
                    finding.source() == null ? null : finding.source().sheet(), finding.ruleId(),
                    finding.fields() == null ? null : finding.fields().keySet());
            Group group = groups.computeIfAbsent(key, k -> new Group(finding));
            group.count++;
            if (group.rows.size() < ROWS_SHOWN && finding.source() != null && finding.source().row() > 0) {
                group.rows.add(finding.source().row());
            }
        }
        Table t = new Table(sheet, ctx.styles, ctx.lang);
        int header = t.next();
        t.header(ctx.label("xlsx.col.file"), ctx.label("xlsx.col.sheet"), ctx.label("xlsx.col.title"),
                ctx.label("xlsx.col.rule"), ctx.label("xlsx.dq.columns"), ctx.label("xlsx.col.count"),
                ctx.label("xlsx.dq.rows"), ctx.label("xlsx.dq.example"));
        for (Group group : groups.values()) {
            Finding first = group.first;
            Row row = t.row(first.source() == null ? null : first.source().file(),
                    first.source() == null ? null : first.source().sheet(), ctx.ruleTitle(first.ruleId()),
                    first.ruleId(), columns(first), group.count, rows(group), null);
            t.wrapped(row, 7, ctx.lang.pick(first.message(), first.messageEn()), EXAMPLE_WIDTH);
        }
        if (groups.isEmpty()) {
            t.note(ctx.label("xlsx.dq.none"));
        }
        t.fitColumns();
        sheet.setColumnWidth(7, EXAMPLE_WIDTH * 256);
        sheet.createFreezePane(0, header + 1);
        if (!groups.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(header, t.next() - 1, 0, 7));
        }
        return header;
    }

    /** The columns the findings of a group are about, by their names. */
    private String columns(Finding finding) {
        if (finding.fields() == null || finding.fields().isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        finding.fields().keySet().forEach(key -> names.add(ctx.labels.fieldName(finding.recordType(), key)));
        return ctx.list(names);
    }

    private String rows(Group group) {
        List<String> numbers = group.rows.stream().map(String::valueOf).toList();
        String shown = ctx.list(numbers);
        return group.count > group.rows.size() && !numbers.isEmpty()
                ? ctx.label("xlsx.dq.rowsMore", shown, group.count) : shown;
    }
}

package org.fazhi.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;

/**
 * Lays each record type out on a sheet of its own, named by its Chinese name, as a {@link Layout}
 * says, and hands the rows to a {@link Grid}: the one description of a layout, whatever the format.
 *
 * <p>{@link Layout#TIDY}: a title row, the Chinese headers, then the rows.
 *
 * <p>{@link Layout#MESSY}, as a real government export looks: a title and a 填报单位 line above
 * the header; on the case sheet a two-row header, 处罚决定 merged over 处罚决定日期 / 送达日期 /
 * 公示日期 (moved next to each other) and the other headings merged down over both rows; amounts in
 * 万元 under 罚款金额（万元） / 没收金额（万元） (exact: the yuan with the point moved four places; a
 * cell that states its own unit, {@code 1.2万} or {@code 3000元}, is kept as it is); ／ in blank
 * optional text and date cells; and under the records a 合计 row (共N件 and the amounts summed)
 * and a 填表人 footer row.
 */
final class SheetExport implements RowSink {
    /** The heading merged over the decision's dates on the case sheet of the messy layout. */
    static final String DECISION_GROUP = "处罚决定";
    static final List<String> DECISION_GROUP_KEYS = List.of("decision_date", "service_date", "publicity_date");
    static final String PLACEHOLDER = "／";
    private static final String WAN_YUAN = "（万元）";
    private static final String REPORTER = "填报单位：昆明市司法局（汇总）　统计时间：2023年1月1日至2025年12月31日　金额单位：万元";
    /** Rows under the records in the messy layout: 合计 and 填表人. */
    private static final int FOOTER_ROWS = 2;

    private final Grid grid;
    private final Layout layout;
    // messy layout, per sheet: the fields in column order, where each came from, the sums, the count
    private List<FieldSpec> fields;
    private int[] order;
    private BigDecimal[] sums;
    private int records;
    private int idColumn;

    SheetExport(Grid grid, Layout layout) {
        this.grid = grid;
        this.layout = layout;
    }

    /** The rows a sheet of {@code records} records of {@code type} takes in {@code layout}. */
    static int rows(RecordType type, Layout layout, int records) {
        if (layout == Layout.TIDY) {
            return 2 + records;
        }
        return 2 + (grouped(type) ? 2 : 1) + records + FOOTER_ROWS;
    }

    private static boolean grouped(RecordType type) {
        return DECISION_GROUP_KEYS.stream().allMatch(type::hasField);
    }

    @Override
    public void begin(RecordType type, String title, List<String> headers) throws IOException {
        grid.startSheet(type.name());
        if (layout == Layout.MESSY) {
            beginMessy(type, title);
            return;
        }
        grid.row(new Object[] {title}, true, List.of());
        grid.row(headers.toArray(), true, List.of());
    }

    @Override
    public void row(Object[] cells) throws IOException {
        grid.row(layout == Layout.MESSY ? messy(cells) : cells, false, List.of());
    }

    @Override
    public void end() throws IOException {
        if (layout == Layout.MESSY) {
            endMessy();
        }
        grid.endSheet();
    }

    @Override
    public void close() throws IOException {
        grid.close();
    }

    private void beginMessy(RecordType type, String title) throws IOException {
        List<FieldSpec> declared = type.fields();
        List<Integer> columns = new ArrayList<>();
        boolean grouped = grouped(type);
        for (int i = 0; i < declared.size(); i++) {
            String key = declared.get(i).key();
            if (grouped && DECISION_GROUP_KEYS.contains(key)) {
                if (key.equals(DECISION_GROUP_KEYS.get(0))) {
                    for (String member : DECISION_GROUP_KEYS) {
                        columns.add(declared.indexOf(type.requireField(member)));
                    }
                }
            } else {
                columns.add(i);
            }
        }
        order = columns.stream().mapToInt(Integer::intValue).toArray();
        fields = columns.stream().map(declared::get).toList();
        sums = new BigDecimal[order.length];
        records = 0;
        idColumn = fields.indexOf(type.idField());
        banner(title, true);
        banner(REPORTER, false);
        Object[] header = new Object[order.length];
        Object[] lower = new Object[order.length];
        List<Grid.Span> spans = new ArrayList<>();
        for (int c = 0; c < order.length; c++) {
            FieldSpec field = fields.get(c);
            String heading = amount(field) ? amountHeader(field) : field.header();
            int member = grouped ? DECISION_GROUP_KEYS.indexOf(field.key()) : -1;
            if (member >= 0) {
                lower[c] = heading;
                if (member == 0) {
                    header[c] = DECISION_GROUP;
                    spans.add(new Grid.Span(c, 1, DECISION_GROUP_KEYS.size()));
                }
            } else {
                header[c] = heading;
                if (grouped) {
                    spans.add(new Grid.Span(c, 2, 1));
                }
            }
        }
        grid.row(header, true, spans);
        if (grouped) {
            grid.row(lower, true, List.of());
        }
    }

    /** A line across the sheet above the header. */
    private void banner(String text, boolean heading) throws IOException {
        Object[] cells = new Object[order.length];
        cells[0] = text;
        grid.row(cells, heading, order.length > 1 ? List.of(new Grid.Span(0, 1, order.length)) : List.of());
    }

    private static boolean amount(FieldSpec field) {
        return field.type() == FieldType.DECIMAL && field.key().endsWith("amount");
    }

    /** 罚款金额(元) → 罚款金额（万元）. */
    private static String amountHeader(FieldSpec field) {
        String header = field.header();
        int bracket = header.indexOf('(');
        return (bracket < 0 ? header : header.substring(0, bracket)) + WAN_YUAN;
    }

    /** The row's cells in the messy layout's column order, amounts in 万元, placeholders for blanks. */
    private Object[] messy(Object[] cells) {
        records++;
        Object[] result = new Object[order.length];
        for (int c = 0; c < order.length; c++) {
            FieldSpec field = fields.get(c);
            Object value = cells[order[c]];
            if (value == null) {
                boolean placeholder = !field.required()
                        && (field.type() == FieldType.TEXT || field.type() == FieldType.DATE);
                result[c] = placeholder ? PLACEHOLDER : null;
            } else if (amount(field)) {
                result[c] = wan(value, c);
            } else {
                result[c] = value;
            }
        }
        return result;
    }

    /**
     * An amount cell under a 万元 heading: a plain number of yuan (also {@code 12,000} or
     * {@code ￥3000}) becomes 万元 exactly; a cell with its own unit keeps it (its unit wins).
     */
    private Object wan(Object value, int column) {
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString().trim();
        boolean ownUnit = text.endsWith("万") || text.endsWith("元");
        BigDecimal yuan;
        try {
            String digits = text.replace(",", "").replace("￥", "").replace("元", "");
            yuan = digits.endsWith("万")
                    ? new BigDecimal(digits.substring(0, digits.length() - 1)).movePointRight(4)
                    : new BigDecimal(digits);
        } catch (NumberFormatException e) {
            return value; // not an amount (a planted unreadable cell): written as it is
        }
        sums[column] = sums[column] == null ? yuan : sums[column].add(yuan);
        return ownUnit ? value : wanNumber(yuan);
    }

    /** Yuan as 万元: a number cell when the double shows exactly these digits, else text. */
    private static Object wanNumber(BigDecimal yuan) {
        BigDecimal wan = yuan.movePointLeft(4).stripTrailingZeros();
        if (wan.scale() < 0) {
            wan = wan.setScale(0);
        }
        return new BigDecimal(Double.toString(wan.doubleValue())).compareTo(wan) == 0 ? wan : wan.toPlainString();
    }

    private void endMessy() throws IOException {
        Object[] total = new Object[order.length];
        total[0] = "合计";
        String count = "共" + records + "件";
        if (idColumn > 0) {
            total[idColumn] = count;
        } else if (order.length > 1) {
            total[1] = count;
        }
        for (int c = 0; c < order.length; c++) {
            if (sums[c] != null && total[c] == null) {
                total[c] = wanNumber(sums[c]);
            }
        }
        grid.row(total, false, List.of());
        Object[] footer = new Object[order.length];
        footer[0] = "填表人：张丽";
        if (order.length > 3) {
            footer[3] = "审核人：王强";
        }
        if (order.length > 6) {
            footer[6] = "填报日期：2026年1月5日";
        }
        grid.row(footer, false, List.of());
        fields = null;
        order = null;
        sums = null;
    }
}

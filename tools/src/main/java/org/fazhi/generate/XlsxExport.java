package org.fazhi.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;

/**
 * Writes one workbook, one sheet per record type named by its Chinese name: a title row, the
 * Chinese headers, then the rows. Streaming: only a small window of rows is in memory, strings are
 * written inline (no shared-strings table to hold), and the creation date is fixed so that the same
 * rows give the same content.
 *
 * <p>In the {@link Layout#MESSY} layout each sheet looks like a real government export instead: a
 * title and a 填报单位 line above the header; on the case sheet a two-row header, 处罚决定 merged
 * over 处罚决定日期 / 送达日期 / 公示日期 (moved next to each other) and the other headings merged
 * down over both rows; amounts in 万元 under 罚款金额（万元） / 没收金额（万元） (exact: the yuan
 * with the point moved four places; a cell that states its own unit, {@code 1.2万} or
 * {@code 3000元}, is kept as it is); ／ in blank optional text and date cells; and under the
 * records a 合计 row (共N件 and the amounts summed) and a 填表人 footer row.
 */
public final class XlsxExport implements RowSink {
    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    static final int WINDOW = 100;
    static final String CREATED = "2025-01-01T00:00:00Z";

    /** The heading merged over the decision's dates on the case sheet of the messy layout. */
    static final String DECISION_GROUP = "处罚决定";
    static final List<String> DECISION_GROUP_KEYS = List.of("decision_date", "service_date", "publicity_date");
    static final String PLACEHOLDER = "／";
    private static final String WAN_YUAN = "（万元）";

    private final OutputStream out;
    private final Layout layout;
    private final SXSSFWorkbook workbook;
    private final CellStyle dateStyle;
    private final CellStyle boldStyle;
    private SXSSFSheet sheet;
    private int rowIndex;
    // messy layout, per sheet: the fields in column order, where each came from, the sums, the count
    private List<FieldSpec> fields;
    private int[] order;
    private BigDecimal[] sums;
    private int records;
    private int idColumn;

    public XlsxExport(OutputStream out) {
        this(out, Layout.TIDY);
    }

    public XlsxExport(OutputStream out, Layout layout) {
        this.out = out;
        this.layout = layout;
        this.workbook = new SXSSFWorkbook(null, WINDOW, false, false);
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Optional<Date> created = Optional.of(Date.from(Instant.parse(CREATED)));
        properties.setCreated(created);
        properties.setModified(created);
        properties.setCreator("fazhi");
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        this.boldStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldStyle.setFont(bold);
    }

    @Override
    public void begin(RecordType type, String title, List<String> headers) {
        sheet = workbook.createSheet(type.name());
        rowIndex = 0;
        if (layout == Layout.MESSY) {
            beginMessy(type, title);
            return;
        }
        Row titleRow = sheet.createRow(rowIndex++);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(boldStyle);
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(boldStyle);
        }
    }

    @Override
    public void row(Object[] cells) {
        if (layout == Layout.MESSY) {
            cells = messy(cells);
        }
        writeRow(cells);
    }

    private void writeRow(Object[] cells) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void end() throws IOException {
        if (layout == Layout.MESSY) {
            endMessy();
        }
        sheet.flushRows();
        sheet = null;
    }

    private void beginMessy(RecordType type, String title) {
        List<FieldSpec> declared = type.fields();
        List<Integer> columns = new ArrayList<>();
        boolean grouped = DECISION_GROUP_KEYS.stream().allMatch(type::hasField);
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
        int last = order.length - 1;
        banner(title, boldStyle, last);
        banner("填报单位：昆明市司法局（汇总）　统计时间：2023年1月1日至2025年12月31日　金额单位：万元", null, last);
        Row header = sheet.createRow(rowIndex++);
        Row lower = grouped ? sheet.createRow(rowIndex++) : null;
        for (int c = 0; c < order.length; c++) {
            FieldSpec field = fields.get(c);
            String heading = amount(field) ? amountHeader(field) : field.header();
            int member = grouped ? DECISION_GROUP_KEYS.indexOf(field.key()) : -1;
            if (member >= 0) {
                heading(lower, c, heading);
                if (member == 0) {
                    heading(header, c, DECISION_GROUP);
                    sheet.addMergedRegion(new CellRangeAddress(header.getRowNum(), header.getRowNum(), c,
                            c + DECISION_GROUP_KEYS.size() - 1));
                }
            } else {
                heading(header, c, heading);
                if (grouped) {
                    sheet.addMergedRegion(new CellRangeAddress(header.getRowNum(), lower.getRowNum(), c, c));
                }
            }
        }
    }

    private void banner(String text, CellStyle style, int last) {
        Row row = sheet.createRow(rowIndex++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (last > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, last));
        }
    }

    private void heading(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(boldStyle);
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

    private void endMessy() {
        Object[] total = new Object[order.length];
        total[0] = "合计";
        int id = idColumn;
        String count = "共" + records + "件";
        if (id > 0) {
            total[id] = count;
        } else if (order.length > 1) {
            total[1] = count;
        }
        for (int c = 0; c < order.length; c++) {
            if (sums[c] != null && total[c] == null) {
                total[c] = wanNumber(sums[c]);
            }
        }
        writeRow(total);
        Object[] footer = new Object[order.length];
        footer[0] = "填表人：张丽";
        if (order.length > 3) {
            footer[3] = "审核人：王强";
        }
        if (order.length > 6) {
            footer[6] = "填报日期：2026年1月5日";
        }
        writeRow(footer);
        fields = null;
        order = null;
        sums = null;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.close(); // also deletes the temporary files of the streamed rows
        }
    }
}

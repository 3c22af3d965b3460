package org.fazhi.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.fazhi.model.RecordType;

/**
 * Writes one workbook, one sheet per record type named by its Chinese name: a title row, the
 * Chinese headers, then the rows. Streaming: only a small window of rows is in memory, strings are
 * written inline (no shared-strings table to hold), and the creation date is fixed so that the same
 * rows give the same content.
 */
public final class XlsxExport implements RowSink {
    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    static final int WINDOW = 100;
    static final String CREATED = "2025-01-01T00:00:00Z";

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final CellStyle dateStyle;
    private final CellStyle boldStyle;
    private SXSSFSheet sheet;
    private int rowIndex;

    public XlsxExport(OutputStream out) {
        this.out = out;
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
        sheet.flushRows();
        sheet = null;
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

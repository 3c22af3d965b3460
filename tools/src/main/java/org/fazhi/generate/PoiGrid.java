package org.fazhi.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook through POI's common interface: an xlsx written streaming (SXSSF: only a small
 * window of rows in memory, strings inline so that no shared-strings table is held, a fixed
 * creation date so that the same rows give the same bytes) or a BIFF8 {@code .xls} (HSSF, the
 * Excel 97–2003 format, held in memory until written, at most {@link #XLS_ROWS} rows a sheet).
 */
final class PoiGrid implements Grid {
    /** Rows an xlsx sheet keeps in memory before they are flushed to a temporary file. */
    static final int WINDOW = 100;
    static final String CREATED = "2025-01-01T00:00:00Z";
    /** The rows of a BIFF8 sheet. */
    static final int XLS_ROWS = 65_536;
    /**
     * The built-in format Chinese Excel and WPS show as {@code 2025年3月1日}; an {@code .xls} from
     * them carries no format string for it, so a reader must know the number (records.md "Files and formats").
     */
    private static final short CHINESE_DATE_FORMAT = 31;

    private final OutputStream out;
    private final Workbook workbook;
    private final CellStyle dateStyle;
    private final CellStyle boldStyle;
    private Sheet sheet;
    private int rowIndex;

    private PoiGrid(OutputStream out, Workbook workbook, short dateFormat) {
        this.out = out;
        this.workbook = workbook;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(dateFormat);
        this.boldStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        boldStyle.setFont(bold);
    }

    static PoiGrid xlsx(OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false);
        var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Optional<Date> created = Optional.of(Date.from(Instant.parse(CREATED)));
        properties.setCreated(created);
        properties.setModified(created);
        properties.setCreator("fazhi");
        return new PoiGrid(out, workbook, workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    }

    static PoiGrid xls(OutputStream out) {
        return new PoiGrid(out, new HSSFWorkbook(), CHINESE_DATE_FORMAT);
    }

    @Override
    public void startSheet(String name) {
        sheet = workbook.createSheet(name);
        rowIndex = 0;
    }

    @Override
    public void row(Object[] cells, boolean heading, List<Span> spans) {
        Row row = sheet.createRow(rowIndex);
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
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
            if (heading) {
                cell.setCellStyle(boldStyle);
            }
        }
        for (Span span : spans) {
            sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex + span.rows() - 1, span.column(),
                    span.column() + span.columns() - 1));
        }
        rowIndex++;
    }

    @Override
    public void endSheet() throws IOException {
        if (sheet instanceof SXSSFSheet streamed) {
            streamed.flushRows();
        }
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

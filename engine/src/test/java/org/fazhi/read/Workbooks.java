package org.fazhi.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small test workbooks (test inputs only; the reader itself streams). */
final class Workbooks {
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle customDateStyle;

    Workbooks() {
        dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat((short) 14);
        dateTimeStyle = wb.createCellStyle();
        dateTimeStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        customDateStyle = wb.createCellStyle();
        customDateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    }

    /** A cell written as a date with a custom Chinese date format. */
    record ChineseDate(LocalDate date) {
    }

    Workbooks date1904() {
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        return this;
    }

    /**
     * Adds a sheet. Cell values: null = no cell; String starting with "=" = formula; LocalDate,
     * LocalDateTime, ChineseDate = date cells; Number; Boolean; other String = text.
     */
    Workbooks sheet(String name, Object[]... rows) {
        Sheet sheet = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object v = rows[r][c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                } else if (v instanceof String s) {
                    cell.setCellValue(s);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateStyle);
                } else if (v instanceof LocalDateTime d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(dateTimeStyle);
                } else if (v instanceof ChineseDate d) {
                    cell.setCellValue(d.date());
                    cell.setCellStyle(customDateStyle);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    throw new IllegalArgumentException(String.valueOf(v));
                }
            }
        }
        return this;
    }

    /** Merges ranges of the last sheet added, as a spreadsheet program does ({@code "A1:F1"}). */
    Workbooks merged(String... ranges) {
        for (String range : ranges) {
            last().addMergedRegion(CellRangeAddress.valueOf(range));
        }
        return this;
    }

    Sheet last() {
        return wb.getSheetAt(wb.getNumberOfSheets() - 1);
    }

    /** Hides the sheet at this index, as a user hides a tab. */
    Workbooks hidden(int index) {
        wb.setSheetHidden(index, true);
        return this;
    }

    Path write(Path file) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    static Object[] row(Object... cells) {
        return cells;
    }
}

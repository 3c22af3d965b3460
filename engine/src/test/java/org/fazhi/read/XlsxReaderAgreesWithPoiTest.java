package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader against POI's own model of the same workbook, cell by cell: a workbook as
 * Excel-like writers save it (shared strings, rich text, styles, formulas with cached values,
 * errors, gaps) must read the same kind and value either way.
 */
class XlsxReaderAgreesWithPoiTest {
    @TempDir
    Path dir;

    private static final String[] TEXTS = {"昆明市市场监督管理局", "  ", "C-0001", "是", "2025年3月1日", "a&b<c>", "100"};

    @Test
    void everyCellReadsAsPoiSeesIt() throws Exception {
        Path file = dir.resolve("poi.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }

        List<List<String>> streamed = new ArrayList<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file);
                InputStream in = workbook.open(workbook.sheets().get(0))) {
            workbook.sheetReader().read(in, row -> streamed.add(cells(row)));
        }
        assertThat(streamed).isEqualTo(asPoiSeesIt(file));
    }

    private static void fill(XSSFWorkbook wb) {
        Sheet sheet = wb.createSheet("cases");
        CellStyle isoDate = wb.createCellStyle();
        isoDate.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle builtInDate = wb.createCellStyle();
        builtInDate.setDataFormat((short) 14);
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        Random random = new Random(7);
        for (int r = 0; r < 60; r++) {
            if (r % 13 == 5) {
                continue; // a row left out altogether
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < 9; c++) {
                if (random.nextInt(6) == 0) {
                    continue; // a cell left out
                }
                Cell cell = row.createCell(c);
                switch (random.nextInt(10)) {
                    case 0 -> cell.setCellValue(TEXTS[random.nextInt(TEXTS.length)]);
                    case 1 -> {
                        XSSFRichTextString rich = new XSSFRichTextString("罚款" + r + "元");
                        rich.applyFont(0, 2, bold);
                        cell.setCellValue(rich);
                    }
                    case 2 -> cell.setCellValue(random.nextInt(2_000_000) / 100.0);
                    case 3 -> {
                        cell.setCellValue(45_000 + random.nextInt(1000));
                        cell.setCellStyle(random.nextBoolean() ? isoDate : builtInDate);
                    }
                    case 4 -> {
                        cell.setCellValue(random.nextInt(100_000));
                        cell.setCellStyle(money);
                    }
                    case 5 -> cell.setCellValue(random.nextBoolean());
                    case 6 -> cell.setCellFormula("\"甲\"&\"乙\"");
                    case 7 -> cell.setCellFormula(r + "*2");
                    case 8 -> cell.setCellErrorValue(FormulaError.NA.getCode());
                    default -> cell.setCellStyle(money); // styled but empty
                }
            }
        }
    }

    private static List<String> cells(RowView row) {
        List<String> cells = new ArrayList<>(List.of("row " + row.number()));
        for (int c = 0; c < row.width(); c++) {
            RowView.CellKind kind = row.kind(c);
            String text = row.text(c);
            boolean numeric = kind == RowView.CellKind.NUMBER || kind == RowView.CellKind.DATE;
            cells.add(kind == RowView.CellKind.BLANK ? "BLANK"
                    : kind + " " + (numeric ? String.valueOf(Double.parseDouble(text)) : text));
        }
        return cells;
    }

    private static List<List<String>> asPoiSeesIt(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            for (Row row : wb.getSheetAt(0)) {
                List<String> cells = new ArrayList<>(List.of("row " + (row.getRowNum() + 1)));
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(asPoiSeesIt(row.getCell(c)));
                }
                // the streaming reader ends a row at its last cell that holds something
                while (cells.size() > 1 && cells.get(cells.size() - 1).equals("BLANK")) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String asPoiSeesIt(Cell cell) {
        if (cell == null) {
            return "BLANK";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> Text.isBlank(cell.getStringCellValue()) ? "BLANK" : "TEXT " + cell.getStringCellValue();
            case NUMERIC -> (DateUtil.isCellDateFormatted(cell) ? "DATE " : "NUMBER ") + cell.getNumericCellValue();
            case BOOLEAN -> "BOOL " + (cell.getBooleanCellValue() ? "1" : "0");
            case ERROR -> "TEXT " + FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "BLANK";
        };
    }
}

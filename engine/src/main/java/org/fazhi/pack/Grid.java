package org.fazhi.pack;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * One worksheet of a rule workbook as text cells. A number cell is its plain value whatever its
 * display format ({@code #,##0} shows 12,000 and counts as 12000), a date cell its ISO date, a
 * formula its cached value; a formula saved without one (written by a program, never opened in
 * Excel) is blank here and listed by {@link #unsavedFormulas}, never read as 0. A merged cell counts
 * for every cell it covers, whether or not the covered cells are present in the file: the covered cells get the merged value, and
 * {@link #mergedStart} says where the merge begins, as Drools' own reader does.
 */
final class Grid {
    private final String name;
    private final Map<Long, String> text = new HashMap<>();
    private final Map<Long, Boolean> numbers = new HashMap<>();
    private final Map<Long, CellRangeAddress> merges = new HashMap<>();
    private final Map<String, String> unsavedFormulas = new LinkedHashMap<>();
    private int rows;
    private int columns;

    Grid(Sheet sheet) {
        this.name = sheet.getSheetName();
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            for (Cell cell : row) {
                put(cell.getRowIndex(), cell.getColumnIndex(), cell, formatter);
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            String value = text(region.getFirstRow(), region.getFirstColumn());
            boolean number = isNumber(region.getFirstRow(), region.getFirstColumn());
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    merges.put(key(r, c), region);
                    if (!value.isEmpty()) {
                        text.put(key(r, c), value);
                        numbers.put(key(r, c), number);
                    }
                }
            }
            rows = Math.max(rows, region.getLastRow() + 1);
            columns = Math.max(columns, region.getLastColumn() + 1);
        }
    }

    private void put(int r, int c, Cell cell, DataFormatter formatter) {
        if (isUnsavedFormula(cell)) {
            unsavedFormulas.put(cell(r, c), cell.getCellFormula());
            return;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value;
        boolean number = false;
        switch (type) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    value = cell.getLocalDateTimeCellValue().toLocalDate().toString();
                } else {
                    value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                    number = true;
                }
            }
            case STRING -> value = cell.getRichStringCellValue().getString();
            case BOOLEAN -> value = cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> value = formatter.formatCellValue(cell);
        }
        value = value == null ? "" : value.strip();
        if (!value.isEmpty()) {
            text.put(key(r, c), value);
            numbers.put(key(r, c), number);
            rows = Math.max(rows, r + 1);
            columns = Math.max(columns, c + 1);
        }
    }

    /**
     * A formula without a result: no {@code <v>} at all (POI, most generators), or an empty one on a
     * number cell (openpyxl writes {@code <v/>}), which POI would read as 0. An empty text result
     * ({@code =""}) is a saved result.
     */
    private static boolean isUnsavedFormula(Cell cell) {
        if (cell.getCellType() != CellType.FORMULA || !(cell instanceof XSSFCell xssf)) {
            return false;
        }
        return !xssf.getCTCell().isSetV()
                || xssf.getCTCell().getV().isEmpty() && cell.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    String name() {
        return name;
    }

    int rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** Cell → formula (without {@code =}) of the formulas saved without their result. */
    Map<String, String> unsavedFormulas() {
        return unsavedFormulas;
    }

    /** The cell's text, {@code ""} when blank. */
    String text(int r, int c) {
        return text.getOrDefault(key(r, c), "");
    }

    void set(int r, int c, String value) {
        text.put(key(r, c), value);
    }

    boolean isNumber(int r, int c) {
        return numbers.getOrDefault(key(r, c), false);
    }

    /** The first column of the merged region holding the cell, or -1 when it is not merged. */
    int mergedStart(int r, int c) {
        CellRangeAddress region = merges.get(key(r, c));
        return region == null ? -1 : region.getFirstColumn();
    }

    /** The merged region holding the cell, or null. */
    CellRangeAddress merge(int r, int c) {
        return merges.get(key(r, c));
    }

    /** The first of the first ten rows with a cell reading exactly {@code name}, or -1: a sheet's header row. */
    int headerRow(String name) {
        for (int r = 0; r < Math.min(rows, 10); r++) {
            for (int c = 0; c < columns; c++) {
                if (text(r, c).equals(name)) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** The cell's name as Excel shows it ({@code C10}). */
    static String cell(int r, int c) {
        return new CellReference(r, c).formatAsString(false);
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}

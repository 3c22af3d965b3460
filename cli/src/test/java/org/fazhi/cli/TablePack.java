package org.fazhi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A rule pack written as text, one line per row, cells split by {@code ¦}:
 * {@code sheet¦名称}, {@code row¦N¦A¦B…} (empty: no cell), {@code cell¦B9¦v}, {@code merge¦B5:F5}.
 * A value {@code #50000} is a number cell ({@code #45658|yyyy-mm-dd} with a format), {@code @2025-01-01}
 * a date cell, {@code =25000*2} a formula without a cached value ({@code =25000*2<v/>} with an empty one,
 * as openpyxl writes it), {@code ==25000*2|50000} one with it;
 * anything else a text cell.
 */
final class TablePack {
    private TablePack() {
    }

    /** {@code rules test} of the pack written into {@code dir}, as of 2025-12-31. */
    static Cli.Result test(Path dir, String spec) throws IOException {
        return run(dir, spec, "rules", "test", "{pack}", "--as-of", "2025-12-31");
    }

    /** fazhi with these arguments, {@code {pack}} standing for the pack written into {@code dir}. */
    static Cli.Result run(Path dir, String spec, String... args) throws IOException {
        Path pack = dir.resolve("pack" + System.nanoTime());
        write(pack, spec);
        String[] actual = args.clone();
        for (int i = 0; i < actual.length; i++) {
            actual[i] = actual[i].replace("{pack}", pack.toString());
        }
        return Cli.cachingIn(dir).run(actual);
    }

    static void write(Path dir, String spec) throws IOException {
        write(dir, spec, "规则.drl.xlsx");
    }

    /** The pack's workbook under this name, in Excel 97–2003's format when it ends in {@code .xls}. */
    static void write(Path dir, String spec, String fileName) throws IOException {
        Files.createDirectories(dir);
        try (Workbook workbook = fileName.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(dir.resolve(fileName))) {
            Sheet sheet = null;
            for (String line : spec.strip().split("\n")) {
                String[] t = line.strip().split("¦", -1);
                switch (t[0]) {
                    case "sheet" -> sheet = workbook.createSheet(t[1]);
                    case "row" -> {
                        for (int i = 2; i < t.length; i++) {
                            if (!t[i].isEmpty()) {
                                set(workbook, cell(sheet, Integer.parseInt(t[1]) - 1, i - 2), t[i]);
                            }
                        }
                    }
                    case "cell" -> {
                        CellReference ref = new CellReference(t[1]);
                        set(workbook, cell(sheet, ref.getRow(), ref.getCol()), t[2]);
                    }
                    case "merge" -> sheet.addMergedRegion(CellRangeAddress.valueOf(t[1]));
                    default -> throw new IllegalArgumentException(line);
                }
            }
            workbook.write(out);
        }
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    private static void set(Workbook workbook, Cell cell, String v) {
        if (v.startsWith("#")) {
            String[] p = v.substring(1).split("\\|", 2);
            cell.setCellValue(Double.parseDouble(p[0]));
            if (p.length > 1) {
                cell.setCellStyle(style(workbook, p[1]));
            }
        } else if (v.startsWith("@")) {
            cell.setCellValue(LocalDate.parse(v.substring(1)));
            cell.setCellStyle(style(workbook, "yyyy-mm-dd"));
        } else if (v.startsWith("==")) {
            String[] p = v.substring(2).split("\\|", 2);
            cell.setCellFormula(p[0]);
            cell.setCellValue(Double.parseDouble(p[1]));
        } else if (v.startsWith("=") && v.endsWith("<v/>")) {
            cell.setCellFormula(v.substring(1, v.length() - 4));
            ((XSSFCell) cell).getCTCell().setV("");
        } else if (v.startsWith("=")) {
            cell.setCellFormula(v.substring(1));
        } else {
            cell.setCellValue(v);
        }
    }

    private static CellStyle style(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}

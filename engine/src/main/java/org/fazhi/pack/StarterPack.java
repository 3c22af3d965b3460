package org.fazhi.pack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;

/**
 * {@code fazhi rules new DIR}: a starter pack a legal officer can copy and change — a decision
 * table in Chinese over penalty cases (Drools' technical rows grouped and hidden, the condition
 * columns named by Chinese headers, drop-downs for yes/no and enumerated values), its 规则目录 and 用例 sheets, a
 * pack.yaml and a README. {@code fazhi rules test DIR} passes on it as written.
 */
public final class StarterPack {
    public static final String WORKBOOK = "规则.drl.xlsx";
    private static final String README = "README.md";

    private StarterPack() {
    }

    /** Writes the pack; an existing file of the same name is not overwritten. */
    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path workbook = dir.resolve(WORKBOOK);
        Path manifest = dir.resolve(PackReader.MANIFEST);
        Path readme = dir.resolve(README);
        for (Path file : List.of(workbook, manifest, readme)) {
            if (Files.exists(file)) {
                throw new java.nio.file.FileAlreadyExistsException(file.toString());
            }
        }
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Styles styles = new Styles(book);
            table(book.createSheet("裁量基准"), styles);
            rows(book.createSheet(CatalogueSheet.NAME), styles, List.of(
                    List.of("编号", "级别", "记录类型", "标题", "问题说明", "条款", "条款原文", "法律依据", "英文标题", "英文说明"),
                    List.of("USR-001", "警告", "行政处罚案件", "罚款金额超出裁量基准上限", "罚款金额为{罚款金额}元，超过本基准的上限",
                            "第三条", "罚款金额不得超过本基准规定的上限", "行政处罚法 第34条", "Fine above the benchmark's ceiling",
                            "The fine of {罚款金额} exceeds the benchmark's ceiling"),
                    List.of("USR-002", "错误", "行政处罚案件", "首违轻微仍予罚款", "初次违法且危害后果轻微并及时改正，仍罚款{罚款金额}元",
                            "第五条", "初次违法且危害后果轻微并及时改正的，可以不予行政处罚", "行政处罚法 第33条",
                            "Fine for a minor first offence", "A minor first offence, corrected, was fined {罚款金额}")));
            rows(book.createSheet(CaseSheet.NAME), styles, List.of(
                    List.of("用例名称", "记录类型", "执法机关", "立案日期", "当事人类型", "罚款金额", "初次违法且危害后果轻微", "及时改正",
                            "应有问题", "不应有问题"),
                    List.of("罚款超过上限", "行政处罚案件", "示例市市场监督管理局", "2025-03-01", "法人", "80000", "否", "否",
                            "USR-001", "USR-002"),
                    List.of("自然人罚款超过上限", "行政处罚案件", "示例市市场监督管理局", "2025-03-01", "自然人", "30000", "否", "否",
                            "USR-001", ""),
                    List.of("首违轻微已改正仍罚款", "行政处罚案件", "示例市市场监督管理局", "2025-03-01", "法人", "2000", "是", "是",
                            "USR-002", "USR-001"),
                    List.of("罚款在上限以内", "行政处罚案件", "示例市市场监督管理局", "2025-03-01", "法人", "3000", "否", "否", "无", "")));
            book.write(out);
        }
        Files.writeString(manifest, """
                name: 示例规则包
                title: {zh: 示例裁量基准, en: Sample discretion benchmark}
                plan: 示例市市场监管行政处罚裁量基准
                version: "1"
                """, StandardCharsets.UTF_8);
        Files.writeString(readme, README_TEXT, StandardCharsets.UTF_8);
        return List.of(workbook, manifest, readme);
    }

    private static void table(Sheet sheet, Styles styles) {
        String[][] rows = {
            {"RuleSet", "示例规则包"},
            {"Notes", "第 4–6 行为技术行（已折叠，点左侧 + 展开）；从第 8 行起每行一条规则，空白格表示不限"},
            {"RuleTable 罚款裁量基准"},
            {"NAME", "CONDITION", "CONDITION", "CONDITION", "CONDITION", "ACTION"},
            {"", "$c : 行政处罚案件", "", "", "", ""},
            {"", "「罚款金额」 > $param", "「当事人类型」 == $param", "「初次违法且危害后果轻微」 == $param",
                "「及时改正」 == $param", "报告(\"$param\")"},
            {"规则说明", "罚款金额高于（元）", "当事人类型", "初次违法且危害后果轻微", "及时改正", "规则编号"},
            {"罚款超过上限", "50000", "", "", "", "USR-001"},
            {"自然人罚款超过上限", "20000", "自然人", "", "", "USR-001"},
            {"首违轻微已改正仍罚款", "0", "", "是", "是", "USR-002"},
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                String value = rows[r][c];
                boolean number = r >= 7 && c == 1;
                if (number) {
                    row.createCell(c).setCellValue(Double.parseDouble(value));
                } else if (!value.isEmpty() || r == 4) {
                    row.createCell(c).setCellValue(value);
                }
                if (r >= 3 && r <= 5) {
                    row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellStyle(styles.technical);
                } else if (r == 6) {
                    row.getCell(c).setCellStyle(styles.header);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(4, 4, 1, 4));
        sheet.groupRow(3, 5);
        sheet.setRowGroupCollapsed(3, true);
        dropDowns(sheet, rows[5]);
        int[] widths = {22, 20, 22, 30, 20, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        printable(sheet);
    }

    /** A drop-down of the accepted words under every condition on a yes/no or enumerated field. */
    private static void dropDowns(Sheet sheet, String[] code) {
        RecordType type = ModelNames.type("case").orElseThrow();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 1; c < code.length; c++) {
            Snippet snippet = Snippet.of(code[c], type);
            if (snippet.fields().isEmpty()) {
                continue;
            }
            FieldSpec field = snippet.fields().get(0);
            List<String> words = field.type() == FieldType.BOOL ? List.of("是", "否")
                    : field.type() == FieldType.ENUM ? field.words() : List.of();
            if (!words.isEmpty()) {
                DataValidation list = helper.createValidation(
                        helper.createExplicitListConstraint(words.toArray(String[]::new)),
                        new CellRangeAddressList(7, 200, c, c));
                list.setShowErrorBox(true);
                sheet.addValidationData(list);
            }
        }
    }

    /** Printed as it is seen: landscape, one page wide, with grid lines. */
    private static void printable(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setPrintGridlines(true);
    }

    private static void rows(Sheet sheet, Styles styles, List<List<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
                if (r == 0) {
                    row.getCell(c).setCellStyle(styles.header);
                }
                sheet.setColumnWidth(c, 18 * 256);
            }
        }
        sheet.createFreezePane(0, 1);
        printable(sheet);
    }

    /** The two looks of the starter workbook: headers in bold, technical rows in grey. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle technical;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            technical = book.createCellStyle();
            technical.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            technical.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }

    private static final String README_TEXT = """
            # 示例规则包

            这是 `fazhi rules new` 生成的规则包，可以直接复制修改。

            - `规则.drl.xlsx`：
              - 「裁量基准」工作表是一张 Drools 决策表：第 8 行起每行是一条规则，空白格表示“不限”。
                第 4–6 行是技术行（列类型、记录类型、条件代码），已折叠隐藏，点左侧的 + 可展开。
              - 「规则目录」工作表：每个规则编号一行（级别、标题、问题说明、条款、法律依据）。
              - 「用例」工作表：每行一条示例记录和它应报告的问题编号（没有写“无”）。
            - `pack.yaml`：规则包的名称、所依据的文件、版本。

            常用命令：

            ```sh
            fazhi rules test 本目录            # 运行「用例」，全部通过时退出码为 0
            fazhi check 台账.xlsx --rules 本目录  # 与内置规则一起检查台账
            fazhi rules --rules 本目录          # 列出全部规则（含本包）
            ```

            编写方法见 fazhi 的 docs/authoring.md。
            """;
}

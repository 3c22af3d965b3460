package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.render.xlsx.XlsxRenderer;
import org.fazhi.model.SourceRef;
import org.fazhi.report.FailOn;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.fazhi.render.present.DisplayWidth;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Untrusted;
import org.fazhi.report.AgencyFilter;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingTotals;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Gate;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRendererTest extends AbstractRendererTest {
    private static final List<String> ZH_SHEETS = List.of("概览", "问题清单", "规则", "数据问题", "说明");
    private static final List<String> EN_SHEETS = List.of("Summary", "Findings", "Rules", "Data quality", "ReadMe");

    @TempDir
    Path temp;

    /**
     * The contract's 40,000-character cell of one repeated word compresses a hundredfold, which
     * POI's reader takes for a zip bomb: the tests read their own workbooks, so they allow it.
     */
    @BeforeAll
    static void readOurOwnHighlyCompressedSheets() {
        ZipSecureFile.setMinInflateRatio(0.001);
    }

    @Override
    Renderer renderer() {
        return new XlsxRenderer();
    }

    @Override
    String readable(byte[] output) throws IOException {
        return Readers.xlsxText(output);
    }

    /** The cell of the finding's row on the findings sheet that holds exactly a status's words. */
    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) throws IOException {
        Labels labels = new Labels(lang, null);
        List<String> words = java.util.Arrays.stream(FindingStatus.values()).map(labels::status).toList();
        String lead = squeeze(lead(finding, lang));
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output))) {
            Sheet findings = workbook.getSheetAt(1);
            for (Row row : findings) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
                if (squeeze(String.join("", cells)).contains(lead)) {
                    return cells.stream().filter(words::contains).findFirst().orElse(null);
                }
            }
        }
        return null;
    }

    @Override
    boolean showsIndicators() {
        return true;
    }

    /**
     * No formula in any cell, no text a spreadsheet would take for one unless it is marked as text
     * (a quote prefix or a leading apostrophe), no cell beyond the limit, and a cut cell says so.
     */
    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String value = cell.getStringCellValue();
                        assertThat(value.length()).isLessThanOrEqualTo(Untrusted.CELL_LIMIT);
                        assertThat(value).doesNotContain("\u001b");
                        if (Untrusted.isFormulaLike(value)) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s!%s %s", sheet.getSheetName(),
                                    cell.getAddress(), value).isTrue();
                        }
                        if (value.startsWith("超长取值") || value.startsWith("A very long value")) {
                            // the marker, with the original length, ends the cut text
                            String marker = Messages.get(lang, "present.truncated", "0");
                            assertThat(value).contains(marker.substring(0, 3));
                        }
                    }
                }
            }
        }
    }

    // ---- sheets and labels

    @Test
    void sheetsInOrderWithLabelsInTheReportLanguage() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(ZH_SHEETS);
            assertThat(header(workbook.getSheet("问题清单"))).startsWith("级别", "执法单位", "问题类型", "规则编号", "记录编号",
                    "问题说明", "条款", "法律依据", "字段与取值", "状态", "文件", "工作表", "行");
            assertThat(header(workbook.getSheet("问题清单"))).doesNotContain("整改措施");
        }
        try (XSSFWorkbook workbook = open(report(), Lang.EN)) {
            assertThat(sheetNames(workbook)).containsExactlyElementsOf(EN_SHEETS);
            XSSFSheet findings = workbook.getSheet("Findings");
            assertThat(header(findings)).startsWith("Severity", "Agency", "Problem", "Rule ID", "Record ID",
                    "Message");
            int row = rowWith(findings, 4, "KM-2025-000123").getRowNum();
            assertThat(text(findings, row, 2)).isEqualTo("No collective discussion");
            assertThat(text(findings, row, 5)).startsWith("Penalty for a complex");
        }
    }

    @Test
    void aFindingRowHoldsEverythingAboutTheFindingInTheReadersWords() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            XSSFSheet sheet = workbook.getSheet("问题清单");
            int row = rowWith(sheet, 4, "KM-2025-000123").getRowNum();
            assertThat(text(sheet, row, 0)).isEqualTo("错误");
            assertThat(text(sheet, row, 1)).isEqualTo("昆明市市场监督管理局");
            assertThat(text(sheet, row, 2)).isEqualTo("未经集体讨论");
            assertThat(text(sheet, row, 3)).isEqualTo("ENF-001");
            assertThat(text(sheet, row, 5)).startsWith("情节复杂或重大违法行为");
            assertThat(text(sheet, row, 6)).isEqualTo("二(四)2");
            assertThat(text(sheet, row, 7)).isEqualTo("行政处罚法 第57条");
            assertThat(text(sheet, row, 8)).contains("「处罚决定日期」2025-03-02").doesNotContain("decision_date");
            assertThat(text(sheet, row, 9)).isEqualTo(new Labels(Lang.ZH, null).status(FindingStatus.COUNTED));
            assertThat(text(sheet, row, 10)).isEqualTo("exports/2025.xlsx");
            assertThat(text(sheet, row, 11)).isEqualTo("行政处罚案件");
            assertThat(sheet.getRow(row).getCell(12).getNumericCellValue()).isEqualTo(57);
            int waived = rowWith(sheet, 4, "53010001").getRowNum();
            // An info finding under an error gate is below it, waived or not (FindingStatus).
            assertThat(text(sheet, waived, 9)).isEqualTo(new Labels(Lang.ZH, null).status(FindingStatus.BELOW_GATE));
            assertThat(text(sheet, waived, 14)).isEqualTo("换证中（批准人 法制科，有效至 2026-03-31）");
            int group = rowWith(sheet, 4, "昆明市市场监督管理局/食品药品").getRowNum();
            assertThat(text(sheet, group, 13)).isEqualTo("KM-1（第 60 行）、KM-2（第 61 行）");
        }
    }

    @Test
    void findingsAreSortedByAgencyThenSeverityThenSource() throws IOException {
        List<Finding> findings = List.of(
                finding("ENF-001", Severity.WARNING, "A-2", "a.csv", "x", "昆明市市场监督管理局", 5),
                finding("ENF-001", Severity.ERROR, "A-3", "a.csv", "x", "昆明市市场监督管理局", 9),
                finding("ENF-001", Severity.ERROR, "A-1", "a.csv", "x", "昆明市市场监督管理局", 7),
                finding("ENF-001", Severity.ERROR, "N-1", "a.csv", "x", null, 2),
                finding("ENF-001", Severity.INFO, "B-1", "a.csv", "x", "安宁市交通运输局", 3));
        try (XSSFWorkbook workbook = open(withFindings(findings), Lang.ZH)) {
            XSSFSheet sheet = workbook.getSheet("问题清单");
            List<String> ids = new ArrayList<>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                ids.add(text(sheet, row, 4));
            }
            // 安宁 (an) before 昆明 (kun) as a Chinese reader sorts; errors first; rows in order; no agency last.
            assertThat(ids).containsExactly("B-1", "A-1", "A-3", "A-2", "N-1");
            assertThat(text(sheet, 5, 1)).isEqualTo("（未填写单位）");
        }
    }

    // ---- findings sheet formatting

    @Test
    void headerAndFirstFourColumnsAreFrozenTheFilterCoversTheTableAndTheMessageWraps() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            XSSFSheet sheet = workbook.getSheet("问题清单");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 4);
            CellRangeAddress filter = CellRangeAddress.valueOf(sheet.getCTWorksheet().getAutoFilter().getRef());
            assertThat(filter.getFirstRow()).isZero();
            assertThat(filter.getLastRow()).isEqualTo(sheet.getLastRowNum());
            assertThat(filter.getLastColumn()).isEqualTo(sheet.getRow(0).getLastCellNum() - 1);
            assertThat(sheet.getColumnWidth(5) / 256).isEqualTo(80);
            assertThat(sheet.getRow(1).getCell(5).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void everyHeaderWordAndEveryStatusFitsItsColumnOrWrapsInATallerRow() throws IOException {
        for (Lang lang : Lang.values()) {
            try (XSSFWorkbook workbook = open(report(), lang)) {
                XSSFSheet sheet = workbook.getSheet(lang == Lang.ZH ? "问题清单" : "Findings");
                for (Cell header : sheet.getRow(0)) {
                    for (String word : header.getStringCellValue().split(" ")) {
                        assertThat(DisplayWidth.of(word)).as(word)
                                .isLessThan(sheet.getColumnWidth(header.getColumnIndex()) / 256);
                    }
                }
                String below = new Labels(lang, null).status(FindingStatus.BELOW_GATE);
                Row row = rowWith(sheet, 9, below);
                if (DisplayWidth.of(below) > sheet.getColumnWidth(9) / 256) {
                    assertThat(row.getCell(9).getCellStyle().getWrapText()).as(below).isTrue();
                    assertThat(row.getHeightInPoints()).as(below).isGreaterThanOrEqualTo(2 * 15f);
                }
            }
        }
    }

    @Test
    void severitiesHaveTheirColours() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            XSSFSheet sheet = workbook.getSheet("问题清单");
            assertThat(fill(rowWith(sheet, 0, "错误").getCell(0))).isEqualTo("FFC7CE");
            assertThat(fill(rowWith(sheet, 0, "警告").getCell(0))).isEqualTo("FFEB9C");
            assertThat(fill(rowWith(sheet, 0, "提示").getCell(0))).isEqualTo("DDEBF7");
        }
    }

    @Test
    void theFileCellLinksToTheSourceFileRelativeToTheReport() throws IOException {
        Path exports = Files.createDirectories(temp.resolve("exports"));
        Path export = Files.writeString(exports.resolve("案件 2025.csv"), "case_id\n1\n");
        Path reports = Files.createDirectories(temp.resolve("reports"));
        Finding onDisk = finding("ENF-001", Severity.ERROR, "KM-1", export.toString(), "x");
        Finding sameFile = finding("ENF-020", Severity.ERROR, "KM-3", export.toString(), "z");
        Finding gone = finding("ENF-001", Severity.WARNING, "KM-2", temp.resolve("gone.csv").toString(), "y");
        Report report = withFindings(List.of(onDisk, sameFile, gone));
        RenderOptions options = plain(Lang.ZH).writtenTo(reports.resolve("fazhi-report.xlsx"));
        try (XSSFWorkbook workbook = open(report, options)) {
            XSSFSheet sheet = workbook.getSheet("问题清单");
            for (int row : new int[] {1, 2}) {
                XSSFCell linked = sheet.getRow(row).getCell(10);
                assertThat(linked.getStringCellValue()).isEqualTo(export.toString());
                assertThat(linked.getHyperlink()).isNotNull();
                assertThat(linked.getHyperlink().getAddress()).isEqualTo("../exports/案件%202025.csv");
            }
            // Consecutive rows of one file share one hyperlink over their range.
            assertThat(sheet.getHyperlinkList()).hasSize(1);
            assertThat(sheet.getHyperlinkList().get(0).getCellRef()).isEqualTo("K2:K3");
            assertThat(sheet.getRow(3).getCell(10).getHyperlink()).isNull();
        }
        try (XSSFWorkbook workbook = open(report, Lang.ZH)) {
            assertThat(workbook.getSheet("问题清单").getHyperlinkList()).as("no place, no link").isEmpty();
        }
    }

    // ---- untrusted text

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+A1", "@SUM(A1:A9)", "=1+1");
        List<Finding> findings = new ArrayList<>();
        for (String text : hostile) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("party_name", text);
            findings.add(new Finding("DQ-001", Severity.ERROR, "case", text, text,
                    new SourceRef(text, text, 2), fields, text, text, text, text, List.of(), null));
        }
        try (XSSFWorkbook workbook = open(withFindings(findings), Lang.EN)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            XSSFSheet sheet = workbook.getSheet("Findings");
            for (int row = 1; row <= hostile.size(); row++) {
                for (int column : new int[] {1, 4, 5, 6, 10, 11}) {
                    String shown = text(sheet, row, column);
                    assertThat(Untrusted.isFormulaLike(shown)).as(shown).isFalse();
                    assertThat(hostile).anyMatch(shown::endsWith);
                }
            }
        }
    }

    // ---- 概览

    @Test
    void theOverviewOpensWithTheSentenceAndTheAgenciesRankedByErrors() throws IOException {
        try (XSSFWorkbook workbook = open(ranked(), Lang.ZH)) {
            XSSFSheet summary = workbook.getSheet("概览");
            assertThat(text(summary, 1, 0)).isEqualTo("检查 1,285 条记录（行政处罚案件 1,200、执法人员 85），"
                    + "发现问题 4 条（错误 2、警告 1、提示 1），涉及 3 个单位；3 项指标中 1 项未达标。");
            Row header = rowWith(summary, 0, "执法单位");
            assertThat(cells(header)).containsExactly("执法单位", "检查记录数", "错误", "警告", "每百条记录错误数", "未达标指标数");
            Row first = summary.getRow(header.getRowNum() + 1);
            Row second = summary.getRow(header.getRowNum() + 2);
            Row third = summary.getRow(header.getRowNum() + 3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("昆明市交通运输局");
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(100);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2.0);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(1);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("昆明市市场监督管理局");
            assertThat(second.getCell(4).getNumericCellValue()).isZero();
            assertThat(third.getCell(0).getStringCellValue()).isEqualTo("昆明市司法局");
            assertThat(third.getCell(1).getNumericCellValue()).isEqualTo(85);
        }
    }

    @Test
    void theGridHasTheWholeFirstAndEveryIndicatorOncePerAgencyColouredByAttainment() throws IOException {
        try (XSSFWorkbook workbook = open(ranked(), Lang.ZH)) {
            XSSFSheet summary = workbook.getSheet("概览");
            Row header = rowWith(summary, 1, "IND-04");
            assertThat(text(summary, header.getRowNum(), 2)).startsWith("IND-05");
            assertThat(text(summary, header.getRowNum(), 3)).startsWith("IND-06").contains("100.0%");
            Row whole = summary.getRow(header.getRowNum() + 1);
            assertThat(whole.getCell(0).getStringCellValue()).isEqualTo("全部单位（合计）");
            assertThat(whole.getCell(1).getNumericCellValue()).isEqualTo(0.974);
            assertThat(whole.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(fill(whole.getCell(1))).isEqualTo("C6EFCE");
            assertThat(whole.getCell(2).getStringCellValue()).isEqualTo("无数据");
            // 2,499 / 2,500 against 100%: 99.9%, never 100.0% beside 未达标.
            assertThat(whole.getCell(3).getNumericCellValue()).isEqualTo(0.999);
            assertThat(fill(whole.getCell(3))).isEqualTo("FFC7CE");
            Row transport = rowWith(summary, 0, "昆明市交通运输局", header.getRowNum());
            assertThat(transport.getCell(1).getNumericCellValue()).isEqualTo(0.9);
            assertThat(fill(transport.getCell(1))).isEqualTo("FFC7CE");
            assertThat(transport.getCell(3).getStringCellValue()).isEqualTo("无数据");
            assertThat(rowsWith(summary, 0, "昆明市市场监督管理局")).hasSize(2);  // ranking and grid
            // what the whole counts and leaves blank: a thin export cannot look perfect
            Row counted = rowWith(summary, 0, "计入 / 未填报（合计）", header.getRowNum());
            assertThat(counted.getCell(1).getStringCellValue()).isEqualTo("1,169/1,200\n已填报 1,200\n未填报 0");
            assertThat(counted.getCell(2).getStringCellValue()).as("no data: nothing counted")
                    .isEqualTo("0/0\n已填报 0\n未填报 0");
        }
    }

    @Test
    void aNameLongerThanItsColumnWrapsInATallerRowInTheRankingTheGridAndTheAgencysOwnWorkbook()
            throws IOException {
        String longName = "云南省昆明市市场监督管理局综合行政执法支队第三大队食品药品安全与特种设备稽查分队（挂执法监督科牌子）";
        Report report = withAgency(longName);
        try (XSSFWorkbook workbook = open(report, Lang.ZH)) {
            List<Row> rows = rowsWith(workbook.getSheet("概览"), 0, longName);
            assertThat(rows).hasSize(2);  // ranking and grid
            rows.forEach(XlsxRendererTest::assertWrapsOnSeveralLines);
        }
        byte[] own = render(XlsxRenderer.forAgency(), new AgencyFilter(Set.of(longName)).apply(report), Lang.ZH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(own))) {
            assertWrapsOnSeveralLines(rowWith(workbook.getSheet("概览"), 0, longName, 1));
        }
    }

    /** The report of {@link #ranked()} with its first agency under another name. */
    private static Report withAgency(String name) {
        Report ranked = ranked();
        List<Finding> findings = new ArrayList<>();
        for (Finding f : ranked.findings()) {
            findings.add("昆明市交通运输局".equals(f.agency()) ? new Finding(f.ruleId(), f.severity(), f.recordType(),
                    f.recordId(), name, f.source(), f.fields(), f.clause(), f.basis(), f.message(), f.messageEn(),
                    f.related(), f.suppression()) : f);
        }
        Map<String, Map<String, Integer>> byAgency = new TreeMap<>(ranked.summary().byAgency());
        byAgency.put(name, byAgency.remove("昆明市交通运输局"));
        Summary s = withFindings(findings).summary();
        return new Report(ranked.schema(), ranked.tool(), ranked.asOf(), ranked.parameters(), ranked.inputs(),
                new Summary(s.records(), s.findings(), s.byRule(), s.gate(), s.skippedRules(), s.notes(), byAgency),
                ranked.indicators(), null, findings);
    }

    /** The row's first cell wraps, and the row is tall enough for more than one line. */
    private static void assertWrapsOnSeveralLines(Row row) {
        assertThat(row.getCell(0).getCellStyle().getWrapText()).as("wraps").isTrue();
        assertThat(row.getHeightInPoints()).as("row height").isGreaterThanOrEqualTo(2 * 15f);
    }

    @Test
    void theMostFrequentProblemsAreNamedAndTheChartDrawsErrorsByAgencyInItsOwnColour() throws IOException {
        try (XSSFWorkbook workbook = open(ranked(), Lang.ZH)) {
            XSSFSheet summary = workbook.getSheet("概览");
            Row problems = rowWith(summary, 0, "问题类型");
            assertThat(cells(problems)).containsExactly("问题类型", "问题数", "规则编号", "涉及单位数");
            Row top = summary.getRow(problems.getRowNum() + 1);
            assertThat(top.getCell(0).getStringCellValue()).isEqualTo("未经集体讨论");
            assertThat(top.getCell(1).getNumericCellValue()).isEqualTo(2);
            assertThat(top.getCell(3).getNumericCellValue()).isEqualTo(1);
            List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            String xml = charts.get(0).getCTChartSpace().xmlText();
            assertThat(xml).contains("<c:barDir val=\"bar\"/>").contains("<a:solidFill>")
                    .contains("C0392B").contains("$A$");
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("各单位错误数");
        }
    }

    @Test
    void theFilesTheGateAndThePerRuleCountsAreOnTheReadMeAndRulesSheets() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            XSSFSheet readMe = workbook.getSheet("说明");
            Row read = rowWith(readMe, 1, "行政处罚案件");
            assertThat(read.getCell(0).getStringCellValue()).isEqualTo("exports/2025.xlsx");
            assertThat(read.getCell(3).getNumericCellValue()).isEqualTo(1200);
            assertThat(read.getCell(5).getStringCellValue()).contains("备注");
            assertThat(rowWith(readMe, 1, "说明").getCell(5).getStringCellValue())
                    .isEqualTo("工作表名称和表头都无法识别，未读取");
            assertThat(rowStartingWith(readMe, "结论的判定标准").getCell(1).getStringCellValue())
                    .isEqualTo("有“错误”级别的问题即为未通过");
            assertThat(rowStartingWith(readMe, "检查日期").getCell(1).getStringCellValue()).isEqualTo("2025-12-31");
            assertThat(rowContaining(readMe, "SHA-256")).isNotNull();
            XSSFSheet rules = workbook.getSheet("规则");
            assertThat(rowStartingWith(rules, "ENF-001").getCell(8).getNumericCellValue()).isEqualTo(1);
            assertThat(rowStartingWith(rules, "service_deadline_workdays").getCell(1).getNumericCellValue())
                    .isEqualTo(7);
            assertThat(rowStartingWith(rules, "hearing_fine_org").getCell(1).getNumericCellValue())
                    .isEqualTo(100_000);
        }
    }

    @Test
    void aChineseWorkbookShowsNoFieldKeyOptionNameOrFormatName() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            for (Sheet sheet : workbook) {
                if (sheet.getSheetName().equals("规则")) {
                    continue;  // parameter names are what a params file is written with
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                    .doesNotContainPattern("--[a-z]|[a-z]+_[a-z]+|fazhi-report|xlsx\\.");
                        }
                    }
                }
            }
        }
    }

    @Test
    void dataProblemsAreGroupedByFileSheetRuleAndColumn() throws IOException {
        List<Finding> findings = new ArrayList<>(report().findings());
        for (int row = 2; row < 40; row++) {
            findings.add(new Finding("DQ-002", Severity.ERROR, "case", "KM-" + row, "昆明市市场监督管理局",
                    new SourceRef("exports/2025.xlsx", "行政处罚案件", row), Map.of("decision_date", "2025/13/1"),
                    "", "", "日期无法识别", "Not a date", List.of(), null));
        }
        findings.add(new Finding("DQ-004", Severity.WARNING, "case", "KM-9", "昆明市市场监督管理局",
                new SourceRef("exports/2025.xlsx", "行政处罚案件", 9), Map.of("service_date", ""), "", "",
                "判定字段为空", "Blank", List.of(), null));
        String order = "违法行为发生日期（2025-04-01）晚于立案日期（2025-03-25），时间顺序不可能。请对照纸质案卷核对两个日期，"
                + "填错的请更正；确实如此的，请说明原因。";
        findings.add(new Finding("DQ-006", Severity.WARNING, "case", "KM-10", "昆明市市场监督管理局",
                new SourceRef("exports/2025.xlsx", "行政处罚案件", 10), Map.of("violation_date", "2025-04-01"), "", "",
                order, order, List.of(), null));
        try (XSSFWorkbook workbook = open(withFindings(findings), Lang.ZH)) {
            XSSFSheet dq = workbook.getSheet("数据问题");
            assertThat(dq.getLastRowNum()).isEqualTo(3);
            Row dates = rowWith(dq, 3, "DQ-002");
            assertThat(dates.getCell(4).getStringCellValue()).isEqualTo("「处罚决定日期」");
            assertThat(dates.getCell(5).getNumericCellValue()).isEqualTo(38);
            assertThat(dates.getCell(6).getStringCellValue()).startsWith("2、3、4").endsWith("共 38 行");
            assertThat(rowWith(dq, 3, "DQ-004").getCell(5).getNumericCellValue()).isEqualTo(1);
            Row longMessage = rowWith(dq, 3, "DQ-006");
            assertThat(longMessage.getCell(7).getCellStyle().getWrapText()).isTrue();
            assertThat(longMessage.getHeightInPoints()).as("tall enough for the example's lines")
                    .isGreaterThanOrEqualTo(3 * 15f);
            assertThat(workbook.getSheet("问题清单").getLastRowNum()).isEqualTo(findings.size());
        }
    }

    // ---- printing

    @Test
    void everySheetPrintsLandscapeFittedToTheWidthWithAFooter() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            for (Sheet sheet : workbook) {
                XSSFSheet s = (XSSFSheet) sheet;
                assertThat(s.getPrintSetup().getLandscape()).as(s.getSheetName()).isTrue();
                assertThat(s.getFitToPage()).isTrue();
                assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(s.getPrintSetup().getFitHeight()).isZero();
                assertThat(s.getFooter().getLeft()).endsWith(s.getSheetName());
                assertThat(s.getFooter().getCenter()).contains("第 &P 页，共 &N 页");
                assertThat(s.getFooter().getRight()).endsWith("检查日期 2025-12-31");
            }
            assertThat(workbook.getSheet("问题清单").getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
            assertThat(workbook.getSheet("数据问题").getRepeatingRows()).isNotNull();
            assertThat(workbook.getPrintArea(1)).isEqualTo("问题清单!$A$1:$J$4");
            // a grid longer than a page keeps the indicators' names above its rows
            XSSFSheet summary = workbook.getSheet("概览");
            int gridHeader = rowWith(summary, 1, "IND-").getRowNum();
            assertThat(summary.getRepeatingRows()).isEqualTo(new CellRangeAddress(gridHeader, gridHeader, -1, -1));
        }
    }

    // ---- row cap

    @Test
    void findingsBeyondTheRowCapContinueOnAnotherSheetAndTheOverviewSaysSo() throws IOException {
        List<Finding> findings = new ArrayList<>(report().findings());
        findings.add(finding("DQ-002", Severity.ERROR, "KM-9", "exports/2025.xlsx", "a"));
        findings.add(finding("DQ-002", Severity.ERROR, "KM-10", "exports/2025.xlsx", "b"));
        byte[] bytes = render(new XlsxRenderer(2, false), withFindings(findings), Lang.ZH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(sheetNames(workbook)).containsExactly("概览", "问题清单", "问题清单 (2)", "问题清单 (3)", "规则",
                    "数据问题", "说明");
            assertThat(workbook.getSheet("问题清单").getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("问题清单 (3)").getLastRowNum()).isEqualTo(1);
            assertThat(text(workbook.getSheet("问题清单 (3)"), 0, 0)).isEqualTo("级别");
            assertThat(workbook.getSheet("问题清单 (3)").getPaneInformation().getVerticalSplitLeftColumn())
                    .isEqualTo((short) 4);
            assertThat(rowContaining(workbook.getSheet("概览"), "分 3 个工作表续写")).isNotNull();
            assertThat(rowContaining(workbook.getSheet("说明"), "已续写")).isNotNull();
        }
    }

    // ---- one agency's workbook

    @Test
    void anAgencysWorkbookHasTheRemedyColumnsBlankAndTheWholeBesideItsOwnValue() throws IOException {
        Report own = new AgencyFilter(Set.of("昆明市交通运输局")).apply(ranked());
        byte[] bytes = render(XlsxRenderer.forAgency(), own, Lang.ZH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet findings = workbook.getSheet("问题清单");
            assertThat(header(findings)).containsSubsequence("状态", "整改措施", "整改时限", "责任人", "整改情况", "文件");
            int first = header(findings).indexOf("整改措施");
            for (int row = 1; row <= findings.getLastRowNum(); row++) {
                assertThat(text(findings, row, 1)).isEqualTo("昆明市交通运输局");
                for (int column = first; column < first + 4; column++) {
                    Cell cell = findings.getRow(row).getCell(column);
                    assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
                }
            }
            assertThat(findings.getLastRowNum()).isEqualTo(2);
            XSSFSheet summary = workbook.getSheet("概览");
            assertThat(text(summary, 0, 0)).startsWith("昆明市交通运输局");
            assertThat(text(summary, 1, 0)).startsWith("检查 100 条记录").doesNotContain("涉及");
            Row whole = rowStartingWith(summary, "全部单位");
            assertThat(whole.getCell(1).getNumericCellValue()).isEqualTo(0.974);
            assertThat(summary.getRow(whole.getRowNum() + 1).getCell(1).getNumericCellValue()).isEqualTo(0.9);
            for (Sheet sheet : workbook) {
                assertThat(rowsContaining(sheet, "市场监督管理局")).as(sheet.getSheetName()).isEmpty();
            }
        }
    }

    // ---- a large report

    @Test
    void aHundredThousandFindingsAreWrittenToAFile() throws Exception {
        int n = 100_000;
        Report report = largeReport(n);
        Path file = temp.resolve("large.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new XlsxRenderer().render(report, plain(Lang.ZH), out);
        }
        Map<String, Integer> rows = countRows(file);
        // 数据问题 groups them: the DQ findings of one file, sheet, rule and column are one line.
        assertThat(rows).containsEntry("问题清单", n + 1).containsEntry("数据问题", 2);
    }

    /** A report of n findings, every tenth a DQ finding; also used to measure memory by hand. */
    static Report largeReport(int n) {
        return largeReport(n, "exports/2025.xlsx");
    }

    static Report largeReport(int n, String file) {
        Severity[] severities = Severity.values();
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String rule = i % 10 == 0 ? "DQ-002" : i % 3 == 0 ? "ENF-020" : "ENF-001";
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("case_id", "KM-2025-" + i);
            fields.put("decision_date", "2025-03-" + (1 + i % 28));
            findings.add(new Finding(rule, severities[i % 3], "case", "KM-2025-" + i, "单位" + (i % 50),
                    new SourceRef(file, "行政处罚案件", i + 2), fields, "二(四)2", "行政处罚法",
                    "第 " + i + " 号案件的处罚决定未经集体讨论", "Case " + i + " was decided without discussion",
                    List.of(), null));
        }
        return withFindings(findings);
    }

    /** Rows per sheet, read streaming (a user-model workbook of this size would not fit the test's heap). */
    private static Map<String, Integer> countRows(Path file) throws Exception {
        Map<String, Integer> rows = new TreeMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            XMLInputFactory factory = XMLInputFactory.newInstance();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLStreamReader xml = factory.createXMLStreamReader(in);
                    int count = 0;
                    while (xml.hasNext()) {
                        if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                            count++;
                        }
                    }
                    rows.put(sheets.getSheetName(), count);
                }
            }
        }
        return rows;
    }

    // ---- helpers

    private XSSFWorkbook open(Report report, Lang lang) throws IOException {
        return open(report, plain(lang));
    }

    private XSSFWorkbook open(Report report, RenderOptions options) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(render(report, options)));
    }

    /**
     * Findings of three agencies: 交通运输局 two errors in 100 records, 市场监督管理局 a warning in
     * 1,100, 司法局 a waived notice in its 85 officers.
     */
    static Report ranked() {
        Report base = report();
        List<Finding> findings = List.of(
                finding("ENF-001", Severity.ERROR, "T-1", "exports/2025.xlsx", "a", "昆明市交通运输局", 3),
                finding("ENF-001", Severity.ERROR, "T-2", "exports/2025.xlsx", "b", "昆明市交通运输局", 4),
                base.findings().get(1), base.findings().get(2));
        Map<String, Map<String, Integer>> byAgency = new TreeMap<>();
        byAgency.put("昆明市交通运输局", Map.of("case", 100));
        byAgency.put("昆明市市场监督管理局", Map.of("case", 1100));
        byAgency.put("昆明市司法局", Map.of("officer", 85));
        Report report = withFindings(findings);
        Summary s = report.summary();
        Summary summary = new Summary(s.records(), s.findings(), s.byRule(), s.gate(), s.skippedRules(), s.notes(),
                byAgency);
        return new Report(report.schema(), report.tool(), report.asOf(), report.parameters(), report.inputs(),
                summary, report.indicators(), null, findings);
    }

    private static byte[] render(Renderer renderer, Report report, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, plain(lang), out);
        return out.toByteArray();
    }

    private static Finding finding(String rule, Severity severity, String recordId, String file, String message) {
        return finding(rule, severity, recordId, file, message, "昆明市市场监督管理局", 2);
    }

    private static Finding finding(String rule, Severity severity, String recordId, String file, String message,
                                   String agency, int row) {
        return new Finding(rule, severity, "case", recordId, agency, new SourceRef(file, null, row),
                Map.of(), "二(四)2", "", message, message, List.of(), null);
    }

    /** The shared report with other findings, its summary recomputed from them. */
    static Report withFindings(List<Finding> findings) {
        Report base = report();
        FindingTotals totals = new FindingTotals();
        findings.forEach(totals::add);
        Summary summary = new Summary(base.summary().records(), totals.bySeverity(), totals.byRule(),
                Gate.of(FailOn.ERROR, findings), base.summary().skippedRules());
        return new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(), summary,
                base.indicators(), null, findings);
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static List<String> header(XSSFSheet sheet) {
        List<String> names = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> names.add(cell.getStringCellValue()));
        return names;
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        XSSFCell cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static String fill(Cell cell) {
        return HexFormat.of().withUpperCase().formatHex(
                ((XSSFCell) cell).getCellStyle().getFillForegroundXSSFColor().getRGB());
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        return rowWith(sheet, 0, text);
    }

    private static Row rowWith(Sheet sheet, int column, String text) {
        return rowWith(sheet, column, text, -1);
    }

    private static List<String> cells(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static List<Row> rowsWith(Sheet sheet, int column, String text) {
        List<Row> rows = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<Cell> rowsContaining(Sheet sheet, String text) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    cells.add(cell);
                }
            }
        }
        return cells;
    }

    /** The first row after {@code after} whose cell starts with the text. */
    private static Row rowWith(Sheet sheet, int column, String text, int after) {
        for (Row row : sheet) {
            if (row.getRowNum() <= after) {
                continue;
            }
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with '" + text + "' in column " + column + " of " + sheet.getSheetName());
    }

    private static Row rowContaining(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no cell containing '" + text + "' in " + sheet.getSheetName());
    }

}

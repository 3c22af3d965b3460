package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.i18n.Lang;
import org.fazhi.model.InputSummary;
import org.fazhi.model.SourceRef;
import org.fazhi.render.present.DisplayWidth;
import org.fazhi.render.present.Labels;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Indicator;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new ConsoleRenderer();
    }

    @Override
    String readable(byte[] output) {
        return new String(output, StandardCharsets.UTF_8);
    }

    /** The status words in the finding's entry (its head line and the lines that hang under it). */
    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) {
        List<String> lines = readable(output).lines().toList();
        String lead = squeeze(lead(finding, lang));
        for (int i = 0; i < lines.size(); i++) {
            if (!isHead(lines.get(i))) {
                continue;
            }
            StringBuilder entry = new StringBuilder(lines.get(i));
            for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("   "); j++) {
                entry.append(lines.get(j));
            }
            String squeezed = squeeze(entry.toString());
            if (squeezed.contains(lead)) {
                return statusIn(squeezed, lang);
            }
        }
        throw new AssertionError("no entry for " + lead);
    }

    private static boolean isHead(String line) {
        return line.startsWith("  ") && line.length() > 2 && !Character.isWhitespace(line.charAt(2));
    }

    /** The status words in a text: the ones that do not count first, as 不计入 holds 计入. */
    private static String statusIn(String text, Lang lang) {
        Labels labels = new Labels(lang, null);
        for (FindingStatus status : List.of(FindingStatus.BELOW_GATE, FindingStatus.BASELINED, FindingStatus.WAIVED)) {
            if (text.contains(squeeze(labels.status(status)))) {
                return labels.status(status);
            }
        }
        return null;
    }

    @Override
    boolean countedGoesWithoutSaying() {
        return true;
    }

    @Override
    boolean showsIndicators() {
        return true;
    }

    /** The console lists only the agencies short of a target. */
    @Override
    boolean showsAgencyValue(Indicator.ByAgency agency) {
        return Boolean.FALSE.equals(agency.met());
    }

    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) {
        String text = readable(output);
        assertThat(text).doesNotContain("\u001b").contains(ContractReport.FORMULA, ContractReport.SCRIPT, "\u241b[31m");
        assertThat(squeeze(text)).contains(ContractReport.LONG_VALUE);
    }

    @Test
    void summaryRowsSkippedAndASheetLackingRequiredColumnsAreShownInBothLanguages() throws IOException {
        Report base = report();
        Report report = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), List.of(
                new InputSummary("a.xlsx", "案件", "case", 6, 1, new InputSummary.SkippedRows(3, List.of(10, 12, 14)),
                        List.of(), null, List.of()),
                new InputSummary("a.xlsx", "案件统计", "case", 0, 0, InputSummary.SkippedRows.NONE, List.of(),
                        "read.ignored.missingColumns", List.of("case_id", "filing_date"))),
                base.summary(), base.indicators(), base.waivers(), base.findings());
        assertThat(text(report, plain(Lang.ZH).withWidth(200))).contains("a.xlsx [案件] → 行政处罚案件：6 行（跳过空行 1 行）（跳过合计、表尾、页码和重复表头行 3 行：第 10、12、14 行）",
                "a.xlsx [案件统计]：看起来是行政处罚案件表，但缺少必填列「案件编号」、「立案日期」，未读取");
        assertThat(text(report, plain(Lang.EN).withWidth(200))).contains("(3 total, footer, page and repeated header rows skipped: rows 10, 12, 14)",
                "Looks like a sheet of type “Administrative penalty case”, but lacks the required columns “案件编号” (case_id), "
                        + "“立案日期” (filing_date); not read");
        String coloured = text(report, new RenderOptions(Lang.ZH, true, false, catalogue()));
        assertThat(coloured).as("shown as a warning").contains("\u001b[33ma.xlsx [案件统计]：看起来是");
    }

    @Test
    void aFileWhoseNameLiesAndAHiddenSheetAreSaid() throws IOException {
        Report base = report();
        List<InputSummary> inputs = List.of(
                new InputSummary("exports/导出.xls", "行政处罚案件", "case", 2, 0, InputSummary.SkippedRows.NONE, List.of(), null, List.of(), "html", false),
                new InputSummary("exports/导出.xls", "说明", null, 0, 0, InputSummary.SkippedRows.NONE, List.of(), "read.ignored.empty", List.of(), "html", false),
                new InputSummary("exports/2025.xlsx", "案件", "case", 1, 0, InputSummary.SkippedRows.NONE, List.of(), null, List.of(), "xlsx", true));
        Report report = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), inputs, base.summary(),
                base.indicators(), base.waivers(), base.findings());
        String zh = text(report, plain(Lang.ZH));
        assertThat(zh).containsOnlyOnce("exports/导出.xls 实为 HTML 表格").contains("exports/2025.xlsx [案件]（隐藏）")
                .doesNotContain("2025.xlsx 实为");
        assertThat(text(report, plain(Lang.EN))).contains("exports/导出.xls is really an HTML table",
                "exports/2025.xlsx [案件] (hidden)");
    }

    @Test
    void chineseByDefault() throws IOException {
        String text = text(report(), plain(Lang.ZH));
        assertThat(text).contains("读取的数据", "exports/2025.xlsx [行政处罚案件] → 行政处罚案件：1,200 行", "跳过空行 3 行",
                "未识别的列", "备注", "exports/2025.xlsx [说明]");
        assertThat(text).contains("问题清单（3 条）", "第 57 行", "错误", "ENF-001", "KM-2025-000123",
                "情节复杂或重大违法行为的处罚决定未经行政机关负责人集体讨论", "〔二(四)2〕");
        assertThat(text).contains("涉及记录：KM-1（第 60 行）、KM-2（第 61 行）");
        assertThat(text).contains("汇总", "记录：行政处罚案件 1,200、执法人员 85", "问题：错误 1、警告 1、提示 1");
        assertThat(text).contains("IND-04 行政执法案卷评查合格率：97.4%（1,169/1,200），目标 95.0%，达标",
                "IND-05 行政机关负责人出庭应诉率：无数据，目标 100.0%");
        assertThat(text).contains("ENF-001 未经集体讨论 ×1");
        assertThat(text).contains("低于门槛，不计入");   // the waived note is below the gate: that is said first
        assertThat(text).contains("未执行的规则：ENF-008——未提供执法人员数据");
        assertThat(text.strip()).endsWith("结论：未通过（门槛：错误，计入 1 条问题）");
        assertThat(text).doesNotContain("--fail-on");
    }

    @Test
    void indicatorsShowOverallAndOnlyTheAgenciesShortOfTheTarget() throws IOException {
        String zh = text(report(), plain(Lang.ZH).withWidth(200));
        assertThat(zh).contains("  指标：\n"
                + "    IND-04 行政执法案卷评查合格率：97.4%（1,169/1,200），目标 95.0%，达标 ✓（已填报 1,200 / 未填报 0）\n"
                + "      昆明市交通运输局：90.0%（90/100），未达标 ✗\n"
                + "    IND-05 行政机关负责人出庭应诉率：无数据，目标 100.0%（已填报 0 / 未填报 0）\n"
                + "    IND-06 执法案件上平台率：99.9%（2,499/2,500），目标 100.0%，未达标 ✗（已填报 2,500 / 未填报 0）\n"
                + "      昆明市市场监督管理局：99.9%（2,499/2,500），未达标 ✗\n");
        assertThat(zh).doesNotContain("96.8%", "100%", "99.96%");
        String en = text(report(), plain(Lang.EN).withWidth(200));
        assertThat(en).contains("  Indicators:\n"
                + "    IND-04 Case file review pass rate: 97.4% (1,169/1,200), target 95.0%, met ✓ (filled in 1,200 / blank 0)\n"
                + "      昆明市交通运输局: 90.0% (90/100), not met ✗\n"
                + "    IND-05 Agency heads appearing in court: no data, target 100.0% (filled in 0 / blank 0)\n"
                + "    IND-06 Enforcement cases on the platform: 99.9% (2,499/2,500), target 100.0%, not met ✗ (filled in 2,500 / blank 0)\n");
    }

    @Test
    void englishWhenAsked() throws IOException {
        String text = text(report(), plain(Lang.EN));
        assertThat(text).contains("Inputs read", "Findings (3)", "row 57", "error", "ENF-001",
                "Penalty for a complex or major violation", " [二(四)2]", "Summary",
                "Records: Administrative penalty case 1,200, Enforcement officer 85", "Findings: error 1, warning 1, info 1");
        assertThat(text).doesNotContain("问题清单", "第 57 行", "结论");
        assertThat(text.strip()).endsWith("Result: FAILED (--fail-on error, 1 finding counted)");
    }

    @Test
    void findingsAreGroupedByFileAndSheet() throws IOException {
        String text = text(report(), plain(Lang.ZH));
        int sheet = text.indexOf("\nexports/2025.xlsx [行政处罚案件]\n");
        int csv = text.indexOf("\nexports/officers.csv\n");
        assertThat(sheet).isPositive();
        assertThat(csv).isGreaterThan(sheet);
        assertThat(text.indexOf("ENF-020")).isBetween(sheet, csv);
        assertThat(text.indexOf("STF-003")).isGreaterThan(csv);
    }

    @Test
    void noEscapeCodesWithoutColourAndSomeWithIt() throws IOException {
        assertThat(text(report(), plain(Lang.ZH))).doesNotContain("\u001b[");
        RenderOptions color = new RenderOptions(Lang.ZH, true, false, catalogue());
        assertThat(text(report(), color)).contains("\u001b[31m", "\u001b[0m");
    }

    @Test
    void quietShowsOnlyTheVerdict() throws IOException {
        RenderOptions quiet = new RenderOptions(Lang.ZH, false, true, catalogue());
        assertThat(text(report(), quiet)).isEqualTo("结论：未通过（门槛：错误，计入 1 条问题）\n");
    }

    @Test
    void anEmptyReportSaysSoAndPasses() throws IOException {
        String text = text(emptyReport(), plain(Lang.ZH));
        assertThat(text).contains("未发现问题。", "结论：通过");
    }

    @Test
    void wrapsToTheWidthWithAHangingIndentAndKeepsEveryWord() throws IOException {
        Finding enf001 = report().findings().get(0);
        for (int width : new int[] {60, 80, 100}) {
            String text = text(report(), plain(Lang.ZH).withWidth(width));
            List<String> lines = text.lines().toList();
            assertThat(lines).as("width %d", width)
                    .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(width));
            int head = indexOf(lines, "第 57 行");
            int start = indexOf(lines, "情节复杂");
            assertThat(String.join("\n", lines.subList(head, start + 1)))
                    .contains("ENF-001", "KM-2025-000123", "昆明市市场监督管理局");
            // the message hangs under the severity, right of the row column
            String headLine = lines.get(head);
            String indent = " ".repeat(DisplayWidth.of(headLine.substring(0, headLine.indexOf("错误"))));
            StringBuilder message = new StringBuilder();
            for (int i = start; !message.toString().contains("〔"); i++) {
                assertThat(lines.get(i)).startsWith(indent).doesNotStartWith(indent + " ");
                message.append(lines.get(i).strip());
            }
            assertThat(message.toString()).as("width %d", width).startsWith(enf001.message());
        }
        String en = text(report(), plain(Lang.EN).withWidth(60));
        assertThat(en.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
        assertThat(en).doesNotContain("discussio\n", "colle\n");
    }

    @Test
    void whatDoesNotCountSaysWhyAndAWaiverWhoApprovedIt() throws IOException {
        String zh = text(ContractReport.report(), RenderOptions.plain(Lang.ZH, ContractReport.catalogue()));
        assertThat(zh).contains("基线中已有，不计入", "已豁免，不计入（理由：经复核属实；批准人：法制科；有效至 2026-03-31）",
                "低于门槛，不计入", "IND-07 执法人员培训达标率：未计算（规则 STF-004 未运行）");
        String en = text(ContractReport.report(), RenderOptions.plain(Lang.EN, ContractReport.catalogue()));
        assertThat(en).contains("in the baseline", "waived (reason: 经复核属实; approved by 法制科; until 2026-03-31)",
                "below the gate", "IND-07 Officers trained: not computed (rule STF-004 did not run)");
    }

    @Test
    void namesTheAgencyOfEveryFindingAndSaysWhenThereIsNone() throws IOException {
        Report report = withFindings(report(), List.of(finding("KM-9", null, 9, "案件缺少执法机关")));
        assertThat(text(report, plain(Lang.ZH))).contains("KM-9  （未填写单位）");
        assertThat(text(report, plain(Lang.EN))).contains("KM-9  (no agency)");
    }

    @Test
    void sheetsComeInTheOrderTheyWereReadNotAlphabetically() throws IOException {
        Report base = report();
        List<InputSummary> inputs = List.of(
                new InputSummary("a.xlsx", "乙表", "case", 5, 0, List.of(), null),
                new InputSummary("a.xlsx", "甲表", "case", 5, 0, List.of(), null));
        List<Finding> findings = List.of(
                new Finding("ENF-001", Severity.ERROR, "case", "A-1", "甲局", new SourceRef("a.xlsx", "甲表", 2),
                        Map.of(), "", "", "甲表的问题", "in 甲表", List.of(), null),
                new Finding("ENF-001", Severity.ERROR, "case", "B-1", "甲局", new SourceRef("a.xlsx", "乙表", 3),
                        Map.of(), "", "", "乙表的问题", "in 乙表", List.of(), null));
        Report report = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), inputs, base.summary(),
                base.indicators(), base.waivers(), findings);
        String text = text(report, plain(Lang.ZH));
        int findingsStart = text.indexOf("问题清单");
        assertThat(text.indexOf("a.xlsx [乙表]\n", findingsStart)).isLessThan(text.indexOf("a.xlsx [甲表]\n", findingsStart));
    }

    @Test
    void atMost200FindingsThenAPointerUnlessAllAreAsked() throws IOException {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            many.add(finding("KM-" + (1000 + i), "甲局", 10 + i, "第" + i + "个问题"));
        }
        Report report = withFindings(report(), many);
        String zh = text(report, plain(Lang.ZH));
        assertThat(zh).contains("KM-1199").doesNotContain("KM-1200");
        assertThat(zh).contains("… 另有 50 条，完整清单请用 --format xlsx 或 html");
        assertThat(text(report, plain(Lang.EN))).contains("… 50 more; for the full list use --format xlsx or html");
        String all = text(report, plain(Lang.ZH).withAll(true));
        assertThat(all).contains("KM-1249").doesNotContain("另有");
    }

    @Test
    void aMissingColumnIsOneEntryAboutTheSheet() throws IOException {
        Finding missing = new Finding("DQ-007", Severity.WARNING, "case", null, null, new SourceRef("exports/2025.xlsx",
                "行政处罚案件", 1), Map.of(), "数据质量", "", "列「送达日期」缺失：规则 ENF-005 未对本表 1,200 条记录评估。",
                "Column missing", List.of(), null);
        String text = text(withFindings(report(), List.of(missing)), plain(Lang.ZH));
        List<String> lines = text.lines().filter(line -> line.contains("DQ-007")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("第 1 行", "警告", "列「送达日期」缺失").doesNotContain("未填写单位");
    }

    @Test
    void escapeSequencesInTheDataNeverReachTheTerminal() throws IOException {
        Report report = withFindings(report(), List.of(finding("KM-\u001b[2J", "甲局\u001b[31m", 4, "值\u001b]0;x\u0007")));
        assertThat(text(report, plain(Lang.ZH))).doesNotContain("\u001b");
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }

    private static Finding finding(String id, String agency, int row, String message) {
        return new Finding("ENF-001", Severity.ERROR, "case", id, agency, new SourceRef("exports/2025.xlsx", "行政处罚案件",
                row), Map.of(), "二(四)2", "", message, message, List.of(), null);
    }

    private static Report withFindings(Report base, List<Finding> findings) {
        return new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(), base.summary(),
                base.indicators(), base.waivers(), findings);
    }
}

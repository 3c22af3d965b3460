package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.model.InputSummary;
import org.fazhi.report.Report;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new ConsoleRenderer();
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
        assertThat(text(report, plain(Lang.ZH))).contains("a.xlsx [案件] → 行政处罚案件：6 行（跳过空行 1 行）（跳过合计、表尾行 3 行：第 10、12、14 行）",
                "a.xlsx [案件统计]：看起来是行政处罚案件表，但缺少必填列「案件编号」、「立案日期」，未读取");
        assertThat(text(report, plain(Lang.EN))).contains("(3 total and footer rows skipped: rows 10, 12, 14)",
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
        assertThat(text).contains("涉及记录：KM-1 (第 60 行)，KM-2 (第 61 行)");
        assertThat(text).contains("汇总", "记录：行政处罚案件 1200，执法人员 85", "问题：错误 1，警告 1，提示 1");
        assertThat(text).contains("IND-04 行政执法案卷评查合格率：97.4%（1,169/1,200），目标 95%，达标",
                "IND-05 行政机关负责人出庭应诉率：无数据，目标 100%");
        assertThat(text).contains("ENF-001 未经集体讨论 ×1");
        assertThat(text).contains("（已豁免：换证中；批准人 法制科；有效至 2026-03-31）");
        assertThat(text).contains("未执行的规则：ENF-008——未提供执法人员数据");
        assertThat(text.strip()).endsWith("结论：未通过（--fail-on error，计入 1 条问题）");
    }

    @Test
    void indicatorsShowOverallAndOnlyTheAgenciesShortOfTheTarget() throws IOException {
        String zh = text(report(), plain(Lang.ZH));
        assertThat(zh).contains("  指标：\n"
                + "    IND-04 行政执法案卷评查合格率：97.4%（1,169/1,200），目标 95%，达标 ✓（已填报 1,200 / 未填报 0）\n"
                + "      昆明市交通运输局：90%（90/100），未达标 ✗\n"
                + "    IND-05 行政机关负责人出庭应诉率：无数据，目标 100%（已填报 0 / 未填报 0）\n"
                + "    IND-06 执法案件上平台率：99.96%（2,499/2,500），目标 100%，未达标 ✗（已填报 2,500 / 未填报 0）\n"
                + "      昆明市市场监督管理局：99.96%（2,499/2,500），未达标 ✗\n");
        assertThat(zh).doesNotContain("96.8%");
        String en = text(report(), plain(Lang.EN));
        assertThat(en).contains("  Indicators:\n"
                + "    IND-04 Case file review pass rate: 97.4% (1,169/1,200), target 95%, met ✓ (filled in 1,200 / blank 0)\n"
                + "      昆明市交通运输局: 90% (90/100), not met ✗\n"
                + "    IND-05 Agency heads appearing in court: no data, target 100% (filled in 0 / blank 0)\n"
                + "    IND-06 Enforcement cases on the platform: 99.96% (2,499/2,500), target 100%, not met ✗ (filled in 2,500 / blank 0)\n");
    }

    @Test
    void englishWhenAsked() throws IOException {
        String text = text(report(), plain(Lang.EN));
        assertThat(text).contains("Inputs read", "Findings (3)", "row 57", "error", "ENF-001",
                "Penalty for a complex or major violation", " [二(四)2]", "Summary",
                "Records: Administrative penalty case 1200, Enforcement officer 85", "Findings: error 1, warning 1, info 1");
        assertThat(text).doesNotContain("问题清单", "第 57 行", "结论");
        assertThat(text.strip()).endsWith("Result: FAILED (--fail-on error, 1 findings counted)");
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
        assertThat(text(report(), quiet)).isEqualTo("结论：未通过（--fail-on error，计入 1 条问题）\n");
    }

    @Test
    void anEmptyReportSaysSoAndPasses() throws IOException {
        String text = text(emptyReport(), plain(Lang.ZH));
        assertThat(text).contains("未发现问题。", "结论：通过");
    }

    @Test
    void wideCharactersCountTwiceForAlignment() {
        assertThat(ConsoleRenderer.width("错误")).isEqualTo(4);
        assertThat(ConsoleRenderer.width("error")).isEqualTo(5);
        assertThat(ConsoleRenderer.pad("提示", 6)).isEqualTo("提示  ");
    }
}

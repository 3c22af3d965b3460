package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.Gate;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads the written file with a view in
 * the address's fragment, and the DOM it dumps after the script has run must show the findings
 * that match, a page at a time; a page of 10⁵ findings must open within 10 s, and the printout
 * of a 50-finding run must hold every message.
 */
class HtmlBrowserTest {
    @TempDir
    static Path dir;
    static HeadlessChromium chromium;
    static Path page;

    @BeforeAll
    static void writeTheReport() throws IOException {
        chromium = HeadlessChromium.in(dir);
        page = write("report.html", report(), Lang.ZH);
    }

    @Test
    void withoutAFragmentEveryFindingIsShownInReportOrderAndReadyForPrint() throws Exception {
        String dom = dump(page, "");
        assertThat(dom).contains("data-ready=\"true\"", "第 1 / 1 页");
        assertThat(column(screenRows(dom), "data-i")).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(shownCount(dom)).isEqualTo(6);
        assertThat(printRows(dom)).hasSize(6);
        assertThat(dom).contains("<p id=\"print-note\" class=\"print-only\" hidden=\"\"");
    }

    @Test
    void eachRowShowsTheFindingWithItsStatusForTheGate() throws Exception {
        List<String> rows = screenRows(dump(page, ""));
        assertThat(rows.get(0)).contains(">错误<", ">昆明市市场监督管理局<", ">未经集体讨论<", ">ENF-001<",
                ">KM-2025-000123<", "情节复杂或重大违法行为的处罚决定未经行政机关负责人集体讨论", "〔二(四)2〕",
                ">exports/2025.xlsx<", ">行政处罚案件<", ">57<", "data-status=\"counted\"");
        assertThat(rows.get(1)).contains("涉及记录：KM-1 (第 60 行)、KM-2 (第 61 行)", "data-status=\"below_gate\"");
        // an info finding is below the error gate, whether or not a waiver covers it too
        assertThat(rows.get(2)).contains(">昆明市司法局<", "data-status=\"below_gate\"", ">exports/officers.csv<");
    }

    @Test
    void filtersByTextInAnyColumn() throws Exception {
        String dom = dump(page, "q=ENF-001");
        assertThat(column(screenRows(dom), "data-rule")).containsOnly("ENF-001").hasSize(3);
        assertThat(shownCount(dom)).isEqualTo(3);
        assertThat(dom).contains("显示 3 / 6 条");
        assertThat(column(screenRows(dump(page, "q=" + url("司法局"))), "data-rule")).containsExactly("STF-003");
        assertThat(column(screenRows(dump(page, "q=km-2025-000009")), "data-i")).containsExactly("4");
    }

    @Test
    void filtersByAgencySeverityRuleAndStatus() throws Exception {
        assertThat(column(screenRows(dump(page, "agency=" + url("昆明市司法局"))), "data-rule"))
                .containsExactly("STF-003");
        assertThat(column(screenRows(dump(page, "agency=" + url("昆明市市场监督管理局") + "&severity=warning")),
                "data-i")).containsExactly("1", "5");
        assertThat(column(screenRows(dump(page, "status=counted")), "data-rule")).containsOnly("ENF-001").hasSize(3);
        assertThat(column(screenRows(dump(page, "status=below_gate")), "data-rule"))
                .containsExactly("ENF-020", "STF-003", "ENF-020");
        assertThat(column(screenRows(dump(page, "severity=error&rule=ENF-001&q=KM-2025-0001")), "data-i"))
                .containsExactly("0", "3");
        String none = dump(page, "severity=info&rule=ENF-001");
        assertThat(screenRows(none)).isEmpty();
        assertThat(shownCount(none)).isZero();
        assertThat(printRows(none)).isEmpty();
        // what the page does not offer is no filter, not an empty page
        assertThat(screenRows(dump(page, "agency=" + url("别的单位") + "&rule=NOPE-1"))).hasSize(6);
    }

    @Test
    void sortsNumericallyByRowAndTheFilteredPrintoutFollows() throws Exception {
        String dom = dump(page, "sort=row&dir=desc");
        assertThat(dom).contains("data-key=\"row\" class=\"num\" aria-sort=\"descending\"");
        assertThat(rowNumbers(screenRows(dom))).containsExactly(120, 60, 57, 12, 9, 2);
        assertThat(rowNumbers(screenRows(dump(page, "sort=row&dir=asc")))).containsExactly(2, 9, 12, 57, 60, 120);
        String filtered = dump(page, "q=ENF-001&sort=row&dir=desc");
        assertThat(rowNumbers(screenRows(filtered))).containsExactly(120, 57, 9);
        assertThat(printRows(filtered)).hasSize(3);
    }

    @Test
    void untrustedTextStaysTextAndTheScriptStillRuns() throws Exception {
        Report base = report();
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(new Finding("ENF-001", Severity.ERROR, "case", "</script><!--x", "<b>局</b>",
                new SourceRef("a.xlsx", "s", 3), Map.of(), "", "", "甲</script><script>alert(1)</script>\u2028乙<!--",
                "x", List.of(), null));
        Path hostile = write("hostile.html", withFindings(base, findings), Lang.ZH);
        String dom = dump(hostile, "");
        assertThat(dom).contains("data-ready=\"true\"", "甲&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\u2028乙&lt;!--",
                "&lt;/script&gt;&lt;!--x", "&lt;b&gt;局&lt;/b&gt;");
        assertThat(screenRows(dom)).hasSize(7);
    }

    @Test
    void showsOnePageAtATimeAndPrintsOnlyWhatIsNotTooMany() throws Exception {
        Path big = write("big.html", generated(2_500), Lang.ZH);
        String first = dump(big, "");
        assertThat(column(screenRows(first), "data-i")).hasSize(100).startsWith("0").endsWith("99");
        assertThat(first).contains("第 1 / 25 页", "显示 2500 / 2500 条");
        // beyond 2,000 the printout is filled only when printing starts; until then a note says so
        assertThat(printRows(first)).isEmpty();
        assertThat(first).contains("本打印件未包含问题清单中的 2500 条问题").doesNotContain("id=\"print-note\" class=\"print-only\" hidden");

        String third = dump(big, "page=3&size=200");
        assertThat(column(screenRows(third), "data-i")).hasSize(200).startsWith("400").endsWith("599");
        assertThat(third).contains("第 3 / 13 页");
        String last = dump(big, "page=99");
        assertThat(last).contains("第 25 / 25 页");
        assertThat(screenRows(last)).hasSize(100);

        String oneAgency = dump(big, "agency=" + url("昆明市某区单位 03"));
        assertThat(shownCount(oneAgency)).isEqualTo(250);
        assertThat(printRows(oneAgency)).hasSize(250);
        assertThat(screenRows(oneAgency)).hasSize(100);
    }

    @Test
    void aPageOfAHundredThousandFindingsOpensWithinTenSeconds() throws Exception {
        Path huge = write("huge.html", generated(100_000), Lang.ZH);
        long start = System.nanoTime();
        String dom = chromium.dump(huge, "", false);
        long wall = (System.nanoTime() - start) / 1_000_000;
        Matcher ready = Pattern.compile("data-ready-ms=\"(\\d+)\"").matcher(dom);
        assertThat(ready.find()).as("the page says when it was ready").isTrue();
        long opened = Long.parseLong(ready.group(1));
        assertThat(opened).as("ms from navigation to the first page of findings (chromium ran %d ms in all, "
                + "page of %d MB)", wall, Files.size(huge) >> 20).isLessThan(10_000);
        assertThat(screenRows(dom)).hasSize(100);
        assertThat(dom).contains("第 1 / 1000 页");
    }

    @Test
    void thePrintoutOfAFiftyFindingRunHoldsEveryMessageAndNoFileColumn() throws Exception {
        Report fifty = generated(50);
        Path printed = write("fifty.html", fifty, Lang.ZH);
        String text = squeeze(HeadlessChromium.pdfText(chromium.printToPdf(printed)));
        for (Finding finding : fifty.findings()) {
            assertThat(text).as("the printout").contains(squeeze(finding.message()));
        }
        assertThat(text).contains(squeeze("单位 07"), "ENF-001").doesNotContain("cases-h1");
    }

    // ---- pages

    private static Path write(String name, Report report, Lang lang) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new HtmlRenderer().render(report, AbstractRendererTest.plain(lang), out);
        }
        return file;
    }

    private static String dump(Path file, String fragment) throws Exception {
        String dom = chromium.dump(file, fragment, true);
        assertThat(dom).contains("data-ready=\"true\"");
        return dom;
    }

    private static String url(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Without white space: a PDF's text breaks lines wherever the layout wrapped them. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    // ---- reading the dumped DOM

    private static List<String> rowsOf(String dom, String tableId) {
        int start = dom.indexOf("<table id=\"" + tableId + "\"");
        assertThat(start).as("table %s", tableId).isNotNegative();
        String table = dom.substring(start, dom.indexOf("</table>", start));
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr class=\"finding [^\"]*\"[^>]*>.*?</tr>", Pattern.DOTALL).matcher(table);
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    private static List<String> screenRows(String dom) {
        return rowsOf(dom, "findings");
    }

    private static List<String> printRows(String dom) {
        return rowsOf(dom, "print-findings");
    }

    private static int shownCount(String dom) {
        Matcher m = Pattern.compile("<output id=\"shown\"[^>]*data-shown=\"(\\d+)\"").matcher(dom);
        assertThat(m.find()).as("the count of shown rows").isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static List<String> column(List<String> rows, String attribute) {
        Pattern p = Pattern.compile(" " + attribute + "=\"([^\"]*)\"");
        return rows.stream().map(r -> {
            Matcher m = p.matcher(r.substring(0, r.indexOf('>')));
            return m.find() ? m.group(1) : null;
        }).toList();
    }

    /** The row number: the last cell. */
    private static List<Integer> rowNumbers(List<String> rows) {
        Pattern p = Pattern.compile("<td class=\"num\">(\\d+)</td></tr>$");
        return rows.stream().map(r -> {
            Matcher m = p.matcher(r);
            assertThat(m.find()).as(r).isTrue();
            return Integer.parseInt(m.group(1));
        }).toList();
    }

    // ---- reports

    /** The shared report plus three findings, so that rows 9, 12 and 120 test numeric order. */
    static Report report() {
        Report base = AbstractRendererTest.report();
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(finding("ENF-001", Severity.ERROR, "KM-2025-000130", "昆明市市场监督管理局", 120));
        findings.add(finding("ENF-001", Severity.ERROR, "KM-2025-000009", "昆明市市场监督管理局", 9));
        findings.add(finding("ENF-020", Severity.WARNING, "KM-2025-000012", "昆明市市场监督管理局", 12));
        return withFindings(base, findings);
    }

    /** A run of n findings over ten agencies and the three rules, each message its own. */
    static Report generated(int n) {
        List<Finding> findings = new ArrayList<>(n);
        String[] rules = {"ENF-001", "ENF-020", "STF-003"};
        Severity[] severities = {Severity.ERROR, Severity.WARNING, Severity.INFO};
        for (int i = 0; i < n; i++) {
            int rule = i % 3;
            String record = String.format("KM-2025-%06d", i);
            findings.add(new Finding(rules[rule], severities[rule], "case", record,
                    String.format("昆明市某区单位 %02d", i % 10), new SourceRef("exports/cases-h1.xlsx", "行政处罚案件", i + 2),
                    Map.of(), "二(四)2", "", "案件 " + record + " 的处罚决定书未在作出决定之日起七日内送达当事人，"
                            + "决定日期与送达日期相差第 " + i + " 个工作日，请核实送达回证并补正台账记录",
                    "Case " + record + " was served late", List.of(), null));
        }
        return withFindings(AbstractRendererTest.report(), findings);
    }

    private static Report withFindings(Report base, List<Finding> findings) {
        Summary s = base.summary();
        Summary summary = new Summary(s.records(), s.findings(), s.byRule(), Gate.of(s.gate().failOn(), findings),
                s.skippedRules(), s.notes());
        return new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(), summary,
                base.indicators(), null, findings);
    }

    private static Finding finding(String rule, Severity severity, String recordId, String agency, int row) {
        return new Finding(rule, severity, "case", recordId, agency,
                new SourceRef("exports/2025.xlsx", "行政处罚案件", row), Map.of(), "二(四)2", "",
                "测试问题 " + recordId, "Test finding " + recordId, List.of(), null);
    }
}

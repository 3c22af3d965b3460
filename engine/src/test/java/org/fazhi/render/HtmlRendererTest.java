package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.render.html.Html;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;
import org.fazhi.report.WaiverStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRendererTest extends AbstractRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    Renderer renderer() {
        return new HtmlRenderer();
    }

    /**
     * What a reader sees: the page's text, and each finding as the page's script shows it from
     * the data (HtmlBrowserTest checks in Chromium that the script shows exactly these texts).
     */
    @Override
    String readable(byte[] output) throws IOException {
        StringBuilder seen = new StringBuilder(Readers.htmlText(output));
        String html = new String(output, StandardCharsets.UTF_8);
        if (html.contains("id=\"findings-data\"")) {
            JsonNode dict = JSON.readTree(script(html, "findings-dict"));
            for (JsonNode finding : JSON.readTree(script(html, "findings-data"))) {
                seen.append(' ').append(shown(dict, finding));
            }
        }
        return seen.toString();
    }

    /** The texts of one finding of the data, as its row shows them. */
    private static String shown(JsonNode dict, JsonNode f) {
        return String.join(" ", dict.get("severities").get(f.get(0).asInt()).get(1).asText(),
                dict.get("agencies").get(f.get(2).asInt()).asText(),
                dict.get("rules").get(f.get(1).asInt()).get(1).asText(), dict.get("rules").get(f.get(1).asInt()).get(0).asText(),
                f.get(3).asText(), f.get(7).asText(), f.get(8).asText(),
                dict.get("statuses").get(f.get(9).asInt()).get(1).asText(), f.get(10).asText(),
                dict.get("files").get(f.get(4).asInt()).asText(), dict.get("sheets").get(f.get(5).asInt()).asText(),
                f.get(6).asText());
    }

    /** The status the finding's row shows: its status cell's own words (a waiver's detail aside). */
    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) throws IOException {
        String html = new String(output, StandardCharsets.UTF_8);
        String lead = squeeze(lead(finding, lang));
        JsonNode dict = JSON.readTree(script(html, "findings-dict"));
        for (JsonNode f : JSON.readTree(script(html, "findings-data"))) {
            if (squeeze(f.get(7).asText()).contains(lead)) {
                return dict.get("statuses").get(f.get(9).asInt()).get(1).asText();
            }
        }
        return null;
    }

    @Override
    boolean showsIndicators() {
        return true;
    }

    /**
     * Nothing of the data becomes markup or script: the data elements hold no {@code <} at all (so
     * no {@code </script>} or {@code <!--}), the page's one script holds nothing of the data, no
     * attribute is an event handler, and the reader still sees the script, the formula and the
     * long value as text.
     */
    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) throws IOException {
        Document page = Jsoup.parse(new String(output, StandardCharsets.UTF_8));
        assertThat(page.select("script[type=application/json]")).hasSize(2)
                .allSatisfy(data -> assertThat(data.data()).doesNotContain("<", "\u2028", "\u2029"));
        assertThat(page.select("script:not([type])")).singleElement()
                .satisfies(script -> assertThat(script.data()).doesNotContain("alert(1)"));
        assertThat(page.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
                .noneMatch(attribute -> attribute.getKey().startsWith("on") && attribute.getValue().contains("alert")));
        String seen = readable(output);
        assertThat(seen).contains(ContractReport.SCRIPT, ContractReport.FORMULA);
        assertThat(squeeze(seen)).contains(ContractReport.LONG_VALUE);
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
    void theStoryComesFirst() throws IOException {
        String html = text(report(), plain(Lang.ZH));
        assertThat(html.indexOf("id=\"story\"")).isLessThan(html.indexOf("id=\"findings-section\""));
        assertThat(html.indexOf("id=\"findings-section\"")).isLessThan(html.indexOf("id=\"details\""));
        assertThat(html).contains("<p id=\"sentence\" class=\"sentence\">检查 1,285 条记录（行政处罚案件 1,200、执法人员 85），"
                + "发现问题 3 条（错误 1、警告 1、提示 1），涉及 2 个单位；3 项指标中 1 项未达标。</p>");
        String en = text(report(), plain(Lang.EN));
        assertThat(en).contains("1,285 records checked (Administrative penalty case 1,200, Enforcement officer 85); "
                + "3 findings (1 error, 1 warning, 1 notice) in 2 agencies; 1 of 3 indicators missed their target.");
    }

    @Test
    void aChineseReportSpeaksTheReadersWordsNotOptionsOrKeys() throws IOException {
        String zh = text(report(), plain(Lang.ZH));
        assertThat(zh).contains("结论：未通过（门槛：错误，计入 1 条问题）");
        assertThat(zh).doesNotContain("--fail-on", "fail-on", "fazhi-report/1", "complex_or_major", "certificate_valid_until",
                "below_gate\">below", "counted\">counted");
    }

    @Test
    void agenciesAreRankedByErrorsThenWarnings() throws IOException {
        String ranking = table(text(report(), plain(Lang.ZH)), "ranking");
        List<String> agencies = attribute(ranking, "data-agency");
        // 市场监督: 1 error; 司法局: none but an info; 交通运输局: only indicator figures
        assertThat(agencies).containsExactly("昆明市市场监督管理局", "昆明市交通运输局", "昆明市司法局");
        assertThat(ranking).contains("<tr data-agency=\"昆明市市场监督管理局\"><td class=\"num\">1</td>"
                + "<td class=\"agency\">昆明市市场监督管理局</td><td class=\"num\">—</td><td class=\"num error\">1</td>"
                + "<td class=\"num\">1</td><td class=\"num\">—</td><td class=\"num notmet\">1</td></tr>");
        assertThat(ranking).contains(">执法单位<", ">检查记录数<", ">每百条记录错误数<", ">未达标指标<");
    }

    @Test
    void theGridHasTheWholeFirstAndEveryIndicatorOncePerAgency() throws IOException {
        String grid = table(text(report(), plain(Lang.ZH)), "grid");
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr[^>]*><th scope=\"row\">([^<]*)</th>(.*?)</tr>").matcher(grid);
        while (m.find()) {
            rows.add(m.group(1));
            assertThat(count(m.group(2), "<td ")).as(m.group(1)).isEqualTo(3);
        }
        assertThat(rows).containsExactly("全部单位（合计）", "昆明市市场监督管理局", "昆明市交通运输局", "昆明市司法局");
        assertThat(grid).contains("<tr class=\"whole\">", "IND-04", "行政执法案卷评查合格率", "目标 95.0%",
                "data-result=\"met\" title=\"1,169 / 1,200\">97.4% <small>达标</small>",
                "data-result=\"notmet\" title=\"90 / 100\">90.0% <small>未达标</small>",
                "data-result=\"nodata\" title=\"0 / 0\">无数据</td>");
    }

    @Test
    void theMostFrequentProblemsAreNamed() throws IOException {
        String problems = table(text(report(), plain(Lang.ZH)), "problems");
        assertThat(attribute(problems, "data-rule")).containsExactly("ENF-001", "ENF-020", "STF-003");
        assertThat(problems).contains("<td>未经集体讨论</td><td class=\"id rule\">ENF-001</td><td class=\"num\">1</td>"
                + "<td>1 个：昆明市市场监督管理局 1</td>");
    }

    @Test
    void theFindingsTravelAsDataWithTheirWordsAndStatus() throws IOException {
        String html = text(report(), plain(Lang.ZH));
        JsonNode dict = new ObjectMapper().readTree(script(html, "findings-dict"));
        JsonNode data = new ObjectMapper().readTree(script(html, "findings-data"));
        assertThat(data).hasSize(3);
        assertThat(dict.get("statuses").toString()).isEqualTo(
                "[[\"counted\",\"计入\"],[\"below_gate\",\"低于门槛，不计入\"],[\"baselined\",\"基线中已有，不计入\"],"
                        + "[\"waived\",\"已豁免，不计入\"]]");
        assertThat(data.get(0).toString()).isEqualTo("[0,0,0,\"KM-2025-000123\",0,0,57,"
                + "\"情节复杂或重大违法行为的处罚决定未经行政机关负责人集体讨论\","
                + "\"「情节复杂或重大违法」是、「集体讨论日期」空、「处罚决定日期」2025-03-02 〔二(四)2〕\",0,\"\"]");
        // field names as the reader knows them, never the keys
        assertThat(data.get(2).get(8).asText()).startsWith("「").doesNotContain("certificate_valid_until");
        assertThat(data.get(1).get(8).asText()).isEqualTo("〔二(四)2〕 涉及记录：KM-1 (第 60 行)、KM-2 (第 61 行)");
        // the info finding is below the error gate: its status says so, not 计入
        assertThat(data.get(2).get(9).asInt()).isEqualTo(1);
        assertThat(dict.get("rules").toString()).isEqualTo(
                "[[\"ENF-001\",\"未经集体讨论\"],[\"ENF-020\",\"疑似“一刀切”停产停业\"],[\"STF-003\",\"执法证件即将到期\"]]");
        assertThat(dict.get("files").toString()).isEqualTo("[\"exports/2025.xlsx\",\"exports/officers.csv\"]");
        assertThat(dict.get("sheets").toString()).isEqualTo("[\"行政处罚案件\",\"\"]");
        String en = text(report(), plain(Lang.EN));
        assertThat(new ObjectMapper().readTree(script(en, "findings-data")).get(0).get(7).asText())
                .isEqualTo("Penalty for a complex or major violation was decided without collective discussion by agency heads");
    }

    @Test
    void theFiltersOfferTheAgenciesRulesSeveritiesAndStatusesOfTheFindings() throws IOException {
        String html = text(report(), plain(Lang.ZH));
        assertThat(html).contains("<select id=\"agency\"><option value=\"\">全部单位</option>"
                        + "<option value=\"昆明市市场监督管理局\">昆明市市场监督管理局</option>"
                        + "<option value=\"昆明市司法局\">昆明市司法局</option></select>",
                "<option value=\"ENF-001\">ENF-001 未经集体讨论</option>", "<option value=\"error\">错误</option>",
                "<option value=\"below_gate\">低于门槛，不计入</option>", "显示 3 / 3 条");
        assertThat(html).contains("<table id=\"findings\">", "<table id=\"print-findings\" class=\"print-only\">");
        String print = html.substring(html.indexOf("<table id=\"print-findings\""));
        assertThat(print.substring(0, print.indexOf("</thead>"))).contains(">执法单位<", ">记录编号<")
                .doesNotContain(">文件<", ">工作表<");
    }

    @Test
    void theDetailsKeepTheGateInputsTotalsIndicatorsAndWaivers() throws IOException {
        String html = text(report(), plain(Lang.EN));
        String details = html.substring(html.indexOf("id=\"details\""));
        assertThat(details).contains("class=\"verdict failed\"", "<li class=\"counted\" data-count=\"1\">",
                "<td class=\"path\">exports/2025.xlsx</td><td>行政处罚案件</td><td>Administrative penalty case</td>"
                        + "<td class=\"num\">1,200</td><td class=\"num\">3</td><td>备注</td>",
                "Not read: Neither the sheet name nor its headers were recognised; not read",
                "<td class=\"id\">IND-04</td><td>Case file review pass rate</td><td class=\"num\">97.4%</td>"
                        + "<td class=\"num\">1,169 / 1,200<br><small class=\"filled\">filled in 1,200 / blank 0</small></td>"
                        + "<td class=\"num\">95.0%</td><td class=\"met\">met</td>",
                "<td class=\"id\">IND-05</td><td>Agency heads appearing in court</td><td class=\"num\">—</td>",
                "<td class=\"nodata\">no data</td>", "Rules not run", "ENF-008", "No officers");
        assertThat(details).doesNotContain("id=\"waivers\"");
        // 2499 / 2500 against 100% is not shown as 100%
        assertThat(details).doesNotContain(">100.0%</td><td class=\"num\">2,499");
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
                + "<td>执法人员</td><td class=\"id\">53010001</td><td>换证中</td><td>法制科</td><td>2026-03-31</td><td>已适用</td>",
                "<tr class=\"waiver-expired\"><td class=\"id\">ENF-0</td><td></td><td class=\"id\">KM-*</td>", "已到期，不再适用");
    }

    @Test
    void valuesFromTheExportsCannotEndTheScriptOrAddMarkup() throws IOException {
        Report base = report();
        Finding hostile = new Finding("ENF-001", Severity.ERROR, "case", "\"><img src=x onerror=alert(1)>",
                "<b>局</b> & 'co'", new SourceRef("<evil>.xlsx", "</td></tr></table>", 9), Map.of(), "", "",
                "</script><script>alert('x')</script><!-- \u2028\u2029", "x", List.of(),
                new Suppression(Suppression.WAIVER, "</script><script>", "a&b", "2026-01-01"));
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(hostile);
        Report report = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(),
                base.summary(), base.indicators(), null, findings);
        String html = text(report, plain(Lang.ZH));
        assertThat(html).doesNotContain("<img", "<evil>", "<b>局</b>", "</script><script>", "<!-- ", "\u2028", "\u2029");
        assertThat(count(html, "</script>")).isEqualTo(3);
        assertThat(html).contains("&lt;b&gt;局&lt;/b&gt; &amp; &#39;co&#39;",
                "\\u003C/script\\u003E\\u003Cscript\\u003Ealert('x')\\u003C/script\\u003E\\u003C!-- \\u2028\\u2029");
        JsonNode data = new ObjectMapper().readTree(script(html, "findings-data"));
        assertThat(data.get(3).get(7).asText()).isEqualTo(hostile.message());
        assertThat(data.get(3).get(10).asText()).isEqualTo("理由：</script><script>；批准人：a&b；有效至 2026-01-01");
    }

    @Test
    void escapeCoversEveryHtmlSpecialCharacter() {
        assertThat(Html.escape("a<b>&\"c'")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#39;");
        assertThat(Html.escape("无需转义")).isEqualTo("无需转义");
        assertThat(Html.escape(null)).isEmpty();
    }

    @Test
    void withoutFindingsThereIsNoTableButTheStoryAndTheDetails() throws IOException {
        String html = text(emptyReport(), plain(Lang.ZH));
        assertThat(html).contains("未发现问题。", "（没有读取到任何工作表或 CSV 文件）", "class=\"verdict passed\"",
                "检查 0 条记录（无），发现问题 0 条", "没有计算任何指标。");
        assertThat(html).doesNotContain("id=\"findings\"", "<tr data-indicator", "id=\"findings-data\"");
    }

    @Test
    void isRegisteredAsHtml() {
        assertThat(Renderers.names()).contains("html");
        assertThat(renderer().extension()).isEqualTo("html");
    }

    private static String table(String html, String id) {
        int start = html.indexOf("<table id=\"" + id + "\"");
        assertThat(start).as("table %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static String script(String html, String id) {
        String open = "<script type=\"application/json\" id=\"" + id + "\">";
        int start = html.indexOf(open);
        assertThat(start).as("script %s", id).isNotNegative();
        return html.substring(start + open.length(), html.indexOf("</script>", start));
    }

    private static List<String> attribute(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads the written file with a filter and
 * an order in the address's fragment, and the DOM it dumps after the script has run must show
 * the rows that match, in that order. Skipped when Chromium is not installed, except on CI
 * (environment variable {@code CI} set), where it must run.
 */
class HtmlBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 90;

    @TempDir
    static Path dir;
    static Path page;

    @BeforeAll
    static void writeTheReport() throws IOException {
        boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
        if (ci) {
            assertThat(Files.isExecutable(CHROMIUM)).as("CI is set, so %s must be installed", CHROMIUM).isTrue();
        }
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is not installed");
        page = dir.resolve("report.html");
        try (OutputStream out = Files.newOutputStream(page)) {
            new HtmlRenderer().render(report(), AbstractRendererTest.plain(Lang.ZH), out);
        }
    }

    @Test
    void theScriptRunsAndWithoutAFragmentEveryRowIsShownInReportOrder() throws Exception {
        String dom = dump("");
        assertThat(dom).contains("data-ready=\"true\"");
        assertThat(visibleRows(dom)).hasSize(report().findings().size());
        assertThat(shownCount(dom)).isEqualTo(report().findings().size());
        assertThat(column(visibleRows(dom), "data-i")).containsExactly("0", "1", "2", "3", "4", "5");
    }

    @Test
    void theFragmentFiltersByTextInAnyCell() throws Exception {
        String dom = dump("q=ENF-001");
        assertThat(dom).contains("data-ready=\"true\"");
        List<String> visible = visibleRows(dom);
        assertThat(column(visible, "data-rule")).containsOnly("ENF-001").hasSize(3);
        assertThat(hiddenRows(dom)).hasSize(3);
        assertThat(shownCount(dom)).isEqualTo(3);
        assertThat(dom).contains("显示 3 / 6 条");

        // text in Chinese matches any cell too: here the agency
        List<String> byAgency = visibleRows(dump("q=" + URLEncoder.encode("司法局", StandardCharsets.UTF_8)));
        assertThat(column(byAgency, "data-rule")).containsExactly("STF-003");
    }

    @Test
    void theFragmentFiltersBySeverityAndRule() throws Exception {
        assertThat(column(visibleRows(dump("severity=warning")), "data-rule")).containsExactly("ENF-020", "ENF-020");
        assertThat(column(visibleRows(dump("severity=error&rule=ENF-001&q=KM-2025-0001")), "data-i"))
                .containsExactly("0", "3");
        String none = dump("severity=info&rule=ENF-001");
        assertThat(visibleRows(none)).isEmpty();
        assertThat(shownCount(none)).isZero();
    }

    @Test
    void theFragmentSortsRowsNumericallyByRow() throws Exception {
        String dom = dump("sort=row&dir=desc");
        assertThat(dom).contains("data-ready=\"true\"", "data-key=\"row\" data-type=\"num\" class=\"num\" aria-sort=\"descending\"");
        // numeric, not text order: 120 before 57 before 9
        assertThat(rowNumbers(visibleRows(dom))).containsExactly(120, 60, 57, 12, 9, 2);
        assertThat(rowNumbers(visibleRows(dump("sort=row&dir=asc")))).containsExactly(2, 9, 12, 57, 60, 120);
    }

    @Test
    void sortingAndFilteringTogether() throws Exception {
        String dom = dump("q=ENF-001&sort=row&dir=desc");
        assertThat(rowNumbers(visibleRows(dom))).containsExactly(120, 57, 9);
        assertThat(hiddenRows(dom)).hasSize(3);
    }

    // ---- the browser

    private static String dump(String fragment) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        Path stdout = Files.createTempFile(dir, "dom", ".html");
        Path stderr = Files.createTempFile(dir, "chromium", ".log");
        String url = page.toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
        ProcessBuilder builder = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--virtual-time-budget=5000", "--dump-dom", url)
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("chromium did not finish within " + TIMEOUT_SECONDS + " s; its log:\n" + tail(stderr));
        }
        String dom = Files.readString(stdout, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !dom.contains("</html>")) {
            fail("chromium exited with " + process.exitValue() + " and dumped " + dom.length()
                    + " characters; its log:\n" + tail(stderr));
        }
        return dom;
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    // ---- reading the dumped DOM

    private static List<String> findingRows(String dom) {
        List<String> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<tr class=\"finding [^\"]*\"[^>]*>.*?</tr>", Pattern.DOTALL).matcher(dom);
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    private static boolean isHidden(String row) {
        return row.substring(0, row.indexOf('>')).contains(" hidden");
    }

    private static List<String> visibleRows(String dom) {
        return findingRows(dom).stream().filter(r -> !isHidden(r)).toList();
    }

    private static List<String> hiddenRows(String dom) {
        return findingRows(dom).stream().filter(HtmlBrowserTest::isHidden).toList();
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

    /** The row number: the cell sorted by number ({@code data-sort}) right after the sheet. */
    private static List<Integer> rowNumbers(List<String> rows) {
        Pattern p = Pattern.compile("<td class=\"num\" data-sort=\"(\\d+)\">");
        return rows.stream().map(r -> {
            Matcher m = p.matcher(r);
            assertThat(m.find()).isTrue();
            return Integer.parseInt(m.group(1));
        }).toList();
    }

    /** The shared report plus three findings, so that rows 9, 12 and 120 test numeric order. */
    static Report report() {
        Report base = AbstractRendererTest.report();
        List<Finding> findings = new ArrayList<>(base.findings());
        findings.add(finding("ENF-001", Severity.ERROR, "KM-2025-000130", 120));
        findings.add(finding("ENF-001", Severity.ERROR, "KM-2025-000009", 9));
        findings.add(finding("ENF-020", Severity.WARNING, "KM-2025-000012", 12));
        return new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), base.inputs(), base.summary(),
                base.indicators(), null, findings);
    }

    private static Finding finding(String rule, Severity severity, String recordId, int row) {
        return new Finding(rule, severity, "case", recordId, "昆明市市场监督管理局",
                new SourceRef("exports/2025.xlsx", "行政处罚案件", row), Map.of(), "二(四)2", "",
                "测试问题 " + recordId, "Test finding " + recordId, List.of(), null);
    }
}

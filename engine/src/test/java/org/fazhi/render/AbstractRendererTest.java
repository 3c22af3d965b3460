package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.model.InputSummary;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Percent;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.Related;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.Suppression;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The checks every renderer must pass, on the same report: each format's test extends this
 * class and adds what is particular to its format.
 */
abstract class AbstractRendererTest {

    abstract Renderer renderer();

    @Test
    void hasANameAndAnExtensionAndIsInTheRegistry() {
        assertThat(renderer().name()).isNotBlank();
        assertThat(renderer().extension()).isNotBlank().doesNotStartWith(".");
        assertThat(Renderers.byName(renderer().name())).get().extracting(Renderer::name).isEqualTo(renderer().name());
    }

    @Test
    void theSameReportGivesTheSameBytes() throws IOException {
        for (Lang lang : Lang.values()) {
            assertThat(render(report(), plain(lang))).isEqualTo(render(report(), plain(lang)));
        }
    }

    @Test
    void rendersAReportWithoutFindings() throws IOException {
        assertThat(render(emptyReport(), plain(Lang.ZH))).isNotEmpty();
    }

    // ---- the renderer contract: every format, the same report (ContractReport), the same words

    /** Every text a person reads in the output; for a data format, its string values. */
    abstract String readable(byte[] output) throws Exception;

    /**
     * The status this output shows for a finding (the words of its status cell, line or property);
     * null when it shows none for it.
     */
    abstract String statusShown(byte[] output, Finding finding, Lang lang) throws Exception;

    /** Asserts that the contract report's untrusted text is neutralised for this sink and not lost. */
    abstract void assertUntrustedTextIsSafe(byte[] output, Lang lang) throws Exception;

    /** Whether the format shows each finding's status in words (the JSON report has the data instead). */
    boolean showsStatuses() {
        return true;
    }

    /** Whether a counted finding may go without a status (counting is the rule, the verdict says it). */
    boolean countedGoesWithoutSaying() {
        return false;
    }

    /** Whether the format shows the indicators. */
    boolean showsIndicators() {
        return false;
    }

    /** Whether the format shows this agency's value of an indicator. */
    boolean showsAgencyValue(Indicator.ByAgency agency) {
        return true;
    }

    /** Whether people read the output (not only programs): then it speaks their words. */
    boolean readByPeople() {
        return true;
    }

    @Test
    void contractEveryFindingIsPresent() throws Exception {
        for (Lang lang : Lang.values()) {
            String seen = squeeze(readable(contract(lang)));
            for (Finding finding : ContractReport.report().findings()) {
                assertThat(seen.contains(squeeze(lead(finding, lang)))).as("%s: %s", lang, lead(finding, lang)).isTrue();
            }
        }
    }

    @Test
    void contractTheSameStatusWordsForEveryFinding() throws Exception {
        Assumptions.assumeTrue(showsStatuses(), "this format shows no status words");
        Report report = ContractReport.report();
        for (Lang lang : Lang.values()) {
            byte[] output = contract(lang);
            Labels labels = new Labels(lang, ContractReport.catalogue());
            for (Finding finding : report.findings()) {
                FindingStatus status = FindingStatus.of(finding, report.summary().gate().failOn());
                String shown = statusShown(output, finding, lang);
                if (shown == null && status == FindingStatus.COUNTED && countedGoesWithoutSaying()) {
                    continue;
                }
                assertThat(shown).as("%s %s %s", lang, finding.ruleId(), lead(finding, lang))
                        .isEqualTo(labels.status(status));
            }
        }
    }

    @Test
    void contractTheSamePercentagesForEveryIndicatorAndAgency() throws Exception {
        Assumptions.assumeTrue(showsIndicators(), "this format shows no indicators");
        for (Lang lang : Lang.values()) {
            String seen = readable(contract(lang));
            for (Indicator indicator : ContractReport.indicators()) {
                assertThat(seen.contains(Percent.of(lang, indicator))).as("%s %s %s", lang, indicator.id(),
                        Percent.of(lang, indicator)).isTrue();
                for (Indicator.ByAgency agency : indicator.byAgency()) {
                    if (showsAgencyValue(agency)) {
                        assertThat(seen.contains(Percent.of(lang, indicator, agency))).as("%s %s %s %s", lang,
                                indicator.id(), agency.agency(), Percent.of(lang, indicator, agency)).isTrue();
                    }
                }
            }
            assertThat(Pattern.compile("\\d\\.\\d{2,}%").matcher(seen).find()).as("%s: one decimal place", lang).isFalse();
        }
    }

    @Test
    void contractAChineseReportSpeaksNoDeveloperWords() throws Exception {
        Assumptions.assumeTrue(readByPeople(), "read by programs");
        String seen = readable(contract(Lang.ZH));
        for (String key : ContractWords.messageKeys()) {
            assertThat(ContractWords.containsToken(seen, key)).as("message key %s", key).isFalse();
        }
        for (String key : ContractWords.fieldKeys()) {
            assertThat(ContractWords.containsToken(seen, key)).as("field key %s", key).isFalse();
        }
        for (String word : ContractWords.OPTIONS) {
            assertThat(seen.contains(word)).as("option %s", word).isFalse();
        }
        assertThat(seen.contains(Report.SCHEMA)).as(Report.SCHEMA).isFalse();
    }

    @Test
    void contractAnEnglishReportUsesTheEnglishWords() throws Exception {
        Assumptions.assumeTrue(readByPeople(), "read by programs (both languages are data)");
        String seen = readable(contract(Lang.EN));
        Labels zh = new Labels(Lang.ZH, null);
        for (FindingStatus status : FindingStatus.values()) {
            assertThat(seen.contains(zh.status(status))).as(zh.status(status)).isFalse();
        }
        for (String word : List.of("无数据", "未计算", "未填写单位", "门槛")) {
            assertThat(seen.contains(word)).as(word).isFalse();
        }
    }

    @Test
    void contractUntrustedTextIsNeutralisedAndKept() throws Exception {
        for (Lang lang : Lang.values()) {
            assertUntrustedTextIsSafe(contract(lang), lang);
        }
    }

    byte[] contract(Lang lang) throws IOException {
        return render(ContractReport.report(), RenderOptions.plain(lang, ContractReport.catalogue()));
    }

    /** The start of a finding's message, before any untrusted text: enough to find it by. */
    static String lead(Finding finding, Lang lang) {
        String message = lang.pick(finding.message(), finding.messageEn());
        int end = message.length();
        for (String stop : List.of("：", ": ", "，")) {
            int at = message.indexOf(stop);
            end = at > 0 ? Math.min(end, at) : end;
        }
        return message.substring(0, end);
    }

    /** Text without white space, so that wrapping and cell breaks do not matter. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static RenderOptions plain(Lang lang) {
        return RenderOptions.plain(lang, catalogue());
    }

    /** A small catalogue of the rules in {@link #report()} (the built-in one lives in the rules module). */
    static Catalogue catalogue() {
        return new Catalogue(List.of(
                rule("ENF-001", Severity.ERROR, "case", "未经集体讨论", "No collective discussion"),
                rule("ENF-020", Severity.WARNING, "case", "疑似“一刀切”停产停业", "Possible blanket suspension"),
                rule("STF-003", Severity.INFO, "officer", "执法证件即将到期", "Certificate expiring")),
                List.of(new ParameterSpec("service_deadline_workdays", new BigDecimal("7"), ParameterSpec.Type.INTEGER,
                        new Text("送达期限（日）", "Days from decision to service"))));
    }

    private static RuleSpec rule(String id, Severity severity, String type, String zh, String en) {
        return new RuleSpec(id, severity, type, new Text(zh, en), new Text(zh + "：{case_id}", en + ": {case_id}"),
                "二(四)2", "行政处罚法", "严格规范执法", List.of(), List.of(), Map.of(), List.of(), false, Map.of());
    }

    byte[] render(Report report, RenderOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer().render(report, options, out);
        return out.toByteArray();
    }

    String text(Report report, RenderOptions options) throws IOException {
        return new String(render(report, options), StandardCharsets.UTF_8);
    }

    /** A report with something of everything: nulls in fields, a CSV source, a group finding, indicators. */
    static Report report() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("service_deadline_workdays", new BigDecimal("7"));
        parameters.put("hearing_fine_org", new BigDecimal("1E+5"));
        List<InputSummary> inputs = List.of(
                new InputSummary("exports/2025.xlsx", "行政处罚案件", "case", 1200, 3, List.of("备注"), null),
                new InputSummary("exports/2025.xlsx", "说明", null, 0, 0, List.of(), "read.ignored.unrecognised"),
                new InputSummary("exports/officers.csv", null, "officer", 85, 0, List.of(), null));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("complex_or_major", "是");
        fields.put("collective_discussion_date", null);
        fields.put("decision_date", "2025-03-02");
        Finding enf001 = new Finding("ENF-001", Severity.ERROR, "case", "KM-2025-000123", "昆明市市场监督管理局",
                new SourceRef("exports/2025.xlsx", "行政处罚案件", 57), fields, "二(四)2", "行政处罚法 第57条",
                "情节复杂或重大违法行为的处罚决定未经行政机关负责人集体讨论",
                "Penalty for a complex or major violation was decided without collective discussion by agency heads",
                List.of(), null);
        Finding group = new Finding("ENF-020", Severity.WARNING, "case", "昆明市市场监督管理局/食品药品/2025-W10",
                "昆明市市场监督管理局", new SourceRef("exports/2025.xlsx", "行政处罚案件", 60), Map.of(), "二(四)2", "",
                "同一周内 5 件责令停产停业", "5 suspension orders in one week",
                List.of(new Related("KM-1", new SourceRef("exports/2025.xlsx", "行政处罚案件", 60)),
                        new Related("KM-2", new SourceRef("exports/2025.xlsx", "行政处罚案件", 61))), null);
        Finding officer = new Finding("STF-003", Severity.INFO, "officer", "53010001", "昆明市司法局",
                new SourceRef("exports/officers.csv", null, 2), Map.of("certificate_valid_until", "2026-01-10"),
                "二(四)2", "", "执法证件即将到期", "The certificate expires soon", List.of(),
                new Suppression(Suppression.WAIVER, "换证中", "法制科", "2026-03-31"));
        List<Finding> findings = List.of(enf001, group, officer);
        Map<String, Integer> records = new LinkedHashMap<>();
        records.put("case", 1200);
        records.put("officer", 85);
        Map<String, Integer> severities = new LinkedHashMap<>();
        severities.put("error", 1);
        severities.put("warning", 1);
        severities.put("info", 1);
        Map<String, Integer> byRule = new TreeMap<>(Map.of("ENF-001", 1, "ENF-020", 1, "STF-003", 1));
        Summary summary = new Summary(records, severities, byRule, Gate.of(FailOn.ERROR, findings),
                List.of(new Summary.SkippedRules(List.of("ENF-008"), "未提供执法人员数据", "No officers")));
        List<Indicator> indicators = List.of(
                new Indicator("IND-04", "行政执法案卷评查合格率", "Case file review pass rate", 1169, 1200, 0.974, 0.95,
                        true, "二(七)3", List.of(new Indicator.ByAgency("昆明市交通运输局", 90, 100, 0.9, false),
                                new Indicator.ByAgency("昆明市市场监督管理局", 300, 310, 0.968, true))),
                new Indicator("IND-05", "行政机关负责人出庭应诉率", "Agency heads appearing in court", 0, 0, null, 1.0,
                        null, "二(六)6", List.of()),
                new Indicator("IND-06", "执法案件上平台率", "Enforcement cases on the platform", 2499, 2500, 0.9996, 1.0,
                        false, "二(八)3", List.of(new Indicator.ByAgency("昆明市市场监督管理局", 2499, 2500, 0.9996,
                                false))));
        return new Report(Report.SCHEMA, new Report.Tool("fazhi", "1.0.0"), "2025-12-31", parameters, inputs, summary,
                indicators, null, findings);
    }

    static Report emptyReport() {
        Map<String, Integer> severities = new LinkedHashMap<>();
        severities.put("error", 0);
        severities.put("warning", 0);
        severities.put("info", 0);
        Summary summary = new Summary(Map.of(), severities, Map.of(), Gate.of(FailOn.ERROR, List.of()), List.of());
        return new Report(Report.SCHEMA, new Report.Tool("fazhi", "1.0.0"), "2025-12-31", Map.of(), List.of(),
                summary, List.of(), null, List.of());
    }
}

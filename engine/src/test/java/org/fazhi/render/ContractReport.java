package org.fazhi.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.model.InputSummary;
import org.fazhi.model.SourceRef;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.Related;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.Suppression;

/**
 * The one report every format must render alike (the renderer contract): a finding of every
 * status, a cross-record finding, a record without an agency, a finding about a whole sheet,
 * untrusted text (a formula, a script, control characters, a 40,000-character value) and an
 * indicator at 19,999/20,000 against a 100% target.
 */
final class ContractReport {
    static final String FILE = "exports/台账2025.xlsx";
    static final String SHEET = "行政处罚案件";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example/\",\"点此\")";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String LONG_VALUE = "长".repeat(40_000);

    private ContractReport() {
    }

    static Catalogue catalogue() {
        return new Catalogue(List.of(
                rule("ENF-001", Severity.ERROR, "case", "未经集体讨论", "No collective discussion"),
                rule("ENF-005", Severity.ERROR, "case", "送达超期", "Late service"),
                rule("ENF-020", Severity.WARNING, "case", "疑似“一刀切”停产停业", "Possible blanket suspension"),
                rule("STF-003", Severity.INFO, "officer", "执法证件即将到期", "Certificate expiring"),
                rule("DQ-007", Severity.WARNING, "*", "判定列缺失", "Deciding column missing")), List.of());
    }

    private static RuleSpec rule(String id, Severity severity, String type, String zh, String en) {
        return new RuleSpec(id, severity, type, new Text(zh, en), new Text(zh, en), "二(四)2", "行政处罚法",
                "严格规范执法", List.of(), List.of(), Map.of(), List.of(), false, Map.of());
    }

    static Report report() {
        List<InputSummary> inputs = List.of(
                new InputSummary(FILE, SHEET, "case", 20_000, 0, List.of(), null),
                new InputSummary("exports/officers.csv", null, "officer", 85, 0, List.of(), null));
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("ENF-001", Severity.ERROR, "KM-0001", "昆明市市场监督管理局", 2,
                Map.of("decision_date", "2025-03-05"), "普通的问题：未经集体讨论", "A counted finding", null));
        findings.add(finding("ENF-005", Severity.ERROR, "KM-0002", "昆明市市场监督管理局", 3,
                Map.of("service_date", "2025-03-20"), "基线中已有的问题：送达超期", "A baselined finding",
                Suppression.baseline()));
        findings.add(finding("ENF-005", Severity.ERROR, "KM-0003", "昆明市交通运输局", 4,
                Map.of("service_date", "2025-04-01"), "已豁免的问题：送达超期", "A waived finding",
                new Suppression(Suppression.WAIVER, "经复核属实", "法制科", "2026-03-31")));
        findings.add(finding("ENF-001", Severity.ERROR, "KM-0004", null, 5, Map.of("decision_date", "2025-05-06"),
                "未填写单位的记录：未经集体讨论", "A record without an agency", null));
        findings.add(finding("ENF-001", Severity.ERROR, FORMULA, "昆明市交通运输局", 6,
                Map.of("case_id", FORMULA), "编号像公式的记录：" + FORMULA, "A record whose ID looks like a formula: "
                        + FORMULA, null));
        findings.add(finding("ENF-001", Severity.ERROR, "KM-0006", "昆明市交通运输局" + SCRIPT, 7,
                Map.of("party_name", SCRIPT), "当事人含脚本：" + SCRIPT + "，含控制字符\u001b[31m", "A party with a script: "
                        + SCRIPT + ", a control character\u001b[31m", null));
        findings.add(finding("ENF-001", Severity.ERROR, "KM-0007", "昆明市交通运输局", 8,
                Map.of("party_name", LONG_VALUE), "超长取值：" + LONG_VALUE, "A very long value: " + LONG_VALUE, null));
        findings.add(new Finding("ENF-020", Severity.WARNING, "case", "昆明市市场监督管理局|食品药品|2025-W10",
                "昆明市市场监督管理局", new SourceRef(FILE, SHEET, 9), Map.of("decision_date", "2025-03-03"), "二(四)2", "",
                "低于门槛的跨记录问题：同一周内 5 件责令停产停业", "A cross-record finding below the gate",
                List.of(new Related("KM-0008", new SourceRef(FILE, SHEET, 9)),
                        new Related("KM-0009", new SourceRef(FILE, SHEET, 10))), null));
        findings.add(new Finding("DQ-007", Severity.WARNING, "case", null, null, new SourceRef(FILE, SHEET, 1),
                Map.of(), "数据质量", "", "缺少整列的问题：列「送达日期」缺失", "A missing column", List.of(), null));
        findings.add(new Finding("STF-003", Severity.INFO, "officer", "53010001", "昆明市司法局",
                new SourceRef("exports/officers.csv", null, 2), Map.of("certificate_valid_until", "2026-01-10"),
                "二(四)2", "", "CSV 里的提示：执法证件即将到期", "A note from a CSV file", List.of(), null));
        findings.sort(Finding.REPORT_ORDER);

        Map<String, Integer> records = new LinkedHashMap<>();
        records.put("case", 20_000);
        records.put("officer", 85);
        Map<String, Integer> severities = new LinkedHashMap<>();
        severities.put("error", 7);
        severities.put("warning", 2);
        severities.put("info", 1);
        Map<String, Integer> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
        Summary summary = new Summary(records, severities, byRule, Gate.of(FailOn.ERROR, findings), List.of());
        return new Report(Report.SCHEMA, new Report.Tool("fazhi", "1.0.0"), "2025-12-31", Map.of(), inputs, summary,
                indicators(), null, findings);
    }

    /** The indicators: one just short of its target, one met, one without data, one not computed. */
    static List<Indicator> indicators() {
        return List.of(
                new Indicator("IND-06", "执法案件上平台率", "Enforcement cases on the platform", 19_999, 20_000, 1.0,
                        1.0, false, "二(八)3", List.of(
                                new Indicator.ByAgency("昆明市交通运输局", 9_999, 10_000, 0.9999, false),
                                new Indicator.ByAgency("昆明市市场监督管理局", 10_000, 10_000, 1.0, true))),
                new Indicator("IND-04", "行政执法案卷评查合格率", "Case file review pass rate", 2, 11, 0.1818, 0.95,
                        false, "二(七)3", List.of(new Indicator.ByAgency("昆明市交通运输局", 2, 11, 0.1818, false))),
                new Indicator("IND-05", "行政机关负责人出庭应诉率", "Agency heads appearing in court", 0, 0, null, 1.0,
                        null, "二(六)6", List.of()),
                new Indicator("IND-07", "执法人员培训达标率", "Officers trained", null, 85, 0, null, 1.0, null,
                        "规则 STF-004 未运行", "rule STF-004 did not run", "二(四)1", List.of()));
    }

    private static Finding finding(String rule, Severity severity, String id, String agency, int row,
                                   Map<String, String> fields, String message, String messageEn,
                                   Suppression suppression) {
        return new Finding(rule, severity, "case", id, agency, new SourceRef(FILE, SHEET, row),
                new LinkedHashMap<>(fields), "二(四)2", "行政处罚法", message, messageEn, List.of(), suppression);
    }
}

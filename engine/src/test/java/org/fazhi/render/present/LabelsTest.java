package org.fazhi.render.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private final Labels zh = new Labels(Lang.ZH, catalogue());
    private final Labels en = new Labels(Lang.EN, catalogue());

    @Test
    void everyStatusHasOneWordPerLanguage() {
        assertThat(zh.status(FindingStatus.COUNTED)).isEqualTo("计入");
        assertThat(zh.status(FindingStatus.BELOW_GATE)).isEqualTo("低于门槛，不计入");
        assertThat(zh.status(FindingStatus.BASELINED)).isEqualTo("基线中已有，不计入");
        assertThat(zh.status(FindingStatus.WAIVED)).isEqualTo("已豁免，不计入");
        assertThat(en.status(FindingStatus.COUNTED)).isEqualTo("counted");
        assertThat(en.status(FindingStatus.BELOW_GATE)).isEqualTo("below the gate");
        assertThat(en.status(FindingStatus.BASELINED)).isEqualTo("in the baseline");
        assertThat(en.status(FindingStatus.WAIVED)).isEqualTo("waived");
    }

    @Test
    void severitiesRecordTypesAndRuleTitles() {
        assertThat(zh.severity(Severity.ERROR)).isEqualTo("错误");
        assertThat(en.severity(Severity.WARNING)).isEqualTo("warning");
        assertThat(zh.recordType("case")).isEqualTo("行政处罚案件");
        assertThat(en.recordType("case")).isEqualTo("Administrative penalty case");
        assertThat(zh.recordType("nonsense")).isEqualTo("nonsense");
        assertThat(zh.ruleTitle("ENF-001")).isEqualTo("未经集体讨论");
        assertThat(en.ruleTitle("ENF-001")).isEqualTo("No collective discussion");
        assertThat(zh.ruleTitle("XYZ-999")).isEmpty();
        assertThat(new Labels(Lang.ZH, null).ruleTitle("ENF-001")).isEmpty();
    }

    @Test
    void numbersListsDatesAndWeeks() {
        assertThat(zh.number(20_000)).isEqualTo("20,000");
        assertThat(en.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(zh.list(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙、丙");
        assertThat(en.list(List.of("a", "b"))).isEqualTo("a, b");
        assertThat(zh.date("2025-03-05")).isEqualTo("2025-03-05");
        assertThat(zh.date("2024-W03")).isEqualTo("2024年第3周");
        assertThat(en.date("2024-W03")).isEqualTo("week 3 of 2024");
        assertThat(zh.date("去年")).isEqualTo("去年");
        assertThat(zh.date((String) null)).isEmpty();
    }

    @Test
    void fieldsAreNamedByTheirHeadersInChinese() {
        assertThat(zh.fieldName("case", "service_date")).isEqualTo("「送达日期」");
        assertThat(en.fieldName("case", "service_date")).isEqualTo("service_date");
        // a field of another type (a cross-record rule) is still named
        assertThat(zh.fieldName("case", "officer_id")).isEqualTo("「执法证件号」");
        assertThat(zh.fieldName(null, "service_date")).isEqualTo("「送达日期」");
        assertThat(zh.fieldValue("case", "service_date", "2025-03-05")).isEqualTo("「送达日期」2025-03-05");
        assertThat(zh.fieldValue("case", "service_date", null)).isEqualTo("「送达日期」空");
        assertThat(en.fieldValue("case", "service_date", " ")).isEqualTo("service_date: blank");
    }

    @Test
    void aFindingsFieldsInItsOrder() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("decision_date", "2025-03-02");
        fields.put("service_date", null);
        Finding finding = new Finding("ENF-001", Severity.ERROR, "case", "KM-1", "甲局", new SourceRef("a.xlsx", "案件", 2),
                fields, "", "", "消息", "message", List.of(), null);
        assertThat(zh.fields(finding)).isEqualTo("「处罚决定日期」2025-03-02、「送达日期」空");
        assertThat(en.fields(finding)).isEqualTo("decision_date: 2025-03-02, service_date: blank");
    }

    @Test
    void theDataQualityClauseAndBasisAreWordsOfTheReadersLanguageAndCitationsStayAsCited() {
        assertThat(en.clause("数据质量")).isEqualTo("Data quality");
        assertThat(zh.clause("数据质量")).isEqualTo("数据质量");
        assertThat(en.clause("二(四)2")).isEqualTo("二(四)2");
        assertThat(en.basis("DQ-001", "数据质量：必填字段为空")).isEqualTo("Data quality: Required field is blank");
        assertThat(zh.basis("DQ-001", "数据质量：必填字段为空")).isEqualTo("数据质量：必填字段为空");
        assertThat(en.basis("ENF-001", "行政处罚法 第57条")).isEqualTo("行政处罚法 第57条");
    }

    private static Catalogue catalogue() {
        return new Catalogue(List.of(new RuleSpec("ENF-001", Severity.ERROR, "case",
                new Text("未经集体讨论", "No collective discussion"), new Text("消息", "message"), "二(四)2", "",
                "", List.of(), List.of(), Map.of(), List.of(), false, Map.of()),
                new RuleSpec("DQ-001", Severity.ERROR, "*", new Text("必填字段为空", "Required field is blank"),
                        new Text("消息", "message"), "数据质量", "数据质量：必填字段为空", "", List.of(), List.of(),
                        Map.of(), List.of(), false, Map.of())), List.of());
    }
}

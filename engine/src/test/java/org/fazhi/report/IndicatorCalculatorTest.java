package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.evaluate.Parameters;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.junit.jupiter.api.Test;

class IndicatorCalculatorTest {
    private static final String KM = "昆明市市场监督管理局";
    private static final String JUSTICE = "昆明市司法局";
    private static final LocalDate DAY = LocalDate.of(2025, 3, 2);

    private final List<Record> records = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    /** A record of the type on the given row of its own sheet, with fields set by key/value pairs. */
    private Record add(String type, int row, Object... keyValues) {
        RecordType recordType = RecordTypes.byKey(type).orElseThrow();
        Record record = recordType.newRecord(new SourceRef("in.xlsx", type, row));
        recordType.field(recordType.idField().key()).orElseThrow().set(record, type + "-" + row);
        for (int i = 0; i < keyValues.length; i += 2) {
            recordType.field((String) keyValues[i]).orElseThrow().set(record, keyValues[i + 1]);
        }
        records.add(record);
        return record;
    }

    private void find(String ruleId, Severity severity, Record record) {
        findings.add(finding(ruleId, severity, record, List.of(), null));
    }

    /** A finding as the engine makes it: on the record's source, with its type and agency. */
    private static Finding finding(String ruleId, Severity severity, Record record, List<Related> related,
                                   Suppression suppression) {
        return new Finding(ruleId, severity, record.typeKey(), "x", record.getAgency(), record.getSource(), Map.of(),
                "", "", "问题", "issue", related, suppression);
    }

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private static Parameters parameters(String minHours) {
        return new Parameters(Map.of("min_training_hours", new BigDecimal(minHours),
                "suggestion_reply_months", BigDecimal.valueOf(2), "suggestion_urgent_reply_days", BigDecimal.valueOf(15)));
    }

    private Indicator indicator(String id) {
        return indicator(id, "60");
    }

    private Indicator indicator(String id, String minHours) {
        return indicators(parameters(minHours), Map.of()).stream()
                .filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Indicator> indicators(Parameters parameters, Map<String, List<String>> notRun) {
        return new IndicatorCalculator((record, name) -> parameters.forRecord(record).decimal(name), AS_OF, notRun)
                .calculate(records, findings);
    }

    @Test
    void tenIndicatorsInOrderEachWithNoDataWhenThereAreNoRecords() {
        List<Indicator> indicators = indicators(parameters("60"), Map.of());
        assertThat(indicators).extracting(Indicator::id).containsExactly("IND-01", "IND-02", "IND-03", "IND-04",
                "IND-05", "IND-06", "IND-07", "IND-08", "IND-09", "IND-10");
        assertThat(indicators).allSatisfy(i -> {
            assertThat(i.denominator()).isZero();
            assertThat(i.unfilled()).isZero();
            assertThat(i.value()).isNull();
            assertThat(i.met()).isNull();
            assertThat(i.reason()).isNull();
            assertThat(i.byAgency()).isEmpty();
            assertThat(i.name()).isNotBlank();
            assertThat(i.nameEn()).isNotBlank();
            assertThat(i.clause()).isNotBlank();
        });
        assertThat(indicators).extracting(Indicator::target)
                .containsExactly(1.0, 1.0, 1.0, 0.95, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
        assertThat(indicators.get(2).name()).isEqualTo("规范性文件报备及时率");
        assertThat(indicators.get(3).name()).isEqualTo("行政执法案卷自动核查合格率");
        assertThat(indicators.get(3).clause()).isEqualTo("二(七)3");
        assertThat(indicators.get(8).name()).isEqualTo("生效裁判履行率");
        assertThat(indicators.get(9).name()).isEqualTo("司法建议、检察建议按期反馈率");
    }

    @Test
    void anIndicatorWhoseRuleDidNotRunIsNotComputed() {
        find("DEC-005", Severity.ERROR, add("decision", 2, "agency", KM, "stability_risk", true,
                "discussion_date", DAY));
        List<Indicator> indicators = indicators(parameters("60"), Map.of("IND-01", List.of("DEC-005")));
        Indicator ind01 = indicators.get(0);
        assertThat(ind01.value()).isNull();
        assertThat(ind01.met()).isNull();
        assertThat(ind01.numerator()).isNull();
        assertThat(ind01.denominator()).isEqualTo(1);
        // why, which every format puts after its own word for "not computed"
        assertThat(ind01.reason()).contains("DEC-005", "未运行").doesNotContain("未计算");
        assertThat(ind01.reasonEn()).contains("DEC-005", "left out").doesNotContain("not computed");
        assertThat(ind01.byAgency()).singleElement().satisfies(a -> {
            assertThat(a.value()).isNull();
            assertThat(a.numerator()).isNull();
        });
        assertThat(indicators.get(1).reason()).isNull();
    }

    @Test
    void theRulesAnIndicatorNeedsAreNamedWhenTheSelectionLeavesThemOut() throws Exception {
        org.fazhi.catalogue.Catalogue catalogue = new org.fazhi.catalogue.Catalogue(List.of(
                spec("ENF-001", Severity.ERROR), spec("ENF-002", Severity.WARNING), spec("DEC-005", Severity.ERROR),
                spec("DOC-002", Severity.ERROR), spec("SUG-001", Severity.ERROR)), List.of());
        assertThat(IndicatorDefinition.rulesNotRun(catalogue, org.fazhi.evaluate.RuleSelection.all()::selects))
                .isEmpty();
        assertThat(IndicatorDefinition.rulesNotRun(catalogue,
                org.fazhi.evaluate.RuleSelection.of(List.of("DEC"), List.of(), catalogue)::selects))
                .containsOnlyKeys("IND-03", "IND-04", "IND-10")
                .containsEntry("IND-04", List.of("ENF-001"));
        assertThat(IndicatorDefinition.rulesNotRun(catalogue,
                org.fazhi.evaluate.RuleSelection.of(List.of(), List.of("ENF-002"), catalogue)::selects))
                .as("a warning does not decide IND-04").isEmpty();
    }

    private static org.fazhi.catalogue.RuleSpec spec(String id, Severity severity) {
        org.fazhi.catalogue.Text text = new org.fazhi.catalogue.Text("t", "t");
        return new org.fazhi.catalogue.RuleSpec(id, severity, "*", text, text, "c", "", "", List.of(), List.of(),
                Map.of(), List.of(), false, Map.of());
    }

    @Test
    void ind01CountsDecisionsWithStabilityRiskAndNoDec005() {
        add("decision", 2, "agency", KM, "stability_risk", true, "discussion_date", DAY);
        find("DEC-005", Severity.ERROR, add("decision", 3, "agency", KM, "stability_risk", true,
                "decision_date", DAY));
        add("decision", 4, "agency", JUSTICE, "stability_risk", true, "discussion_date", DAY);
        add("decision", 5, "agency", KM, "stability_risk", false, "discussion_date", DAY);
        add("decision", 6, "agency", KM, "discussion_date", DAY);          // blank: unfilled
        add("decision", 7, "agency", KM);                                   // blank, not discussed: nothing
        find("DEC-005", Severity.ERROR, add("decision", 8, "agency", KM, "stability_risk", true)); // a draft
        find("DEC-001", Severity.ERROR, records.get(0));                    // another rule: still assessed

        Indicator ind = indicator("IND-01");
        assertThat(ind.numerator()).isEqualTo(2);
        assertThat(ind.denominator()).isEqualTo(3);
        assertThat(ind.unfilled()).isEqualTo(1);
        assertThat(ind.value()).isEqualTo(0.6667);
        assertThat(ind.met()).isFalse();
        assertThat(ind.byAgency()).containsExactly(  // by name: 司 before 市
                new Indicator.ByAgency(JUSTICE, 1, 1, 0, 1.0, true),
                new Indicator.ByAgency(KM, 1, 2, 1, 0.5, false));
    }

    @Test
    void ind02CountsDecisionsListedInTheCatalogueAmongThoseWhereItIsKnown() {
        add("decision", 2, "agency", KM, "in_annual_catalog", true);
        add("decision", 3, "agency", KM, "in_annual_catalog", false);
        add("decision", 4, "agency", KM);

        Indicator ind = indicator("IND-02");
        assertThat(ind.numerator()).isEqualTo(1);
        assertThat(ind.denominator()).isEqualTo(2);
        assertThat(ind.unfilled()).isEqualTo(1);
        assertThat(ind.value()).isEqualTo(0.5);
        assertThat(ind.met()).isFalse();
    }

    @Test
    void ind03CountsIssuedDocumentsWithoutDoc002() {
        add("document", 2, "agency", KM, "issue_date", DAY);
        add("document", 3, "agency", KM, "issue_date", DAY);
        find("DOC-002", Severity.ERROR, add("document", 4, "agency", KM, "issue_date", DAY));
        add("document", 5, "agency", KM);                                   // no issue date: unfilled

        Indicator ind = indicator("IND-03");
        assertThat(ind.numerator()).isEqualTo(2);
        assertThat(ind.denominator()).isEqualTo(3);
        assertThat(ind.unfilled()).isEqualTo(1);
        assertThat(ind.value()).isEqualTo(0.6667);
    }

    @Test
    void ind04CountsDecidedCasesWithoutAnErrorFindingOtherThanDataQualityEvenASuppressedOne() {
        Record clean = add("case", 2, "agency", KM, "decision_date", DAY);
        Record warned = add("case", 3, "agency", KM, "decision_date", DAY);
        Record wrong = add("case", 4, "agency", KM, "decision_date", DAY);
        Record waived = add("case", 5, "agency", KM, "decision_date", DAY);
        Record grouped = add("case", 6, "agency", KM, "decision_date", DAY);
        Record leader = add("case", 7, "agency", KM, "decision_date", DAY);
        find("ENF-014", Severity.ERROR, add("case", 8, "agency", KM));      // pending: unfilled, not counted
        find("ENF-020", Severity.WARNING, warned);
        find("DQ-002", Severity.ERROR, wrong);
        findings.add(finding("ENF-001", Severity.ERROR, waived, List.of(),
                new Suppression(Suppression.WAIVER, "整改中", "法制科", "2026-03-31")));
        // an error of a group (reported at its first member) counts for every member
        findings.add(finding("X-001", Severity.ERROR, leader, List.of(new Related("case-7", leader.getSource()),
                new Related("case-6", grouped.getSource())), null));
        // same row, another sheet: not a case
        find("DEC-001", Severity.ERROR, add("decision", 2, "agency", KM));

        Indicator ind = indicator("IND-04");
        assertThat(ind.numerator()).as("clean, warned and the DQ-002 one").isEqualTo(3);
        assertThat(ind.denominator()).isEqualTo(6);
        assertThat(ind.unfilled()).isEqualTo(1);
        assertThat(ind.value()).isEqualTo(0.5);
        assertThat(ind.met()).isFalse();
        assertThat(clean.getSource().row()).isEqualTo(2);
    }

    @Test
    void ind04IsMetAtExactlyNinetyFivePercentAndNotBelow() {
        for (int row = 1; row <= 20; row++) {
            Record c = add("case", row, "agency", KM, "decision_date", DAY);
            if (row == 20) {
                find("ENF-001", Severity.ERROR, c);
            }
        }
        Indicator exactly = indicator("IND-04");
        assertThat(exactly.value()).isEqualTo(0.95);
        assertThat(exactly.met()).isTrue();
        assertThat(exactly.byAgency()).containsExactly(new Indicator.ByAgency(KM, 19, 20, 0.95, true));

        records.clear();
        findings.clear();
        for (int row = 1; row <= 10_000; row++) {
            Record c = add("case", row, "agency", KM, "decision_date", DAY);
            if (row <= 501) {
                find("ENF-001", Severity.ERROR, c);
            }
        }
        Indicator below = indicator("IND-04");
        assertThat(below.numerator()).isEqualTo(9499);
        assertThat(below.value()).isEqualTo(0.9499);
        assertThat(below.met()).isFalse();
    }

    @Test
    void metIsDecidedOnTheExactRatioNotTheRoundedValue() {
        assertThat(IndicatorCalculator.value(18_999, 20_000)).isEqualTo(0.95);
        assertThat(IndicatorCalculator.met(18_999, 20_000, 0.95)).isFalse();
        assertThat(IndicatorCalculator.value(19_999, 20_000)).isEqualTo(1.0);
        assertThat(IndicatorCalculator.met(19_999, 20_000, 1.0)).isFalse();
        assertThat(IndicatorCalculator.value(2, 3)).isEqualTo(0.6667);
        assertThat(IndicatorCalculator.value(0, 0)).isNull();
        assertThat(IndicatorCalculator.met(0, 0, 1.0)).isNull();
    }

    @Test
    void ind05CountsHeadsAppearingAmongLitigationWhereItIsKnown() {
        add("litigation", 2, "agency", KM, "head_appeared", true);
        add("litigation", 3, "agency", KM, "head_appeared", false);
        add("litigation", 4, "agency", KM);

        Indicator ind = indicator("IND-05");
        assertThat(ind.numerator()).isEqualTo(1);
        assertThat(ind.denominator()).isEqualTo(2);
        assertThat(ind.value()).isEqualTo(0.5);
    }

    @Test
    void ind06CountsCasesOnThePlatformAmongThoseWhereItIsKnown() {
        add("case", 2, "agency", KM, "on_platform", true);
        add("case", 3, "agency", KM, "on_platform", true);
        add("case", 4, "agency", KM);

        Indicator ind = indicator("IND-06");
        assertThat(ind.numerator()).isEqualTo(2);
        assertThat(ind.denominator()).isEqualTo(2);
        assertThat(ind.value()).isEqualTo(1.0);
        assertThat(ind.met()).isTrue();
    }

    @Test
    void ind07CountsEnforcementOfficersOfCompletedYearsWithEnoughHoursAmongThoseWithHours() {
        add("officer", 2, "agency", KM, "roles", Set.of("行政执法"), "training_year", 2024,
                "training_hours", new BigDecimal("60"));
        add("officer", 3, "agency", KM, "roles", Set.of("行政执法", "法制审核"), "training_year", 2024,
                "training_hours", new BigDecimal("59.5"));
        add("officer", 4, "agency", KM, "roles", Set.of("法制审核"), "training_year", 2024,
                "training_hours", new BigDecimal("10"));
        add("officer", 5, "agency", KM, "roles", Set.of("行政执法"), "training_year", 2024);   // unfilled
        add("officer", 6, "agency", KM, "training_year", 2024, "training_hours", new BigDecimal("100"));
        add("officer", 7, "agency", KM, "roles", Set.of("行政执法"), "training_year", 2025,
                "training_hours", new BigDecimal("10"));                      // the year in progress
        add("officer", 8, "agency", KM, "roles", Set.of("行政执法"), "training_hours", new BigDecimal("70"));

        Indicator ind = indicator("IND-07");
        assertThat(ind.numerator()).isEqualTo(1);
        assertThat(ind.denominator()).isEqualTo(2);
        assertThat(ind.unfilled()).isEqualTo(2);
        assertThat(ind.value()).isEqualTo(0.5);

        Indicator lower = indicator("IND-07", "59.5");
        assertThat(lower.numerator()).isEqualTo(2);
        assertThat(lower.met()).isTrue();
    }

    @Test
    void ind08CountsPublishedDecisionsAmongDecidedOnesWhereItIsKnown() {
        add("reconsideration", 2, "agency", JUSTICE, "decision_date", DAY, "published_online", true);
        add("reconsideration", 3, "agency", JUSTICE, "decision_date", DAY, "published_online", false);
        add("reconsideration", 4, "agency", JUSTICE, "decision_date", DAY);
        add("reconsideration", 5, "agency", JUSTICE, "published_online", true);
        add("reconsideration", 6, "agency", JUSTICE, "decision_date", DAY, "published_online", false,
                "publication_exempt", true);                                    // lawfully not published

        Indicator ind = indicator("IND-08");
        assertThat(ind.numerator()).isEqualTo(1);
        assertThat(ind.denominator()).isEqualTo(2);
        assertThat(ind.unfilled()).isEqualTo(1);
        assertThat(ind.value()).isEqualTo(0.5);
        assertThat(ind.byAgency()).containsExactly(new Indicator.ByAgency(JUSTICE, 1, 2, 1, 0.5, false));
    }

    @Test
    void ind09CountsPerformedEffectiveJudgments() {
        add("litigation", 2, "agency", KM, "judgment_effective", true, "judgment_performed", true);
        add("litigation", 3, "agency", KM, "judgment_effective", true, "judgment_performed", false);
        add("litigation", 4, "agency", KM, "judgment_effective", true);               // unfilled
        add("litigation", 5, "agency", KM, "judgment_effective", false, "judgment_performed", false);
        add("litigation", 6, "agency", KM, "judgment_performed", false);

        Indicator ind = indicator("IND-09");
        assertThat(ind.numerator()).isEqualTo(1);
        assertThat(ind.denominator()).isEqualTo(2);
        assertThat(ind.unfilled()).isEqualTo(1);
    }

    @Test
    void ind10CountsSuggestionsDueAndAnsweredWithoutSug001() {
        add("suggestion", 2, "agency", KM, "received_date", LocalDate.of(2025, 3, 1),
                "reply_date", LocalDate.of(2025, 4, 1));
        find("SUG-001", Severity.ERROR, add("suggestion", 3, "agency", KM, "received_date", LocalDate.of(2025, 3, 1),
                "reply_date", LocalDate.of(2025, 6, 1)));
        find("SUG-001", Severity.ERROR, add("suggestion", 4, "agency", KM,
                "received_date", LocalDate.of(2025, 10, 30)));                // due 2025-12-30, before the as-of date
        add("suggestion", 5, "agency", KM, "received_date", LocalDate.of(2025, 10, 31)); // due 12-31: not yet
        add("suggestion", 6, "agency", KM, "received_date", LocalDate.of(2025, 12, 10),
                "kind", "诉前检察建议", "urgent", true);                       // due 12-25: due, no finding here

        Indicator ind = indicator("IND-10");
        assertThat(ind.denominator()).isEqualTo(4);
        assertThat(ind.numerator()).isEqualTo(2);
        assertThat(ind.unfilled()).isZero();
    }

    @Test
    void aBlankAgencyCountsOverallOnlyAndAgenciesAreSorted() {
        add("officer", 2, "agency", "b局", "roles", Set.of("行政执法"), "training_year", 2024,
                "training_hours", new BigDecimal("70"));
        add("officer", 3, "roles", Set.of("行政执法"), "training_year", 2024, "training_hours", new BigDecimal("10"));
        add("officer", 4, "agency", "a局", "roles", Set.of("行政执法"), "training_year", 2024,
                "training_hours", new BigDecimal("80"));

        Indicator ind = indicator("IND-07");
        assertThat(ind.numerator()).isEqualTo(2);
        assertThat(ind.denominator()).isEqualTo(3);
        assertThat(ind.met()).isFalse();
        assertThat(ind.byAgency()).containsExactly(
                new Indicator.ByAgency("a局", 1, 1, 1.0, true),
                new Indicator.ByAgency("b局", 1, 1, 1.0, true));
    }

    @Test
    void anIndicatorWithoutDataIsListedWhileOthersHaveData() {
        add("case", 2, "agency", KM, "on_platform", true);

        List<Indicator> indicators = indicators(parameters("60"), Map.of());
        assertThat(indicators).hasSize(10);
        Indicator ind05 = indicators.get(4);
        assertThat(ind05.id()).isEqualTo("IND-05");
        assertThat(ind05.value()).isNull();
        assertThat(ind05.met()).isNull();
        assertThat(indicators.get(5).value()).isEqualTo(1.0);
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.fazhi.evaluate.Parameters;
import org.fazhi.model.PenaltyCase;
import org.junit.jupiter.api.Test;

class PenaltyTermsTest {
    private static final Parameters DEFAULTS = new Parameters(Map.of(
            "hearing_fine_natural", new BigDecimal("10000"), "hearing_fine_org", new BigDecimal("100000"),
            "hearing_confiscation_natural", new BigDecimal("10000"), "hearing_confiscation_org", new BigDecimal("100000")));

    private static PenaltyCase kase(String partyType, String types, String fine, String confiscation) {
        return (PenaltyCase) CaseRulesTest.kase().with("party_type", partyType).with("penalty_types", types)
                .with("fine_amount", fine).with("confiscation_amount", confiscation).build();
    }

    @Test
    void penaltyImposedMeansATypeOtherThanNoPenalty() {
        assertThat(PenaltyTerms.penaltyImposed(null)).isFalse();
        assertThat(PenaltyTerms.penaltyImposed(Set.of())).isFalse();
        assertThat(PenaltyTerms.penaltyImposed(Set.of("不予处罚"))).isFalse();
        assertThat(PenaltyTerms.penaltyImposed(Set.of("警告"))).isTrue();
        assertThat(PenaltyTerms.penaltyImposed(Set.of("不予处罚", "警告"))).isTrue();
    }

    @Test
    void thresholdDependsOnPartyType() {
        assertThat(PenaltyTerms.largeAmount("自然人", DEFAULTS)).isEqualByComparingTo("10000");
        assertThat(PenaltyTerms.largeAmount("法人", DEFAULTS)).isEqualByComparingTo("100000");
        assertThat(PenaltyTerms.largeAmount("其他组织", DEFAULTS)).isEqualByComparingTo("100000");
        assertThat(PenaltyTerms.largeAmount(null, DEFAULTS)).isEqualByComparingTo("100000");
    }

    @Test
    void heavyAtTheThresholdNotOneYuanBelow() {
        assertThat(PenaltyTerms.heavy(kase("自然人", "罚款", "10000", null), DEFAULTS)).isTrue();
        assertThat(PenaltyTerms.heavy(kase("自然人", "罚款", "9999", null), DEFAULTS)).isFalse();
        assertThat(PenaltyTerms.heavy(kase("法人", "罚款", "100000.00", null), DEFAULTS)).isTrue();
        assertThat(PenaltyTerms.heavy(kase(null, "罚款", "99999", null), DEFAULTS)).isFalse();
        assertThat(PenaltyTerms.heavy(kase("自然人", "没收违法所得", null, "10000"), DEFAULTS)).isTrue();
        assertThat(PenaltyTerms.heavy(kase("自然人", null, null, null), DEFAULTS)).isFalse();
    }

    @Test
    void confiscationHasItsOwnThresholds() {
        Parameters own = new Parameters(Map.of(
                "hearing_fine_natural", new BigDecimal("10000"), "hearing_fine_org", new BigDecimal("100000"),
                "hearing_confiscation_natural", new BigDecimal("5000"), "hearing_confiscation_org", new BigDecimal("50000")));
        assertThat(PenaltyTerms.heavy(kase("自然人", "没收违法所得", null, "5000"), own)).isTrue();
        assertThat(PenaltyTerms.heavy(kase("自然人", "没收违法所得", null, "4999"), own)).isFalse();
        assertThat(PenaltyTerms.heavy(kase(null, "没收违法所得", null, "50000"), own)).isTrue();
        assertThat(PenaltyTerms.heavy(kase(null, "没收违法所得", null, "49999"), own)).isFalse();
        assertThat(PenaltyTerms.heavy(kase("法人", "罚款", "50000", null), own)).isFalse();
    }

    @Test
    void yearsAndFractionsOfYears() {
        assertThat(PenaltyTerms.plusYears(java.time.LocalDate.of(2024, 2, 29), new BigDecimal("2")))
                .isEqualTo(java.time.LocalDate.of(2026, 2, 28));
        assertThat(PenaltyTerms.plusYears(java.time.LocalDate.of(2024, 8, 31), new BigDecimal("0.5")))
                .isEqualTo(java.time.LocalDate.of(2025, 2, 28));
        assertThat(PenaltyTerms.plusYears(java.time.LocalDate.of(2023, 12, 31), new BigDecimal("0.5")))
                .isEqualTo(java.time.LocalDate.of(2024, 6, 30));
        assertThat(PenaltyTerms.plusYears(java.time.LocalDate.of(2020, 3, 1), new BigDecimal("5")))
                .isEqualTo(java.time.LocalDate.of(2025, 3, 1));
    }

    @Test
    void imposedNeedsADecision() {
        assertThat(PenaltyTerms.imposed(kase(null, "警告", null, null))).isFalse();
        PenaltyCase decided = (PenaltyCase) CaseRulesTest.kase().with("penalty_types", "警告")
                .with("decision_date", "2025-04-01").build();
        assertThat(PenaltyTerms.imposed(decided)).isTrue();
        PenaltyCase exempted = (PenaltyCase) CaseRulesTest.kase().with("penalty_types", "不予处罚")
                .with("decision_date", "2025-04-01").build();
        assertThat(PenaltyTerms.imposed(exempted)).isFalse();
    }

    @Test
    void heavyTypesAloneAreHeavy() {
        for (String type : PenaltyTerms.HEAVY_TYPES) {
            assertThat(PenaltyTerms.heavy(kase(null, type, null, null), DEFAULTS)).as(type).isTrue();
        }
        assertThat(PenaltyTerms.heavy(kase(null, "警告、行政拘留、暂扣许可证件", null, null), DEFAULTS)).isFalse();
    }

    @Test
    void aReasonIsGivenExactlyWhenThePenaltyIsHeavy() {
        String[][] cases = {
            {"自然人", "罚款", "10000", null}, {"自然人", "罚款", "9999", null}, {null, "罚款", "99999", "100000"},
            {"法人", "吊销许可证件、罚款", "200000", null}, {"法人", "警告", null, null}, {null, null, null, null},
            {"自然人", "没收违法所得", null, "9999.99"}, {"其他组织", "限制从业", null, null}};
        for (String[] c : cases) {
            PenaltyCase kase = kase(c[0], c[1], c[2], c[3]);
            assertThat(PenaltyTerms.heavyReason(kase, DEFAULTS) != null).as(String.join(",", java.util.Arrays.asList(c)))
                    .isEqualTo(PenaltyTerms.heavy(kase, DEFAULTS));
        }
        assertThat(PenaltyTerms.heavyReason(kase("法人", "吊销许可证件、罚款", "200000", null), DEFAULTS).zh())
                .isEqualTo("处罚种类含吊销许可证件；罚款200000元达到较大数额标准100000元（法人）");
    }
}

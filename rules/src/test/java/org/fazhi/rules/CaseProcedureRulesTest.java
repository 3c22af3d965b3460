package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.CaseRulesTest.kase;
import static org.fazhi.rules.CaseRulesTest.undecided;
import static org.fazhi.rules.RuleRunner.of;

import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The v2 procedure rules: a decision after a hearing without a legal review that passed
 * (ENF-022), the summary procedure beyond its limits (ENF-023), a penalty where 第33条 forbids one
 * (ENF-024).
 */
class CaseProcedureRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec decided() {
        return kase().with("penalty_types", "警告").with("decision_date", "2025-04-01");
    }

    @Nested
    class Enf022LegalReviewAfterHearing {
        private Rec heard() {
            return decided().with("hearing_date", "2025-03-20");
        }

        @Test
        void firesWhenReviewedAfterTheDecisionQuietOnTheDay() {
            assertThat(of("ENF-022", runner.run(heard().with("legal_review_date", "2025-04-02")))).singleElement()
                    .satisfies(f -> {
                        assertThat(f.message()).contains("2025-03-20", "法制审核日期为2025-04-02", "第五十八条");
                        assertThat(f.messageEn()).contains("2025-04-02");
                    });
            assertThat(of("ENF-022", runner.run(heard().with("legal_review_date", "2025-04-01")))).isEmpty();
        }

        @Test
        void blankReviewDateIsNamedAsBlank() {
            assertThat(of("ENF-022", runner.run(heard()))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("台账未填写「法制审核日期」").doesNotContain("（空）"));
        }

        @Test
        void aHearingAfterTheDecisionOrNoneIsNotThisCase() {
            assertThat(of("ENF-022", runner.run(decided().with("hearing_date", "2025-04-02")))).isEmpty();
            assertThat(of("ENF-022", runner.run(decided()))).isEmpty();
            assertThat(of("ENF-022", runner.run(heard().without("decision_date")))).isEmpty();
        }

        @Test
        void aFailedReviewFiresWithOrWithoutHearing() {
            assertThat(of("ENF-022", runner.run(decided().with("legal_review_result", "不通过")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("不通过"));
            assertThat(of("ENF-022", runner.run(decided().with("legal_review_result", "修改后通过")))).isEmpty();
            assertThat(of("ENF-022", runner.run(kase().with("legal_review_result", "不通过")))).isEmpty();
        }

        @Test
        void bothProblemsAreListedInOneFinding() {
            assertThat(of("ENF-022", runner.run(heard().with("legal_review_result", "不通过")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("台账未填写「法制审核日期」", "不通过"));
        }
    }

    @Nested
    class Enf023SummaryProcedure {
        private Rec simple(String partyType, String fine) {
            return decided().with("procedure", "简易程序").with("penalty_types", "罚款").with("party_type", partyType)
                    .with("fine_amount", fine);
        }

        @Test
        void naturalPersonUpTo200() {
            assertThat(of("ENF-023", runner.run(simple("自然人", "200")))).isEmpty();
            assertThat(of("ENF-023", runner.run(simple("自然人", "200.01")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("200.01", "200元", "第五十一条"));
        }

        @Test
        void organisationUpTo3000() {
            assertThat(of("ENF-023", runner.run(simple("法人", "3000")))).isEmpty();
            assertThat(of("ENF-023", runner.run(simple("法人", "3001")))).hasSize(1);
            assertThat(of("ENF-023", runner.run(simple("其他组织", "3001")))).hasSize(1);
        }

        @Test
        void blankPartyTypeFiresAboveTheOrganisationLimitAndIsUndecidedBetween() {
            assertThat(of("ENF-023", runner.run(simple(null, "3001")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("当事人类型未填写"));
            List<Finding> between = runner.run(simple(null, "201"));
            assertThat(of("ENF-023", between)).isEmpty();
            assertThat(undecided(between, "ENF-023")).isTrue();
        }

        @Test
        void blankPartyTypeWithinTheNaturalLimitIsDecided() {
            assertThat(undecided(runner.run(simple(null, "200")), "ENF-023")).isFalse();
        }

        @Test
        void onlyWarningsAndFines() {
            assertThat(of("ENF-023", runner.run(simple("自然人", "100").with("penalty_types", "警告、罚款")))).isEmpty();
            assertThat(of("ENF-023", runner.run(simple("自然人", "100").with("penalty_types", "罚款、没收违法所得"))))
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("没收违法所得"));
        }

        @Test
        void limitsPerField() {
            assertThat(of("ENF-023", new RuleRunner().param("simple_fine_natural", 500).run(simple("自然人", "500")))).isEmpty();
        }

        @Test
        void quietOutsideTheSummaryProcedureOrWithoutPenalty() {
            assertThat(of("ENF-023", runner.run(simple("自然人", "5000").with("procedure", "普通程序")))).isEmpty();
            assertThat(of("ENF-023", runner.run(simple("自然人", "5000").without("procedure")))).isEmpty();
            assertThat(of("ENF-023", runner.run(simple("自然人", "5000").without("decision_date")))).isEmpty();
            assertThat(of("ENF-023", runner.run(simple("自然人", null).with("penalty_types", "不予处罚")))).isEmpty();
        }
    }

    @Nested
    class Enf024NoPenaltyAllowed {
        @Test
        void minorCorrectedWithoutHarm() {
            Rec minor = decided().with("minor_no_harm", "是").with("corrected", "是");
            assertThat(of("ENF-024", runner.run(minor))).singleElement().satisfies(f -> {
                assertThat(f.severity().name()).isEqualToIgnoringCase("error");
                assertThat(f.message()).contains("轻微并及时改正", "第三十三条", "另有规定");
            });
            assertThat(of("ENF-024", runner.run(minor.copy().with("corrected", "否")))).isEmpty();
            assertThat(of("ENF-024", runner.run(minor.copy().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-024", runner.run(minor.copy().without("decision_date")))).isEmpty();
        }

        @Test
        void noFaultProven() {
            assertThat(of("ENF-024", runner.run(decided().with("no_fault_proven", "是")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("没有主观过错"));
            assertThat(of("ENF-024", runner.run(decided().with("no_fault_proven", "否")))).isEmpty();
        }

        @Test
        void blanksAreUndecided() {
            List<Finding> findings = runner.run(decided().with("minor_no_harm", "是"));
            assertThat(of("ENF-024", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-024")).isTrue();
        }

        @Test
        void theLawfulNoPenaltyOutcomeIsNotEnf012() {
            Rec exempted = decided().with("penalty_types", "不予处罚").with("first_offense_minor", "是").with("corrected", "是");
            assertThat(of("ENF-012", runner.run(exempted))).isEmpty();
        }
    }
}

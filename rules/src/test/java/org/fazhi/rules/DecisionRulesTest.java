package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.report.Finding;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecisionRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec decision() {
        return Rec.of("decision").with("decision_id", "JC-1").with("agency", "昆明市人民政府");
    }

    /** The DQ-004 finding about one blank field, if any. */
    private static List<Finding> undecided(String field, List<Finding> findings) {
        return of("DQ-004", findings).stream().filter(f -> f.fields().containsKey(field)).toList();
    }

    private static void assertUndecided(String ruleId, String field, List<Finding> findings) {
        assertThat(of(ruleId, findings)).isEmpty();
        assertThat(undecided(field, findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.messageEn()).contains(ruleId).contains(field);
        });
    }

    // ---- DEC-001 -------------------------------------------------------------------------------

    @Test
    void dec001FiresWhenDiscussedBeforeReview() {
        List<Finding> findings = runner.run(decision()
                .with("legality_review_date", "2025-03-02").with("discussion_date", "2025-03-01"));
        assertThat(of("DEC-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.clause()).isEqualTo("二(三)3");
            assertThat(f.fields()).containsEntry("discussion_date", "2025-03-01")
                    .containsEntry("legality_review_date", "2025-03-02");
            assertThat(f.message()).contains("2025-03-01").contains("2025-03-02");
            assertThat(f.messageEn()).contains("2025-03-01").contains("2025-03-02");
        });
    }

    @Test
    void dec001FiresWhenNoReviewAtAll() {
        List<Finding> findings = runner.run(decision().with("discussion_date", "2025-03-01"));
        assertThat(of("DEC-001", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("legality_review_date", null));
    }

    @Test
    void dec001QuietWhenReviewedTheSameDay() {
        assertThat(of("DEC-001", runner.run(decision()
                .with("legality_review_date", "2025-03-01").with("discussion_date", "2025-03-01")))).isEmpty();
    }

    @Test
    void dec001QuietWhenNotDiscussed() {
        assertThat(of("DEC-001", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-002 -------------------------------------------------------------------------------

    @Test
    void dec002FiresWhenUnlawfulDraftDiscussed() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("legality_review_result", "不合法").with("discussion_date", "2025-03-10"));
        assertThat(of("DEC-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_result", "不合法")
                    .containsEntry("discussion_date", "2025-03-10");
            assertThat(f.message()).contains("不合法").contains("2025-03-10");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"合法", "修改后合法"})
    void dec002QuietWhenLawful(String result) {
        assertThat(of("DEC-002", runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("legality_review_result", result).with("discussion_date", "2025-03-10")))).isEmpty();
    }

    @Test
    void dec002QuietWhenNotDiscussed() {
        assertThat(of("DEC-002", runner.run(decision().with("legality_review_result", "不合法")))).isEmpty();
    }

    // ---- DEC-003 -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"征求意见", "会签", "其他"})
    void dec003FiresWhenReviewReplaced(String method) {
        List<Finding> findings = runner.run(decision().with("legality_review_method", method));
        assertThat(of("DEC-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_method", method);
            assertThat(f.message()).contains(method);
        });
    }

    @Test
    void dec003QuietForARealReviewOrNoMethod() {
        assertThat(of("DEC-003", runner.run(decision().with("legality_review_method", "合法性审查")))).isEmpty();
        assertThat(of("DEC-003", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-004 -------------------------------------------------------------------------------

    @Test
    void dec004ListsTheOneMissingAspect() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("legality_review_scope", "决策主体、决策依据、决策内容、决策权限"));
        assertThat(of("DEC-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_scope", "决策主体、决策依据、决策内容、决策权限");
            assertThat(f.message()).contains("未涵盖：决策程序（");
            assertThat(f.messageEn()).contains("did not cover: 决策程序 (procedure) (");
        });
    }

    @Test
    void dec004QuietWhenAllFiveAspectsReviewed() {
        assertThat(of("DEC-004", runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("legality_review_scope", "决策程序、决策主体、决策依据、决策内容、决策权限")))).isEmpty();
    }

    @Test
    void dec004BlankScopeLacksAllFive() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01"));
        assertThat(of("DEC-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_scope", null);
            assertThat(f.message()).contains("决策主体、决策依据、决策内容、决策权限、决策程序（");
        });
    }

    @Test
    void dec004QuietWithoutAReview() {
        assertThat(of("DEC-004", runner.run(decision().with("legality_review_scope", "决策主体")))).isEmpty();
    }

    // ---- DEC-005 -------------------------------------------------------------------------------

    @Test
    void dec005FiresWhenRiskNotAssessed() {
        List<Finding> findings = runner.run(decision().with("stability_risk", "是"));
        assertThat(of("DEC-005", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("stability_risk", "是")
                        .containsEntry("risk_assessment_date", null));
    }

    @Test
    void dec005FiresWhenAssessedADayAfterTheDecision() {
        List<Finding> findings = runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-02").with("decision_date", "2025-04-01"));
        assertThat(of("DEC-005", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("risk_assessment_date", "2025-04-02")
                    .containsEntry("decision_date", "2025-04-01");
            assertThat(f.message()).contains("2025-04-02").contains("2025-04-01");
        });
    }

    @Test
    void dec005QuietWhenAssessedOnTheDecisionDay() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-01").with("decision_date", "2025-04-01")))).isEmpty();
    }

    @Test
    void dec005QuietWhenAssessedAndNotYetDecided() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-01")))).isEmpty();
    }

    @Test
    void dec005QuietWithoutStabilityRisk() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "否")))).isEmpty();
    }

    @Test
    void dec005BlankRiskFlagIsUndecided() {
        assertUndecided("DEC-005", "stability_risk", runner.run(decision().with("decision_date", "2025-04-01")));
    }

    // ---- DEC-006 / DEC-007 / DEC-008 / DEC-011: flag = 是 and a step's date absent ---------------

    @Test
    void dec006FiresWithoutPublicParticipation() {
        List<Finding> findings = runner.run(decision().with("public_interest", "是"));
        assertThat(of("DEC-006", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("public_interest", "是")
                        .containsEntry("public_participation_date", null));
    }

    @Test
    void dec006QuietWithParticipationOrWithoutPublicInterest() {
        assertThat(of("DEC-006", runner.run(decision().with("public_interest", "是")
                .with("public_participation_date", "2025-02-01")))).isEmpty();
        assertThat(of("DEC-006", runner.run(decision().with("public_interest", "否")))).isEmpty();
    }

    @Test
    void dec006And007BlankPublicInterestIsUndecided() {
        List<Finding> findings = runner.run(decision());
        assertThat(of("DEC-006", findings)).isEmpty();
        assertThat(of("DEC-007", findings)).isEmpty();
        assertThat(undecided("public_interest", findings)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("DEC-006").contains("DEC-007"));
    }

    @Test
    void dec007WarnsWithoutAHearing() {
        List<Finding> findings = runner.run(decision().with("public_interest", "是")
                .with("public_participation_date", "2025-02-01"));
        assertThat(of("DEC-007", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fields()).containsEntry("hearing_date", null);
        });
    }

    @Test
    void dec007QuietWithAHearingOrWithoutPublicInterest() {
        assertThat(of("DEC-007", runner.run(decision().with("public_interest", "是")
                .with("hearing_date", "2025-02-20")))).isEmpty();
        assertThat(of("DEC-007", runner.run(decision().with("public_interest", "否")))).isEmpty();
    }

    @Test
    void dec008FiresWithoutFairCompetitionReview() {
        List<Finding> findings = runner.run(decision().with("market_activity", "是"));
        assertThat(of("DEC-008", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("market_activity", "是")
                        .containsEntry("fair_competition_review_date", null));
    }

    @Test
    void dec008QuietWithReviewOrWithoutMarketActivity() {
        assertThat(of("DEC-008", runner.run(decision().with("market_activity", "是")
                .with("fair_competition_review_date", "2025-02-10")))).isEmpty();
        assertThat(of("DEC-008", runner.run(decision().with("market_activity", "否")))).isEmpty();
    }

    @Test
    void dec008BlankMarketActivityIsUndecided() {
        assertUndecided("DEC-008", "market_activity", runner.run(decision()));
    }

    @Test
    void dec011FiresWithoutExpertReview() {
        List<Finding> findings = runner.run(decision().with("technical", "是"));
        assertThat(of("DEC-011", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("technical", "是")
                        .containsEntry("expert_review_date", null));
    }

    @Test
    void dec011QuietWithExpertReviewOrWhenNotTechnical() {
        assertThat(of("DEC-011", runner.run(decision().with("technical", "是")
                .with("expert_review_date", "2025-02-15")))).isEmpty();
        assertThat(of("DEC-011", runner.run(decision().with("technical", "否")))).isEmpty();
    }

    @Test
    void dec011BlankTechnicalIsUndecided() {
        assertUndecided("DEC-011", "technical", runner.run(decision()));
    }

    // ---- DEC-009 -------------------------------------------------------------------------------

    @Test
    void dec009FiresWithoutPartyReport() {
        List<Finding> findings = runner.run(decision().with("decision_date", "2025-04-01"));
        assertThat(of("DEC-009", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("party_report_date", null));
    }

    @Test
    void dec009FiresWhenReportedADayAfterTheDecision() {
        List<Finding> findings = runner.run(decision()
                .with("party_report_date", "2025-04-02").with("decision_date", "2025-04-01"));
        assertThat(of("DEC-009", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("party_report_date", "2025-04-02");
            assertThat(f.message()).contains("2025-04-02").contains("2025-04-01");
        });
    }

    @Test
    void dec009QuietWhenReportedOnTheDecisionDay() {
        assertThat(of("DEC-009", runner.run(decision()
                .with("party_report_date", "2025-04-01").with("decision_date", "2025-04-01")))).isEmpty();
    }

    @Test
    void dec009QuietBeforeADecision() {
        assertThat(of("DEC-009", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-010 -------------------------------------------------------------------------------

    @Test
    void dec010FiresWhenDecidedWithoutDiscussion() {
        List<Finding> findings = runner.run(decision().with("decision_date", "2025-04-01"));
        assertThat(of("DEC-010", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("decision_date", "2025-04-01").containsEntry("discussion_date", null);
            assertThat(f.message()).contains("2025-04-01");
        });
    }

    @Test
    void dec010QuietWithDiscussionOrBeforeADecision() {
        assertThat(of("DEC-010", runner.run(decision()
                .with("discussion_date", "2025-04-01").with("decision_date", "2025-04-01")))).isEmpty();
        assertThat(of("DEC-010", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-012 -------------------------------------------------------------------------------

    @Test
    void dec012FiresWhenAStepComesADayAfterTheReview() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("expert_review_date", "2025-03-02").with("public_participation_date", "2025-03-01"));
        assertThat(of("DEC-012", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fields()).containsEntry("expert_review_date", "2025-03-02")
                    .containsEntry("legality_review_date", "2025-03-01");
            assertThat(f.message()).contains("专家论证（2025-03-02）").doesNotContain("公众参与");
            assertThat(f.messageEn()).contains("expert review (2025-03-02)").doesNotContain("public participation");
        });
    }

    @Test
    void dec012OneFindingListsEveryLateStep() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("public_participation_date", "2025-03-05").with("expert_review_date", "2025-03-06")
                .with("risk_assessment_date", "2025-03-07"));
        assertThat(of("DEC-012", findings)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("公众参与（2025-03-05）、专家论证（2025-03-06）、风险评估（2025-03-07）"));
    }

    @Test
    void dec012QuietWhenStepsAreOnOrBeforeTheReview() {
        assertThat(of("DEC-012", runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("public_participation_date", "2025-02-01").with("expert_review_date", "2025-03-01")
                .with("risk_assessment_date", "2025-02-28")))).isEmpty();
    }

    @Test
    void dec012QuietWithoutAReviewDate() {
        assertThat(of("DEC-012", runner.run(decision().with("risk_assessment_date", "2025-03-07")))).isEmpty();
    }

    // ---- DEC-013 -------------------------------------------------------------------------------

    @Test
    void dec013FiresWhenNotInCatalogue() {
        List<Finding> findings = runner.run(decision().with("in_annual_catalog", "否"));
        assertThat(of("DEC-013", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("in_annual_catalog", "否"));
        assertThat(undecided("in_annual_catalog", findings)).isEmpty();
    }

    @Test
    void dec013QuietWhenInCatalogue() {
        assertThat(of("DEC-013", runner.run(decision().with("in_annual_catalog", "是")))).isEmpty();
    }

    @Test
    void dec013QuietWhenBlankButSaysSo() {
        assertUndecided("DEC-013", "in_annual_catalog", runner.run(decision()));
    }

    // ---- DEC-014 -------------------------------------------------------------------------------

    @Test
    void dec014ListsTheMissingElements() {
        List<Finding> findings = runner.run(decision().with("decision_date", "2025-04-01")
                .with("execution_owner", "昆明市住房和城乡建设局"));
        assertThat(of("DEC-014", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("execution_owner", "昆明市住房和城乡建设局")
                    .containsEntry("execution_deadline", null).containsEntry("execution_feedback", null);
            assertThat(f.message()).contains("未明确：执行时限、执行反馈").doesNotContain("执行主体");
            assertThat(f.messageEn()).contains("execution time limit, execution feedback");
        });
    }

    @Test
    void dec014ListsAllThreeWhenNothingIsStated() {
        List<Finding> findings = runner.run(decision().with("decision_date", "2025-04-01"));
        assertThat(of("DEC-014", findings)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("执行主体、执行时限、执行反馈"));
    }

    @Test
    void dec014QuietWhenCompleteOrNotYetDecided() {
        assertThat(of("DEC-014", runner.run(decision().with("decision_date", "2025-04-01")
                .with("execution_owner", "昆明市住房和城乡建设局").with("execution_deadline", "2025-12-31")
                .with("execution_feedback", "按季度报送")))).isEmpty();
        assertThat(of("DEC-014", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-015 -------------------------------------------------------------------------------

    @Test
    void dec015FiresWhenDecidedAndNotArchived() {
        List<Finding> findings = runner.run(decision().with("decision_date", "2025-04-01").with("archived", "否"));
        assertThat(of("DEC-015", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("archived", "否").containsEntry("decision_date", "2025-04-01");
            assertThat(f.message()).contains("2025-04-01");
        });
    }

    @Test
    void dec015QuietWhenArchivedOrNotDecided() {
        assertThat(of("DEC-015", runner.run(decision().with("decision_date", "2025-04-01")
                .with("archived", "是")))).isEmpty();
        assertThat(of("DEC-015", runner.run(decision().with("archived", "否")))).isEmpty();
    }

    @Test
    void dec015BlankArchivedIsUndecidedOnlyOnceDecided() {
        assertUndecided("DEC-015", "archived", runner.run(decision().with("decision_date", "2025-04-01")));
        assertThat(undecided("archived", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-016 -------------------------------------------------------------------------------

    private List<Finding> commentDays(RuleRunner run, String days) {
        return of("DEC-016", run.run(decision().with("public_participation_date", "2025-02-01")
                .with("public_comment_days", days)));
    }

    @Test
    void dec016WarnsBelowTheMinimum() {
        assertThat(commentDays(runner, "29")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fields()).containsEntry("public_comment_days", "29");
            assertThat(f.message()).contains("29日").contains("少于30日");
            assertThat(f.messageEn()).contains("29 days").contains("30 days");
        });
    }

    @Test
    void dec016QuietAtAndAboveTheMinimum() {
        assertThat(commentDays(runner, "30")).isEmpty();
        assertThat(commentDays(runner, "31")).isEmpty();
    }

    @Test
    void dec016QuietWhenDaysBlank() {
        assertThat(commentDays(runner, null)).isEmpty();
    }

    @Test
    void dec016FollowsAParamsOverride(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "public_comment_min_days: 20\n");
        RuleRunner shorter = new RuleRunner().paramsFile(params);
        assertThat(commentDays(shorter, "20")).isEmpty();
        assertThat(commentDays(shorter, "19")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("19日").contains("少于20日"));
        assertThat(commentDays(shorter, "29")).isEmpty();
    }

    // ---- all at once: every message is filled in ---------------------------------------------------

    @Test
    void messagesLeaveNoPlaceholderUnfilled() {
        List<Finding> findings = runner.run(decision().with("discussion_date", "2025-03-01")
                .with("legality_review_result", "不合法").with("legality_review_method", "会签")
                .with("legality_review_date", "2025-03-02").with("stability_risk", "是")
                .with("public_interest", "是").with("market_activity", "是").with("technical", "是")
                .with("expert_review_date", "2025-03-05").with("in_annual_catalog", "否")
                .with("decision_date", "2025-04-01").with("archived", "否").with("public_comment_days", "10"));
        assertThat(findings.stream().map(Finding::ruleId).filter(id -> id.startsWith("DEC-")).distinct())
                .containsExactlyInAnyOrder("DEC-001", "DEC-002", "DEC-003", "DEC-004", "DEC-005", "DEC-006",
                        "DEC-007", "DEC-008", "DEC-009", "DEC-012", "DEC-013", "DEC-014", "DEC-015",
                        "DEC-016");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain("{").doesNotContain("}");
            assertThat(f.messageEn()).doesNotContain("{").doesNotContain("}");
        });
    }
}

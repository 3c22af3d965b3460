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
    @ValueSource(strings = {"征求意见", "会签"})
    void dec003FiresWhenReviewReplaced(String method) {
        List<Finding> findings = runner.run(decision().with("legality_review_method", method));
        assertThat(of("DEC-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_method", method);
            assertThat(f.message()).contains("“" + method + "”").contains("第二十五条").contains("请");
            assertThat(f.messageEn()).contains("\"" + method + "\"");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"合法性审查", "其他"})
    void dec003QuietForAReviewOrAnotherMethod(String method) {
        assertThat(of("DEC-003", runner.run(decision().with("legality_review_method", method)))).isEmpty();
    }

    @Test
    void dec003QuietWhenMethodBlank() {
        assertThat(of("DEC-003", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-004 -------------------------------------------------------------------------------

    @Test
    void dec004ListsTheOneMissingAspectOnce() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("legality_review_scope", "决策主体、决策依据、决策内容、决策权限"));
        assertThat(of("DEC-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_scope", "决策主体、决策依据、决策内容、决策权限");
            assertThat(f.message()).contains("未涵盖决策程序。");
            assertThat(f.message().indexOf("未涵盖")).isEqualTo(f.message().lastIndexOf("未涵盖"));
            assertThat(f.messageEn()).contains("and not 决策程序 (procedure).");
        });
    }

    @Test
    void dec004QuietWhenAllFiveAspectsReviewed() {
        assertThat(of("DEC-004", runner.run(decision().with("legality_review_date", "2025-03-01")
                .with("legality_review_scope", "决策程序、决策主体、决策依据、决策内容、决策权限")))).isEmpty();
    }

    @Test
    void dec004BlankScopeGivesNoFinding() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-01"));
        assertThat(of("DEC-004", findings)).isEmpty();
        assertThat(undecided("legality_review_scope", findings)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("DEC-004"));
    }

    @Test
    void dec004QuietWithoutAReview() {
        assertThat(of("DEC-004", runner.run(decision().with("legality_review_scope", "决策主体")))).isEmpty();
    }

    // ---- DEC-005 / 006 / 007 / 008 / 011: reached discussion, step before R ---------------------

    @Test
    void dec005BlankAssessmentSaysTheCellIsBlank() {
        List<Finding> findings = runner.run(decision().with("stability_risk", "是").with("discussion_date", "2025-04-01"));
        assertThat(of("DEC-005", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("stability_risk", "是").containsEntry("risk_assessment_date", null);
            assertThat(f.message()).contains("台账未填写「风险评估日期」").doesNotContain("（空）");
            assertThat(f.messageEn()).contains("does not fill in the risk assessment date");
        });
    }

    @Test
    void dec005FiresWhenAssessedADayAfterTheDiscussion() {
        List<Finding> findings = runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-02").with("discussion_date", "2025-04-01")
                .with("decision_date", "2025-04-10"));
        assertThat(of("DEC-005", findings)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("风险评估日期（2025-04-02）晚于集体讨论日期（2025-04-01）"));
    }

    @Test
    void dec005QuietWhenAssessedOnTheDiscussionDayThoughBeforeTheDecisionToo() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-01").with("discussion_date", "2025-04-01")
                .with("decision_date", "2025-04-10")))).isEmpty();
    }

    @Test
    void dec005ComparesWithTheDecisionWhenNoDiscussionIsRecorded() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-01").with("decision_date", "2025-04-01")))).isEmpty();
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "是")
                .with("risk_assessment_date", "2025-04-02").with("decision_date", "2025-04-01"))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("晚于决定日期（2025-04-01）"));
    }

    @Test
    void dec005QuietWhileTheDraftIsBeingPrepared() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "是")))).isEmpty();
    }

    @Test
    void dec005QuietWithoutStabilityRisk() {
        assertThat(of("DEC-005", runner.run(decision().with("stability_risk", "否")
                .with("discussion_date", "2025-04-01")))).isEmpty();
    }

    @Test
    void dec005BlankRiskFlagIsUndecided() {
        assertUndecided("DEC-005", "stability_risk", runner.run(decision().with("decision_date", "2025-04-01")));
    }

    @Test
    void dec006AppliesToEveryDecisionThatReachedDiscussion() {
        List<Finding> findings = runner.run(decision().with("public_interest", "否").with("discussion_date", "2025-03-10"));
        assertThat(of("DEC-006", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("public_participation_date", null);
            assertThat(f.message()).contains("台账未填写「公众参与日期」").contains("第十四条");
        });
    }

    @Test
    void dec006BoundaryParticipationOnTheDiscussionDayAndTheDayAfter() {
        assertThat(of("DEC-006", runner.run(decision().with("public_participation_date", "2025-03-10")
                .with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-006", runner.run(decision().with("public_participation_date", "2025-03-11")
                .with("discussion_date", "2025-03-10")))).hasSize(1);
    }

    @Test
    void dec006QuietWhenExemptOrNotYetDiscussed() {
        assertThat(of("DEC-006", runner.run(decision().with("disclosure_exempt", "是")
                .with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-006", runner.run(decision().with("disclosure_exempt", "否")
                .with("discussion_date", "2025-03-10")))).hasSize(1);
        assertThat(of("DEC-006", runner.run(decision()))).isEmpty();
    }

    @Test
    void dec007WarnsWithoutAHearingBeforeTheDiscussion() {
        List<Finding> findings = runner.run(decision().with("public_interest", "是")
                .with("public_participation_date", "2025-02-01").with("discussion_date", "2025-03-10"));
        assertThat(of("DEC-007", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fields()).containsEntry("hearing_date", null);
        });
        assertThat(of("DEC-007", runner.run(decision().with("public_interest", "是")
                .with("hearing_date", "2025-03-11").with("discussion_date", "2025-03-10")))).hasSize(1);
    }

    @Test
    void dec007QuietWithAHearingInTimeWithoutPublicInterestOrBeforeDiscussion() {
        assertThat(of("DEC-007", runner.run(decision().with("public_interest", "是")
                .with("hearing_date", "2025-03-10").with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-007", runner.run(decision().with("public_interest", "否")
                .with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-007", runner.run(decision().with("public_interest", "是")))).isEmpty();
    }

    @Test
    void dec007BlankPublicInterestIsUndecidedOnceDiscussed() {
        assertUndecided("DEC-007", "public_interest", runner.run(decision().with("discussion_date", "2025-03-10")));
    }

    @Test
    void dec008FiresWithoutAFairCompetitionReviewBeforeTheDiscussion() {
        List<Finding> findings = runner.run(decision().with("market_activity", "是").with("discussion_date", "2025-03-10"));
        assertThat(of("DEC-008", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("market_activity", "是")
                        .containsEntry("fair_competition_review_date", null));
        assertThat(of("DEC-008", runner.run(decision().with("market_activity", "是")
                .with("fair_competition_review_date", "2025-03-11").with("discussion_date", "2025-03-10")))).hasSize(1);
    }

    @Test
    void dec008QuietWithReviewWithoutMarketActivityOrBeforeDiscussion() {
        assertThat(of("DEC-008", runner.run(decision().with("market_activity", "是")
                .with("fair_competition_review_date", "2025-03-10").with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-008", runner.run(decision().with("market_activity", "否")
                .with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-008", runner.run(decision().with("market_activity", "是")))).isEmpty();
    }

    @Test
    void dec008BlankMarketActivityIsUndecided() {
        assertUndecided("DEC-008", "market_activity", runner.run(decision().with("discussion_date", "2025-03-10")));
    }

    @Test
    void dec011FiresWithoutExpertReviewBeforeTheDiscussion() {
        List<Finding> findings = runner.run(decision().with("technical", "是").with("decision_date", "2025-03-10"));
        assertThat(of("DEC-011", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("technical", "是")
                        .containsEntry("expert_review_date", null));
        assertThat(of("DEC-011", runner.run(decision().with("technical", "是")
                .with("expert_review_date", "2025-03-11").with("discussion_date", "2025-03-10")))).hasSize(1);
    }

    @Test
    void dec011QuietWithExpertReviewInTimeWhenNotTechnicalOrBeforeDiscussion() {
        assertThat(of("DEC-011", runner.run(decision().with("technical", "是")
                .with("expert_review_date", "2025-03-10").with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-011", runner.run(decision().with("technical", "否")
                .with("discussion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-011", runner.run(decision().with("technical", "是")))).isEmpty();
    }

    @Test
    void dec011BlankTechnicalIsUndecided() {
        assertUndecided("DEC-011", "technical", runner.run(decision().with("discussion_date", "2025-03-10")));
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
            assertThat(f.message()).contains("以下环节在其之后：专家论证（2025-03-02）。");
            assertThat(f.messageEn()).contains("before these steps: expert review (2025-03-02).");
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
    void dec013WarnsWhenNotInCatalogue() {
        List<Finding> findings = runner.run(decision().with("in_annual_catalog", "否"));
        assertThat(of("DEC-013", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.fields()).containsEntry("in_annual_catalog", "否");
            assertThat(f.message()).contains("请调整目录").contains("请修正认定");
        });
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
            assertThat(f.message()).contains("台账未填写「执行时限」、「执行反馈」。").doesNotContain("「执行主体」");
            assertThat(f.messageEn()).contains("execution time limit, execution feedback");
        });
    }

    @Test
    void dec014ListsAllThreeWhenNothingIsStated() {
        List<Finding> findings = runner.run(decision().with("decision_date", "2025-04-01"));
        assertThat(of("DEC-014", findings)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("「执行主体」、「执行时限」、「执行反馈」"));
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

    // ---- DEC-017 -------------------------------------------------------------------------------

    private List<Finding> review(RuleRunner run, String submitted, String reviewed) {
        return of("DEC-017", run.run(decision().with("legality_review_submitted_date", submitted)
                .with("legality_review_date", reviewed).with("counsel_opinion_date", reviewed)));
    }

    @Test
    void dec017WarnsOnTheSixthWorkingDayAndNotOnTheSeventh() {
        // 2025-03-03 is a Monday far from any holiday: 03-11 is working day 6, 03-12 working day 7
        assertThat(review(runner, "2025-03-03", "2025-03-11")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("第6个工作日").contains("少于7个工作日").contains("第二十六条第二款");
            assertThat(f.messageEn()).contains("working day 6");
        });
        assertThat(review(runner, "2025-03-03", "2025-03-12")).isEmpty();
    }

    @Test
    void dec017CountsTheOfficialHolidays() {
        RuleRunner holidays = new RuleRunner().calendar(Calendars.national2025());
        // sent on Friday 2025-09-26; 09-28 (Sunday) is worked, 10-01..08 are off, 10-11 (Saturday) is
        // worked: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 are working days 1-6, 10-13 is day 7
        assertThat(review(holidays, "2025-09-26", "2025-10-11")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("第6个工作日"));
        assertThat(review(holidays, "2025-09-26", "2025-10-13")).isEmpty();
    }

    @Test
    void dec017FollowsTheParameterAndNeedsBothDates() {
        assertThat(review(new RuleRunner().param("legality_review_min_workdays", 6), "2025-03-03", "2025-03-11")).isEmpty();
        assertThat(of("DEC-017", runner.run(decision().with("legality_review_date", "2025-03-04")))).isEmpty();
        assertThat(of("DEC-017", runner.run(decision().with("legality_review_submitted_date", "2025-03-03")))).isEmpty();
    }

    // ---- DEC-018 -------------------------------------------------------------------------------

    @Test
    void dec018FiresWithoutACounselOpinionAndSaysTheCellIsBlank() {
        List<Finding> findings = runner.run(decision().with("legality_review_date", "2025-03-10"));
        assertThat(of("DEC-018", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("台账未填写「法律顾问或公职律师法律意见日期」").contains("第二十八条");
        });
    }

    @Test
    void dec018BoundaryOpinionOnTheReviewDayAndTheDayAfter() {
        assertThat(of("DEC-018", runner.run(decision().with("legality_review_date", "2025-03-10")
                .with("counsel_opinion_date", "2025-03-10")))).isEmpty();
        assertThat(of("DEC-018", runner.run(decision().with("legality_review_date", "2025-03-10")
                .with("counsel_opinion_date", "2025-03-11")))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("（2025-03-11）晚于合法性审查日期（2025-03-10）"));
        assertThat(of("DEC-018", runner.run(decision()))).isEmpty();
    }

    // ---- DEC-019 -------------------------------------------------------------------------------

    private List<Finding> published(RuleRunner run, String decided, String published) {
        return of("DEC-019", run.run(decision().with("discussion_date", decided).with("decision_date", decided)
                .with("published_date", published)));
    }

    @Test
    void dec019BoundaryTwentiethAndTwentyFirstWorkingDay() {
        // decided Monday 2025-03-03: 03-31 is working day 20, 04-01 working day 21
        assertThat(published(runner, "2025-03-03", "2025-03-31")).isEmpty();
        assertThat(published(runner, "2025-03-03", "2025-04-01")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("为决定后第21个工作日").contains("超过20个工作日").contains("第三十二条");
            assertThat(f.messageEn()).contains("working day 21");
        });
    }

    @Test
    void dec019UnpublishedCountsToTheAsOfDate() {
        RuleRunner early = new RuleRunner().asOf(java.time.LocalDate.of(2025, 3, 31));
        assertThat(published(early, "2025-03-03", null)).isEmpty();
        RuleRunner late = new RuleRunner().asOf(java.time.LocalDate.of(2025, 4, 1));
        assertThat(published(late, "2025-03-03", null)).singleElement().satisfies(f -> assertThat(f.message())
                .contains("台账未填写「决策公布日期」").contains("检查基准日2025-04-01").contains("第21个工作日"));
    }

    @Test
    void dec019CountsTheSpringFestival() {
        RuleRunner holidays = new RuleRunner().calendar(Calendars.national2025());
        // decided 2025-01-20: 01-26 (Sunday) is worked, 01-28..02-04 are off, 02-08 (Saturday) is worked;
        // working days: 01-21..24, 01-26, 01-27 (1-6), 02-05..07 (7-9), 02-08 (10), 02-10..14 (11-15),
        // 02-17..21 (16-20), 02-24 (21)
        assertThat(published(holidays, "2025-01-20", "2025-02-21")).isEmpty();
        assertThat(published(holidays, "2025-01-20", "2025-02-24")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("第21个工作日"));
    }

    @Test
    void dec019QuietWhenExemptOrNotDecided() {
        assertThat(of("DEC-019", runner.run(decision().with("decision_date", "2025-03-03")
                .with("disclosure_exempt", "是")))).isEmpty();
        assertThat(of("DEC-019", runner.run(decision().with("discussion_date", "2025-03-03")))).isEmpty();
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
                .containsExactlyInAnyOrder("DEC-001", "DEC-002", "DEC-003", "DEC-005", "DEC-006",
                        "DEC-007", "DEC-008", "DEC-009", "DEC-011", "DEC-012", "DEC-013", "DEC-014", "DEC-015",
                        "DEC-016", "DEC-018", "DEC-019");
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.message()).doesNotContain("{").doesNotContain("}");
            assertThat(f.messageEn()).doesNotContain("{").doesNotContain("}");
        });
    }
}

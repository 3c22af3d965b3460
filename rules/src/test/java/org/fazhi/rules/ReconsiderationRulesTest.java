package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.Finding;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReconsiderationRulesTest {
    private final RuleRunner runner = new RuleRunner();

    /** A case accepted and decided in time under the 2023 law, published, neither complex nor technical. */
    private static Rec reconsideration() {
        return Rec.of("reconsideration").with("case_id", "昆复决〔2025〕1号").with("agency", "昆明市人民政府")
                .with("acceptance_date", "2025-03-03").with("procedure", "普通程序")
                .with("complex", "否").with("technical", "否").with("decision_date", "2025-04-10")
                .with("outcome", "维持").with("published_online", "是");
    }

    // ---- REC-001 -------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"complex", "technical"})
    void rec001FiresWhenTheCommitteeWasNotConsulted(String ground) {
        List<Finding> findings = runner.run(reconsideration().with(ground, "是").with("committee_consulted", "否")
                .with("hearing_date", "2025-04-01"));
        assertThat(of("REC-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fields()).containsEntry(ground, "是").containsEntry("committee_consulted", "否");
            assertThat(f.message()).contains("台账记载“复议委员会咨询：否”", "第五十二条第二款");
        });
    }

    @Test
    void rec001BlankConsultationIsNamedAsBlank() {
        List<Finding> findings = runner.run(reconsideration().with("technical", "是"));
        assertThat(of("REC-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("台账未填写「复议委员会咨询」", "专业性、技术性较强");
            assertThat(f.messageEn()).contains("does not fill in the committee consultation");
        });
    }

    @Test
    void rec001QuietWhenConsultedOrNeitherComplexNorTechnical() {
        assertThat(of("REC-001", runner.run(reconsideration().with("technical", "是")
                .with("committee_consulted", "是")))).isEmpty();
        assertThat(of("REC-001", runner.run(reconsideration().with("committee_consulted", "否")))).isEmpty();
    }

    @Test
    void rec001BoundaryOfThe2023Law() {
        Rec old = reconsideration().with("technical", "是").with("acceptance_date", "2023-12-31");
        assertThat(of("REC-001", runner.run(old))).isEmpty();
        assertThat(of("REC-001", runner.run(old.copy().with("acceptance_date", "2024-01-01")))).hasSize(1);
        // without an acceptance date the decision date tells the law
        Rec undated = reconsideration().with("technical", "是").without("acceptance_date");
        assertThat(of("REC-001", runner.run(undated.copy().with("decision_date", "2023-12-31")))).isEmpty();
        assertThat(of("REC-001", runner.run(undated.copy().with("decision_date", "2024-01-01")))).hasSize(1);
    }

    @Test
    void rec001QuietBeforeTheDecision() {
        assertThat(of("REC-001", runner.run(reconsideration().with("technical", "是").without("decision_date")))).isEmpty();
    }

    // ---- REC-002 -------------------------------------------------------------------------------

    private static Rec unpublished(String decided) {
        return reconsideration().with("acceptance_date", "2025-02-03").with("decision_date", decided)
                .with("published_online", "否");
    }

    @Test
    void rec002BoundaryTwentiethAndTwentyFirstWorkingDayToTheAsOfDate() {
        RuleRunner asOf = new RuleRunner().asOf(LocalDate.of(2025, 3, 31));
        // decided Monday 2025-03-03: the as-of date 03-31 is working day 20
        assertThat(of("REC-002", asOf.run(unpublished("2025-03-03")))).isEmpty();
        assertThat(of("REC-002", new RuleRunner().asOf(LocalDate.of(2025, 4, 1)).run(unpublished("2025-03-03"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("第21个工作日", "台账记载“决定书网上公开：否”", "第七十九条");
                    assertThat(f.messageEn()).contains("working day 21");
                });
    }

    @Test
    void rec002CountsTheNationalDayHoliday() {
        RuleRunner holidays = new RuleRunner().calendar(Calendars.national2025());
        // decided 2025-09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 are working days 1-6,
        // 10-13..17 days 7-11, 10-20..24 days 12-16, 10-27..30 days 17-20, 10-31 day 21
        assertThat(of("REC-002", holidays.asOf(LocalDate.of(2025, 10, 30)).run(unpublished("2025-09-26")))).isEmpty();
        assertThat(of("REC-002", new RuleRunner().calendar(Calendars.national2025()).asOf(LocalDate.of(2025, 10, 31))
                .run(unpublished("2025-09-26")))).hasSize(1);
    }

    @Test
    void rec002QuietWhenExemptPublishedOrUndecided() {
        assertThat(of("REC-002", runner.run(unpublished("2025-03-03").with("publication_exempt", "是")))).isEmpty();
        assertThat(of("REC-002", runner.run(unpublished("2025-03-03").with("publication_exempt", "否")))).hasSize(1);
        assertThat(of("REC-002", runner.run(unpublished("2025-03-03").with("published_online", "是")))).isEmpty();
        assertThat(of("REC-002", runner.run(unpublished("2025-03-03").without("decision_date")))).isEmpty();
    }

    @Test
    void rec002BlankPublicationIsUndecidedOnceDecided() {
        List<Finding> findings = runner.run(unpublished("2025-03-03").without("published_online"));
        assertThat(of("REC-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).anySatisfy(f -> assertThat(f.messageEn()).contains("REC-002"));
    }

    // ---- REC-003 -------------------------------------------------------------------------------

    private static Rec complex() {
        return reconsideration().with("complex", "是").with("committee_consulted", "是");
    }

    @Test
    void rec003BlankHearingIsNamedAsBlank() {
        assertThat(of("REC-003", runner.run(complex()))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("台账未填写「听证日期」", "第五十条第一款", "请核对听证笔录");
        });
    }

    @Test
    void rec003BoundaryHearingOnTheDecisionDayAndTheDayAfter() {
        assertThat(of("REC-003", runner.run(complex().with("hearing_date", "2025-04-10")))).isEmpty();
        assertThat(of("REC-003", runner.run(complex().with("hearing_date", "2025-04-11")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("听证日期（2025-04-11）晚于复议决定日期（2025-04-10）"));
    }

    @Test
    void rec003QuietForTerminatedCasesOldLawOrUndecided() {
        assertThat(of("REC-003", runner.run(complex().with("outcome", "终止")))).isEmpty();
        assertThat(of("REC-003", runner.run(complex().without("outcome")))).hasSize(1);
        assertThat(of("REC-003", runner.run(complex().with("acceptance_date", "2023-12-31")))).isEmpty();
        assertThat(of("REC-003", runner.run(complex().with("acceptance_date", "2024-01-01")))).hasSize(1);
        assertThat(of("REC-003", runner.run(complex().without("decision_date")))).isEmpty();
        assertThat(of("REC-003", runner.run(reconsideration()))).isEmpty();
    }

    @Test
    void rec003BlankAcceptanceIsUndecided() {
        List<Finding> findings = runner.run(complex().without("acceptance_date"));
        assertThat(of("REC-003", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).anySatisfy(f -> assertThat(f.messageEn()).contains("REC-003"));
    }

    // ---- REC-004 -------------------------------------------------------------------------------

    private List<Finding> decidedOn(RuleRunner run, Rec rec, String decided) {
        return of("REC-004", run.run(rec.with("acceptance_date", "2025-03-03").with("decision_date", decided)));
    }

    @Test
    void rec004BoundarySixtyAndSixtyOneDays() {
        // 2025-03-03 + 60 days = 2025-05-02
        assertThat(decidedOn(runner, reconsideration(), "2025-05-02")).isEmpty();
        assertThat(decidedOn(runner, reconsideration(), "2025-05-03")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("用时61日", "超过60日的期限（普通程序）", "第六十二条");
            assertThat(f.messageEn()).contains("61 days", "60-day limit");
        });
    }

    @Test
    void rec004SuspendedDaysDoNotCount() {
        assertThat(decidedOn(runner, reconsideration().with("suspended_days", "10"), "2025-05-12")).isEmpty();
        assertThat(decidedOn(runner, reconsideration().with("suspended_days", "10"), "2025-05-13")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("扣除中止10日后用时61日"));
    }

    @Test
    void rec004ApprovedExtensionAddsThirtyDays() {
        Rec extended = reconsideration().with("extension_approved", "是");
        assertThat(decidedOn(runner, extended.copy(), "2025-06-01")).isEmpty(); // 90 days
        assertThat(decidedOn(runner, extended.copy(), "2025-06-02")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("超过90日的期限（普通程序，含经批准的延期）"));
    }

    @Test
    void rec004SummaryProcedureThirtyDays() {
        Rec simple = reconsideration().with("procedure", "简易程序");
        assertThat(decidedOn(runner, simple.copy(), "2025-04-02")).isEmpty(); // 30 days
        assertThat(decidedOn(runner, simple.copy(), "2025-04-03")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("超过30日的期限（简易程序）"));
        // an extension does not lengthen the summary procedure
        assertThat(decidedOn(runner, simple.copy().with("extension_approved", "是"), "2025-04-03")).hasSize(1);
    }

    @Test
    void rec004BlankProcedureIsJudgedAsOrdinary() {
        Rec blank = reconsideration().without("procedure");
        assertThat(decidedOn(runner, blank.copy(), "2025-05-03")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("台账未填写「适用程序」，按普通程序计"));
    }

    @Test
    void rec004FollowsTheParameters() {
        RuleRunner shorter = new RuleRunner().param("rec_decision_days", 45);
        assertThat(decidedOn(shorter, reconsideration(), "2025-04-17")).isEmpty(); // 45 days
        assertThat(decidedOn(shorter, reconsideration(), "2025-04-18")).hasSize(1);
    }

    @Test
    void rec004NeedsBothDates() {
        assertThat(of("REC-004", runner.run(reconsideration().without("acceptance_date")))).isEmpty();
        assertThat(of("REC-004", runner.run(reconsideration().without("decision_date")))).isEmpty();
    }

    @Test
    void aCompliantCaseHasNoFindings() {
        assertThat(runner.run(reconsideration())).isEmpty();
    }
}

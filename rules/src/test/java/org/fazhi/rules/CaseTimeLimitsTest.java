package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.CaseRulesTest.kase;
import static org.fazhi.rules.CaseRulesTest.undecided;
import static org.fazhi.rules.RuleRunner.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time limits of a penalty case: service (ENF-013), the time to decide (ENF-014, ENF-026),
 * publicity (ENF-016), limitation (ENF-019, ENF-027), the hearing request (ENF-021) and the
 * transfer of a suspected crime (ENF-025). Working-day tests use March 2025, far from any holiday
 * and adjusted working day, or the explicit 2025 National Day calendar below.
 */
class CaseTimeLimitsTest {
    /**
     * 国庆 2025: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are adjusted working days. From
     * Friday 09-26 the working days are 09-28 (1), 09-29, 09-30, 10-09, 10-10, 10-11 (6), 10-13 (7), 10-14 (8).
     */
    static final WorkCalendar NATIONAL_DAY = new WorkCalendar(
            IntStream.rangeClosed(1, 8).mapToObj(d -> LocalDate.of(2025, 10, d)).collect(java.util.stream.Collectors.toSet()),
            Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    private final RuleRunner runner = new RuleRunner();

    /** A penalty decided on Monday 2025-03-03; working day 7 after it is Wednesday 03-12. */
    private static Rec decided() {
        return kase().with("penalty_types", "警告").with("decision_date", "2025-03-03");
    }

    @Nested
    class Enf013Service {
        @Test
        void servedOnWorkingDay7IsInTimeDay8IsLate() {
            assertThat(of("ENF-013", runner.run(decided().with("service_date", "2025-03-12")))).isEmpty();
            assertThat(of("ENF-013", runner.run(decided().with("service_date", "2025-03-13")))).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("service_date", "2025-03-13");
                assertThat(f.message()).contains("2025-03-03", "2025-03-13", "第8个工作日", "7个工作日", "第六十一条", "第八十五条", "送达回证")
                        .doesNotContain("（空）");
                assertThat(f.messageEn()).contains("8th working day", "7 working days").doesNotContain("送达");
            });
        }

        @Test
        void theCatalogueCaseOfAprilIsLawfulInWorkingDays() {
            // Decided 2025-04-01, served 04-09: the 8th calendar day but within 7 working days.
            Rec april = kase().with("penalty_types", "警告").with("decision_date", "2025-04-01").with("service_date", "2025-04-09");
            assertThat(of("ENF-013", runner.run(april))).isEmpty();
        }

        @Test
        void nationalDayHolidaysDoNotCountAndAdjustedDaysDo() {
            Rec base = kase().with("penalty_types", "警告").with("decision_date", "2025-09-26");
            RuleRunner official = new RuleRunner().calendar(NATIONAL_DAY);
            assertThat(of("ENF-013", official.run(base.copy().with("service_date", "2025-10-13")))).isEmpty();
            assertThat(of("ENF-013", official.run(base.copy().with("service_date", "2025-10-14")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("第8个工作日"));
        }

        @Test
        void sameDayWhenSummaryOrOnTheSpot() {
            Rec simple = decided().with("procedure", "简易程序");
            assertThat(of("ENF-013", runner.run(simple.copy().with("service_date", "2025-03-03")))).isEmpty();
            assertThat(of("ENF-013", runner.run(simple.copy().with("service_date", "2025-03-04")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("简易程序", "当场交付", "2025-03-04"));
            Rec spot = decided().with("service_method", "当场交付");
            assertThat(of("ENF-013", runner.run(spot.copy().with("service_date", "2025-03-03")))).isEmpty();
            assertThat(of("ENF-013", runner.run(spot.copy().with("service_date", "2025-03-04")))).hasSize(1);
        }

        @Test
        void sameDayBlankFiresOnlyAfterTheDecisionDay() {
            Rec simple = decided().with("procedure", "简易程序");
            assertThat(of("ENF-013", new RuleRunner().asOf(LocalDate.of(2025, 3, 3)).run(simple))).isEmpty();
            assertThat(of("ENF-013", new RuleRunner().asOf(LocalDate.of(2025, 3, 4)).run(simple))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("台账未填写「送达日期」").doesNotContain("（空）"));
        }

        @Test
        void postOrNoticeCountsTheDispatchDate() {
            Rec posted = decided().with("service_method", "邮寄送达").with("service_dispatch_date", "2025-03-12")
                    .with("service_date", "2025-03-20");
            assertThat(of("ENF-013", runner.run(posted))).isEmpty();
            assertThat(of("ENF-013", runner.run(posted.copy().with("service_dispatch_date", "2025-03-13")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("交寄", "第8个工作日"));
            Rec notice = decided().with("service_method", "公告送达").with("service_dispatch_date", "2025-03-13");
            assertThat(of("ENF-013", runner.run(notice))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("公告"));
            // a dispatch date of another method is not counted
            assertThat(of("ENF-013", runner.run(decided().with("service_method", "直接送达")
                    .with("service_dispatch_date", "2025-03-04").with("service_date", "2025-03-13")))).hasSize(1);
            // post without its date falls back to the service date
            assertThat(of("ENF-013", runner.run(decided().with("service_method", "邮寄送达").with("service_date", "2025-03-12")))).isEmpty();
        }

        @Test
        void blankServiceFiresOnlyOnceTheDeadlineHasPassed() {
            assertThat(of("ENF-013", new RuleRunner().asOf(LocalDate.of(2025, 3, 12)).run(decided()))).isEmpty();
            List<Finding> late = new RuleRunner().asOf(LocalDate.of(2025, 3, 13)).run(decided());
            assertThat(of("ENF-013", late)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("台账未填写「送达日期」", "第8个工作日").doesNotContain("（空）");
                assertThat(f.messageEn()).contains("not filled in");
            });
            assertThat(undecided(late, "ENF-013")).isFalse();
        }

        @Test
        void quietWithoutPenaltyOrDecision() {
            assertThat(of("ENF-013", runner.run(decided().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-013", runner.run(kase().with("penalty_types", "警告")))).isEmpty();
        }

        @Test
        void deadlineParameter() {
            Rec late = decided().with("service_date", "2025-03-13");
            assertThat(of("ENF-013", new RuleRunner().param("service_deadline_workdays", 8).run(late))).isEmpty();
            assertThat(of("ENF-013", new RuleRunner().param("service_deadline_workdays", 6)
                    .run(decided().with("service_date", "2025-03-12")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("6个工作日"));
        }
    }

    @Nested
    class Enf014And026DecisionDeadline {
        private Rec decidedAfter(int days) {
            return kase().with("filing_date", "2025-01-01")
                    .with("decision_date", LocalDate.of(2025, 1, 1).plusDays(days).toString());
        }

        @Test
        void day90IsInTimeDay91IsLate() {
            assertThat(of("ENF-014", runner.run(decidedAfter(90)))).isEmpty();
            assertThat(of("ENF-014", runner.run(decidedAfter(91)))).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("filing_date", "2025-01-01").containsEntry("decision_date", "2025-04-02");
                assertThat(f.message()).contains("相隔91日", "90日", "台账未填写「延期已批准」", "延期审批表", "依法不计入办案期限天数")
                        .doesNotContain("（空）");
                assertThat(f.messageEn()).contains("91 days", "90-day");
            });
        }

        @Test
        void suspendedDaysAreLeftOut() {
            assertThat(of("ENF-014", runner.run(decidedAfter(100).with("suspended_days", "10")))).isEmpty();
            assertThat(of("ENF-014", runner.run(decidedAfter(101).with("suspended_days", "10")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("相隔101日", "扣除", "10日", "91日"));
        }

        @Test
        void refusedExtensionIsAStatedBreach() {
            assertThat(of("ENF-014", runner.run(decidedAfter(91).with("extension_approved", "否")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("台账记载延期未获批准"));
        }

        @Test
        void anApprovedExtensionMovesTheCaseToEnf026() {
            assertThat(of("ENF-014", runner.run(decidedAfter(200).with("extension_approved", "是")))).isEmpty();
            assertThat(of("ENF-026", runner.run(decidedAfter(120).with("extension_approved", "是")))).isEmpty();
            assertThat(of("ENF-026", runner.run(decidedAfter(121).with("extension_approved", "是")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("相隔121日", "90日加30日"));
            assertThat(of("ENF-026", runner.run(decidedAfter(130).with("extension_approved", "是").with("suspended_days", "10")))).isEmpty();
            assertThat(of("ENF-026", runner.run(decidedAfter(131).with("extension_approved", "是").with("suspended_days", "10")))).hasSize(1);
            assertThat(of("ENF-026", runner.run(decidedAfter(200)))).isEmpty();
            assertThat(of("ENF-026", runner.run(decidedAfter(200).with("extension_approved", "否")))).isEmpty();
        }

        @Test
        void blankExtensionIsNotUndecided() {
            List<Finding> findings = runner.run(decidedAfter(91));
            assertThat(undecided(findings, "ENF-014")).isFalse();
            assertThat(undecided(findings, "ENF-026")).isFalse();
        }

        @Test
        void parameters() {
            assertThat(of("ENF-014", new RuleRunner().param("decision_deadline_days", 91).run(decidedAfter(91)))).isEmpty();
            assertThat(of("ENF-014", new RuleRunner().param("decision_deadline_days", 30).run(decidedAfter(31)))).hasSize(1);
            assertThat(of("ENF-026", new RuleRunner().param("decision_extension_days", 60)
                    .run(decidedAfter(150).with("extension_approved", "是")))).isEmpty();
        }
    }

    @Nested
    class Enf016Publicity {
        private Rec published(String date) {
            return decided().with("publicity_date", date);
        }

        @Test
        void sevenWorkingDaysByDefault() {
            assertThat(of("ENF-016", runner.run(published("2025-03-12")))).isEmpty();
            assertThat(of("ENF-016", runner.run(published("2025-03-13")))).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("2025-03-03", "2025-03-13", "第8个工作日", "7个工作日", "依法不予公开");
                assertThat(f.messageEn()).contains("8th working day", "7 working days");
            });
        }

        @Test
        void nationalDayHolidaysDoNotCount() {
            Rec base = kase().with("penalty_types", "警告").with("decision_date", "2025-09-26");
            RuleRunner official = new RuleRunner().calendar(NATIONAL_DAY);
            assertThat(of("ENF-016", official.run(base.copy().with("publicity_date", "2025-10-13")))).isEmpty();
            assertThat(of("ENF-016", official.run(base.copy().with("publicity_date", "2025-10-14")))).hasSize(1);
        }

        @Test
        void marketRegulationSets20WorkingDaysByField() {
            RuleRunner twenty = new RuleRunner().param("publicity_deadline_workdays", 20);
            assertThat(of("ENF-016", twenty.run(published("2025-03-31")))).isEmpty();
            assertThat(of("ENF-016", twenty.run(published("2025-04-01")))).hasSize(1);
        }

        @Test
        void marketRegulationAgenciesSet20DaysAndNoWarningsInTheirParams(@TempDir Path dir) throws Exception {
            Path params = dir.resolve("params.yaml");
            Files.writeString(params, "byAgency:\n  昆明市市场监督管理局: {publicity_deadline_workdays: 20, publicity_warning_only: false}\n",
                    StandardCharsets.UTF_8);
            RuleRunner market = new RuleRunner().paramsFile(params);
            Rec fine = decided().with("penalty_types", "罚款").with("fine_amount", "500").with("discretion_explanation", "一般");
            assertThat(of("ENF-016", market.run(fine.copy().with("publicity_date", "2025-03-31")))).isEmpty();
            assertThat(of("ENF-016", market.run(fine.copy().with("publicity_date", "2025-04-01")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("20个工作日", "第21个工作日"));
            assertThat(of("ENF-016", market.run(decided()))).isEmpty();
            Rec other = fine.copy().with("agency", "昆明市生态环境局").with("publicity_date", "2025-03-13");
            assertThat(of("ENF-016", market.run(other))).hasSize(1);
        }

        @Test
        void blankFiresOnlyOnceTheDeadlineHasPassed() {
            assertThat(of("ENF-016", new RuleRunner().asOf(LocalDate.of(2025, 3, 12)).run(decided()))).isEmpty();
            assertThat(of("ENF-016", new RuleRunner().asOf(LocalDate.of(2025, 3, 13)).run(decided()))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("台账未填写「公示日期」").doesNotContain("（空）"));
        }

        @Test
        void summaryProcedureAndExemptDecisionsAreOut() {
            assertThat(of("ENF-016", runner.run(decided().with("procedure", "简易程序")))).isEmpty();
            assertThat(of("ENF-016", runner.run(decided().with("publicity_exempt", "是")))).isEmpty();
            assertThat(of("ENF-016", runner.run(decided().with("procedure", "普通程序")))).hasSize(1);
            assertThat(of("ENF-016", runner.run(decided().with("publicity_exempt", "否")))).hasSize(1);
        }

        @Test
        void warningOnlyIsOutWhereWarningsAreNotPublished() {
            RuleRunner noWarnings = new RuleRunner().param("publicity_warning_only", false);
            assertThat(of("ENF-016", noWarnings.run(decided()))).isEmpty();
            assertThat(of("ENF-016", noWarnings.run(decided().with("penalty_types", "警告、罚款")))).hasSize(1);
            assertThat(of("ENF-016", runner.run(decided()))).hasSize(1);
        }

        @Test
        void quietWithoutPenalty() {
            assertThat(of("ENF-016", runner.run(decided().with("penalty_types", "不予处罚")))).isEmpty();
        }
    }

    @Nested
    class Enf019And027Limitation {
        private Rec penalised(String violation, String filing) {
            return decided().with("violation_date", violation).with("filing_date", filing).with("decision_date", "2025-12-01");
        }

        @Test
        void twoYearsToTheDay() {
            assertThat(of("ENF-019", runner.run(penalised("2023-03-01", "2025-03-01")))).isEmpty();
            assertThat(of("ENF-019", runner.run(penalised("2023-03-01", "2025-03-02")))).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("违法行为发生于2023-03-01", "至立案日2025-03-02", "2025-03-01届满", "第三十六条", "发现日期");
                assertThat(f.messageEn()).contains("2023-03-01", "2025-03-02");
            });
        }

        @Test
        void leapDayEndsOnThe28th() {
            assertThat(of("ENF-019", runner.run(penalised("2024-02-29", "2026-02-28")))).isEmpty();
            assertThat(of("ENF-019", runner.run(penalised("2024-02-29", "2026-03-01")))).hasSize(1);
        }

        @Test
        void discoveryAndEndDatesAreUsed() {
            Rec late = penalised("2023-03-01", "2025-06-01");
            assertThat(of("ENF-019", runner.run(late.copy().with("discovery_date", "2025-03-01")))).isEmpty();
            assertThat(of("ENF-019", runner.run(late.copy().with("violation_end_date", "2023-06-01")))).isEmpty();
            assertThat(of("ENF-019", runner.run(late.copy().with("violation_end_date", "2023-05-31")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("违法行为终了于2023-05-31"));
            assertThat(of("ENF-019", runner.run(late.copy().with("discovery_date", "2025-03-02")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("至发现日期2025-03-02"));
        }

        @Test
        void beyondFiveYearsIsEnf027() {
            assertThat(of("ENF-019", runner.run(penalised("2020-03-01", "2025-03-01")))).hasSize(1);
            assertThat(of("ENF-027", runner.run(penalised("2020-03-01", "2025-03-01")))).isEmpty();
            List<Finding> beyond = runner.run(penalised("2020-03-01", "2025-03-02"));
            assertThat(of("ENF-019", beyond)).isEmpty();
            assertThat(of("ENF-027", beyond)).singleElement().satisfies(f -> {
                assertThat(f.severity().name()).isEqualToIgnoringCase("error");
                assertThat(f.message()).contains("5年", "2025-03-01届满");
            });
        }

        @Test
        void quietWithoutPenaltyOrDates() {
            assertThat(of("ENF-019", runner.run(penalised("2020-03-01", "2024-03-01").with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-027", runner.run(penalised("2019-03-01", "2025-03-01").without("decision_date")))).isEmpty();
            assertThat(of("ENF-019", runner.run(decided().with("filing_date", "2025-03-01")))).isEmpty();
        }

        @Test
        void halfAYearCountsSixMonths() {
            RuleRunner half = new RuleRunner().param("limitation_years", 0.5);
            assertThat(of("ENF-019", half.run(penalised("2024-08-31", "2025-02-28")))).isEmpty();
            assertThat(of("ENF-019", half.run(penalised("2024-08-31", "2025-03-01")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("2025-02-28届满"));
        }
    }

    @Nested
    class Enf021HearingRequestPeriod {
        /** A heavy penalty (licence revoked), notified on Monday 2025-03-03. */
        private Rec heavy(String decided) {
            return kase().with("penalty_types", "吊销许可证件").with("party_type", "法人").with("hearing_notified", "是")
                    .with("notice_date", "2025-03-03").with("decision_date", decided);
        }

        @Test
        void decidedOnWorkingDay5FiresDay6IsQuiet() {
            assertThat(of("ENF-021", runner.run(heavy("2025-03-10")))).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("2025-03-03", "2025-03-10", "第5个工作日", "第六十四条", "放弃听证");
                assertThat(f.messageEn()).contains("working day 5");
            });
            assertThat(of("ENF-021", runner.run(heavy("2025-03-11")))).isEmpty();
        }

        @Test
        void nationalDayHolidaysDoNotCount() {
            RuleRunner official = new RuleRunner().calendar(NATIONAL_DAY);
            Rec base = heavy("2025-10-13").with("notice_date", "2025-09-29");
            assertThat(of("ENF-021", official.run(base))).hasSize(1);
            assertThat(of("ENF-021", official.run(base.copy().with("decision_date", "2025-10-14")))).isEmpty();
        }

        @Test
        void quietWhenRequestedWaivedOrNotHeavy() {
            assertThat(of("ENF-021", runner.run(heavy("2025-03-10").with("hearing_requested", "是")))).isEmpty();
            assertThat(of("ENF-021", runner.run(heavy("2025-03-10").with("hearing_waived", "是")))).isEmpty();
            assertThat(of("ENF-021", runner.run(heavy("2025-03-10").with("hearing_requested", "否")))).hasSize(1);
            assertThat(of("ENF-021", runner.run(heavy("2025-03-10").with("penalty_types", "警告")))).isEmpty();
            assertThat(of("ENF-021", runner.run(heavy("2025-03-10").without("notice_date")))).isEmpty();
        }

        @Test
        void amountsAtTheThreshold() {
            Rec fine = heavy("2025-03-10").with("penalty_types", "罚款").with("party_type", "自然人");
            assertThat(of("ENF-021", runner.run(fine.copy().with("fine_amount", "10000")))).hasSize(1);
            assertThat(of("ENF-021", runner.run(fine.copy().with("fine_amount", "9999")))).isEmpty();
        }

        /** A fine decided on working day 2 after the notice, for a party of unknown type. */
        private Rec unknownParty(String fine) {
            return heavy("2025-03-05").with("penalty_types", "罚款").without("party_type").with("fine_amount", fine);
        }

        @Test
        void blankPartyTypeWithAFineBetweenTheThresholdsIsUndecidedNeverNotHeavy() {
            List<Finding> findings = runner.run(unknownParty("50000"));
            assertThat(of("ENF-021", findings)).isEmpty();
            assertThat(of("DQ-004", findings)).filteredOn(f -> f.fields().containsKey("party_type")).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("当事人类型", "ENF-021", "较大数额标准");
                assertThat(f.messageEn()).contains("ENF-021", "party type");
            });
        }

        @Test
        void blankPartyTypeAtTheNaturalPersonThresholdIsUndecidedBelowItQuiet() {
            assertThat(undecided(runner.run(unknownParty("10000")), "ENF-021")).isTrue();
            List<Finding> below = runner.run(unknownParty("9999"));
            assertThat(of("ENF-021", below)).isEmpty();
            assertThat(undecided(below, "ENF-021")).isFalse();
        }

        @Test
        void blankPartyTypeWithAFineHeavyForEveryPartyFires() {
            List<Finding> findings = runner.run(unknownParty("100000"));
            assertThat(of("ENF-021", findings)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("当事人类型未填写"));
            assertThat(undecided(findings, "ENF-021")).isFalse();
        }
    }

    @Nested
    class Enf025TransferDeadlines {
        private Rec crime() {
            return kase().with("suspected_crime", "是");
        }

        @Test
        void approvalWithinThreeDaysOfTheReport() {
            Rec reported = crime().with("transfer_report_date", "2025-03-03").with("transfer_date", "2025-03-07");
            assertThat(of("ENF-025", runner.run(reported.copy().with("transfer_approval_date", "2025-03-06")))).isEmpty();
            assertThat(of("ENF-025", runner.run(reported.copy().with("transfer_approval_date", "2025-03-07")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("2025-03-03", "2025-03-07", "相隔4日", "超过3日", "24小时"));
        }

        @Test
        void transferWithinOneDayOfTheApproval() {
            Rec approved = crime().with("transfer_approval_date", "2025-03-06");
            assertThat(of("ENF-025", runner.run(approved.copy().with("transfer_date", "2025-03-07")))).isEmpty();
            assertThat(of("ENF-025", runner.run(approved.copy().with("transfer_date", "2025-03-08")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("相隔2日", "超过1日"));
        }

        @Test
        void blankTransferFiresOnlyAfterTheDay() {
            Rec approved = crime().with("transfer_approval_date", "2025-03-06");
            assertThat(of("ENF-025", new RuleRunner().asOf(LocalDate.of(2025, 3, 7)).run(approved))).isEmpty();
            assertThat(of("ENF-025", new RuleRunner().asOf(LocalDate.of(2025, 3, 8)).run(approved))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("台账未填写「移送司法机关日期」").doesNotContain("（空）"));
        }

        @Test
        void listsEveryLimitMissed() {
            Rec both = crime().with("transfer_report_date", "2025-03-01").with("transfer_approval_date", "2025-03-10")
                    .with("transfer_date", "2025-03-20");
            assertThat(of("ENF-025", runner.run(both))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("相隔9日", "相隔10日"));
        }

        @Test
        void quietWithoutCrimeOrDates() {
            assertThat(of("ENF-025", runner.run(kase().with("suspected_crime", "否").with("transfer_approval_date", "2025-03-06")))).isEmpty();
            assertThat(of("ENF-025", runner.run(crime().with("transfer_report_date", "2025-03-01")))).isEmpty();
            assertThat(of("ENF-025", runner.run(crime().with("transfer_report_date", "2025-03-01").with("transfer_date", "2025-06-01")))).isEmpty();
        }

        @Test
        void parameters() {
            Rec late = crime().with("transfer_report_date", "2025-03-03").with("transfer_approval_date", "2025-03-07")
                    .with("transfer_date", "2025-03-09");
            assertThat(of("ENF-025", new RuleRunner().param("transfer_approval_days", 4).param("transfer_after_approval_days", 2)
                    .run(late))).isEmpty();
        }
    }
}

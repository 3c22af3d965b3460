package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ENF-001 to ENF-019: each fires, stays quiet when not applicable, and holds its boundary. */
class CaseRulesTest {
    private static final String AGENCY = "昆明市市场监督管理局";

    private final RuleRunner runner = new RuleRunner();

    /** A complete minimal case: its required fields only. */
    static Rec kase() {
        return Rec.of("case").with("case_id", "AJ-1").with("agency", AGENCY).with("filing_date", "2025-03-01");
    }

    /** A case with a penalty imposed, decided on 2025-04-01. */
    static Rec decided() {
        return kase().with("penalty_types", "警告").with("decision_date", "2025-04-01");
    }

    static Rec officer(String id) {
        return Rec.of("officer").with("officer_id", id).with("agency", AGENCY);
    }

    /** True when a DQ-004 finding names the rule as not evaluated. */
    static boolean undecided(List<Finding> findings, String ruleId) {
        return of("DQ-004", findings).stream().anyMatch(f -> f.messageEn().contains(ruleId));
    }

    @Nested
    class Enf001CollectiveDiscussion {
        private Rec complex() {
            return decided().with("complex_or_major", "是");
        }

        @Test
        void firesWhenDiscussedOneDayAfterTheDecision() {
            List<Finding> findings = runner.run(complex().with("collective_discussion_date", "2025-04-02"));
            assertThat(of("ENF-001", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("decision_date", "2025-04-01")
                        .containsEntry("collective_discussion_date", "2025-04-02")
                        .containsEntry("complex_or_major", "是");
                assertThat(f.message()).contains("2025-04-01", "2025-04-02");
                assertThat(f.messageEn()).contains("2025-04-01", "2025-04-02");
            });
        }

        @Test
        void firesWhenNeverDiscussed() {
            List<Finding> findings = runner.run(complex());
            assertThat(of("ENF-001", findings)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("（空）"));
        }

        @Test
        void quietWhenDiscussedOnTheDecisionDay() {
            assertThat(of("ENF-001", runner.run(complex().with("collective_discussion_date", "2025-04-01")))).isEmpty();
        }

        @Test
        void quietWhenNotComplex() {
            assertThat(of("ENF-001", runner.run(decided().with("complex_or_major", "否")))).isEmpty();
        }

        @Test
        void quietAndNoDq004WhenNotDecided() {
            List<Finding> findings = runner.run(kase());
            assertThat(of("ENF-001", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-001")).isFalse();
        }

        @Test
        void blankComplexIsUnknown() {
            List<Finding> findings = runner.run(decided());
            assertThat(of("ENF-001", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-001")).isTrue();
        }
    }

    @Nested
    class Enf002MeetingMinutes {
        @Test
        void firesOnBasisTypeMeetingMinutes() {
            List<Finding> findings = runner.run(kase().with("basis_type", "会议纪要").with("basis", "局务会议决定"));
            assertThat(of("ENF-002", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("basis_type", "会议纪要");
                assertThat(f.message()).contains("会议纪要", "局务会议决定");
            });
        }

        @Test
        void firesWhenTheBasisMentionsMinutes() {
            assertThat(of("ENF-002", runner.run(kase().with("basis_type", "规章").with("basis", "专题会议纪要第5期")))).hasSize(1);
            assertThat(of("ENF-002", runner.run(kase().with("basis", "2025年第3次局长办公会纪要")))).hasSize(1);
        }

        @Test
        void quietOnALaw() {
            assertThat(of("ENF-002", runner.run(kase().with("basis_type", "法律").with("basis", "食品安全法 第124条")))).isEmpty();
            assertThat(of("ENF-002", runner.run(kase()))).isEmpty();
        }
    }

    @Nested
    class Enf003NoLegalBasis {
        @Test
        void firesWhenBasisIsBlank() {
            List<Finding> findings = runner.run(kase().with("penalty_types", "罚款"));
            assertThat(of("ENF-003", findings)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("未记录处罚依据", "罚款");
                assertThat(f.messageEn()).contains("no legal basis");
            });
        }

        @Test
        void firesOnANormativeDocumentOrOther() {
            List<Finding> doc = runner.run(kase().with("penalty_types", "警告").with("basis_type", "规范性文件").with("basis", "昆市监发〔2024〕1号"));
            assertThat(of("ENF-003", doc)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("规范性文件", "昆市监发〔2024〕1号"));
            assertThat(of("ENF-003", runner.run(kase().with("penalty_types", "警告").with("basis_type", "其他").with("basis", "x")))).hasSize(1);
        }

        @Test
        void quietOnARuleOrWithoutPenalty() {
            assertThat(of("ENF-003", runner.run(kase().with("penalty_types", "警告").with("basis_type", "规章").with("basis", "办法 第5条")))).isEmpty();
            assertThat(of("ENF-003", runner.run(kase().with("penalty_types", "警告").with("basis", "食品安全法 第124条")))).isEmpty();
            assertThat(of("ENF-003", runner.run(kase().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-003", runner.run(kase()))).isEmpty();
        }

        @Test
        void noPenaltyPlusAnotherTypeIsAPenalty() {
            assertThat(of("ENF-003", runner.run(kase().with("penalty_types", "不予处罚、警告")))).hasSize(1);
        }
    }

    @Nested
    class Enf004PriorNotice {
        @Test
        void firesWhenNoticeIsOneDayLate() {
            List<Finding> findings = runner.run(decided().with("notice_date", "2025-04-02"));
            assertThat(of("ENF-004", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("notice_date", "2025-04-02");
                assertThat(f.message()).contains("2025-04-01", "2025-04-02");
            });
        }

        @Test
        void firesWithoutNotice() {
            assertThat(of("ENF-004", runner.run(decided()))).hasSize(1);
        }

        @Test
        void quietWhenNoticeOnTheDecisionDay() {
            assertThat(of("ENF-004", runner.run(decided().with("notice_date", "2025-04-01")))).isEmpty();
        }

        @Test
        void quietWithoutPenaltyOrDecision() {
            assertThat(of("ENF-004", runner.run(decided().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-004", runner.run(kase().with("penalty_types", "警告")))).isEmpty();
        }
    }

    @Nested
    class Enf005HearingRight {
        private Rec fine(String partyType, String amount) {
            return kase().with("penalty_types", "罚款").with("party_type", partyType).with("fine_amount", amount)
                    .with("hearing_notified", "否");
        }

        @Test
        void naturalPersonThresholdIsHeavy() {
            List<Finding> findings = runner.run(fine("自然人", "10000"));
            assertThat(of("ENF-005", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("fine_amount", "10000").containsEntry("party_type", "自然人");
                assertThat(f.message()).contains("10000", "自然人");
                assertThat(f.messageEn()).contains("10000", "natural person");
            });
            assertThat(of("ENF-005", runner.run(fine("自然人", "9999")))).isEmpty();
        }

        @Test
        void organisationThresholdIsHeavy() {
            assertThat(of("ENF-005", runner.run(fine("法人", "100000")))).hasSize(1);
            assertThat(of("ENF-005", runner.run(fine("法人", "99999")))).isEmpty();
            assertThat(of("ENF-005", runner.run(fine("其他组织", "100000")))).hasSize(1);
            assertThat(of("ENF-005", runner.run(fine("其他组织", "99999.99")))).isEmpty();
        }

        @Test
        void blankPartyTypeIsJudgedAsAnOrganisation() {
            assertThat(of("ENF-005", runner.run(fine(null, "100000")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("100000"));
            assertThat(of("ENF-005", runner.run(fine(null, "99999")))).isEmpty();
            assertThat(of("ENF-005", runner.run(fine(null, "10000")))).isEmpty();
        }

        @Test
        void confiscationCountsLikeAFine() {
            Rec rec = kase().with("penalty_types", "没收违法所得").with("party_type", "自然人")
                    .with("confiscation_amount", "10000").with("hearing_notified", "否");
            assertThat(of("ENF-005", runner.run(rec))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("没收10000元"));
            assertThat(of("ENF-005", runner.run(rec.copy().with("confiscation_amount", "9999")))).isEmpty();
        }

        @Test
        void heavyPenaltyTypesNeedNoAmount() {
            for (String type : PenaltyTerms.HEAVY_TYPES) {
                List<Finding> findings = runner.run(kase().with("penalty_types", "警告、" + type).with("hearing_notified", "否"));
                assertThat(of("ENF-005", findings)).as(type).singleElement()
                        .satisfies(f -> assertThat(f.message()).contains(type));
            }
            assertThat(of("ENF-005", runner.run(kase().with("penalty_types", "警告、暂扣许可证件").with("hearing_notified", "否")))).isEmpty();
        }

        @Test
        void blankNotifiedIsNotShown() {
            List<Finding> findings = runner.run(fine("法人", "200000").with("hearing_notified", null));
            assertThat(of("ENF-005", findings)).hasSize(1);
            assertThat(undecided(findings, "ENF-005")).isFalse();
        }

        @Test
        void quietWhenNotified() {
            assertThat(of("ENF-005", runner.run(fine("法人", "200000").with("hearing_notified", "是")))).isEmpty();
        }

        @Test
        void thresholdParameterChangesTheVerdict() {
            assertThat(of("ENF-005", runner.run(fine("自然人", "5000")))).isEmpty();
            List<Finding> lowered = new RuleRunner().param("hearing_fine_natural", 5000).run(fine("自然人", "5000"));
            assertThat(of("ENF-005", lowered)).singleElement().satisfies(f -> assertThat(f.message()).contains("5000元"));
            assertThat(of("ENF-005", new RuleRunner().param("hearing_fine_org", 200000).run(fine("法人", "100000")))).isEmpty();
        }
    }

    @Nested
    class Enf006Hearing {
        private Rec requested() {
            return decided().with("hearing_requested", "是");
        }

        @Test
        void firesWhenNoHearingWasHeld() {
            assertThat(of("ENF-006", runner.run(requested()))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("2025-04-01", "（空）"));
        }

        @Test
        void firesWhenHeldOneDayAfterTheDecision() {
            assertThat(of("ENF-006", runner.run(requested().with("hearing_date", "2025-04-02")))).singleElement()
                    .satisfies(f -> assertThat(f.fields()).containsEntry("hearing_date", "2025-04-02"));
        }

        @Test
        void quietWhenHeldOnTheDecisionDay() {
            assertThat(of("ENF-006", runner.run(requested().with("hearing_date", "2025-04-01")))).isEmpty();
        }

        @Test
        void quietWhenNotRequested() {
            assertThat(of("ENF-006", runner.run(decided().with("hearing_requested", "否")))).isEmpty();
        }

        @Test
        void blankRequestedIsUnknown() {
            List<Finding> findings = runner.run(decided());
            assertThat(of("ENF-006", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-006")).isTrue();
            assertThat(undecided(runner.run(kase()), "ENF-006")).isFalse();
        }
    }

    @Nested
    class Enf007LegalReview {
        private Rec major() {
            return decided().with("major_decision", "是");
        }

        @Test
        void firesWhenReviewedOneDayAfter() {
            assertThat(of("ENF-007", runner.run(major().with("legal_review_date", "2025-04-02")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("2025-04-01", "2025-04-02"));
        }

        @Test
        void firesWithoutReview() {
            assertThat(of("ENF-007", runner.run(major()))).hasSize(1);
        }

        @Test
        void quietWhenReviewedOnTheDecisionDay() {
            assertThat(of("ENF-007", runner.run(major().with("legal_review_date", "2025-04-01")))).isEmpty();
        }

        @Test
        void quietWhenNotMajor() {
            assertThat(of("ENF-007", runner.run(decided().with("major_decision", "否")))).isEmpty();
        }

        @Test
        void blankMajorIsUnknown() {
            List<Finding> findings = runner.run(decided());
            assertThat(of("ENF-007", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-007")).isTrue();
        }
    }

    @Nested
    class Enf008LegalReviewerQualification {
        private Rec reviewed() {
            return decided().with("legal_reviewer_id", "FZ-1");
        }

        private Rec reviewer(String firstInRole, String qualified) {
            return officer("FZ-1").with("name", "李四").with("first_in_role", firstInRole).with("legal_qualification", qualified);
        }

        @Test
        void firesForAFirstTimeReviewerWithoutQualification() {
            List<Finding> findings = runner.run(reviewed(), reviewer("是", "否"));
            assertThat(of("ENF-008", findings)).singleElement().satisfies(f -> {
                assertThat(f.recordId()).isEqualTo("AJ-1");
                assertThat(f.fields()).containsEntry("legal_reviewer_id", "FZ-1");
                assertThat(f.message()).contains("李四（FZ-1）");
                assertThat(f.messageEn()).contains("李四 (FZ-1)");
            });
        }

        @Test
        void quietWhenQualifiedOrNotFirstTime() {
            assertThat(of("ENF-008", runner.run(reviewed(), reviewer("是", "是")))).isEmpty();
            assertThat(of("ENF-008", runner.run(reviewed(), reviewer("否", "否")))).isEmpty();
        }

        @Test
        void quietWhenTheOfficerFieldsAreBlank() {
            assertThat(of("ENF-008", runner.run(reviewed(), reviewer(null, "否")))).isEmpty();
            assertThat(of("ENF-008", runner.run(reviewed(), reviewer("是", null)))).isEmpty();
        }

        @Test
        void unknownReviewerIsLeftToDq005() {
            List<Finding> findings = runner.run(decided().with("legal_reviewer_id", "FZ-9"), reviewer("是", "否"));
            assertThat(of("ENF-008", findings)).isEmpty();
            assertThat(of("DQ-005", findings)).hasSize(1);
        }

        @Test
        void quietWithoutOfficers() {
            assertThat(of("ENF-008", runner.run(reviewed()))).isEmpty();
        }
    }

    @Nested
    class Enf009ExpiredCertificate {
        private Rec handled() {
            return decided().with("officer_ids", "ZF-1、ZF-2");
        }

        private Rec cert(String id, String name, String validUntil) {
            return officer(id).with("name", name).with("certificate_valid_until", validUntil);
        }

        @Test
        void firesForAnOfficerWhoseCertificateExpiredTheDayBeforeTheDecision() {
            List<Finding> findings = runner.run(handled(), cert("ZF-1", "张三", "2025-03-31"), cert("ZF-2", "王五", "2026-12-31"));
            assertThat(of("ENF-009", findings)).singleElement().satisfies(f -> {
                assertThat(f.recordId()).isEqualTo("AJ-1");
                assertThat(f.message()).contains("张三", "ZF-1", "2025-03-31", "处罚决定日期", "2025-04-01")
                        .doesNotContain("王五");
                assertThat(f.messageEn()).contains("2025-03-31", "decision date", "2025-04-01");
            });
        }

        @Test
        void quietWhenValidOrExpiringOnTheDecisionDay() {
            assertThat(of("ENF-009", runner.run(handled(), cert("ZF-1", "张三", "2025-04-01"), cert("ZF-2", "王五", "2025-04-02")))).isEmpty();
        }

        @Test
        void quietWhenExpiryIsBlank() {
            assertThat(of("ENF-009", runner.run(handled(), cert("ZF-1", "张三", null), cert("ZF-2", "王五", null)))).isEmpty();
        }

        @Test
        void oneFindingPerExpiredOfficer() {
            List<Finding> findings = runner.run(handled(), cert("ZF-1", "张三", "2025-01-31"), cert("ZF-2", "王五", "2024-12-31"));
            assertThat(of("ENF-009", findings)).hasSize(2)
                    .anySatisfy(f -> assertThat(f.message()).contains("张三", "2025-01-31"))
                    .anySatisfy(f -> assertThat(f.message()).contains("王五", "2024-12-31"));
        }

        @Test
        void comparesWithTheFilingDateWhenUndecided() {
            Rec filed = kase().with("officer_ids", "ZF-1、ZF-2");
            List<Finding> findings = runner.run(filed, cert("ZF-1", "张三", "2025-02-28"), cert("ZF-2", "王五", "2025-03-01"));
            assertThat(of("ENF-009", findings)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("张三", "2025-02-28", "立案日期", "2025-03-01"));
        }

        @Test
        void unknownOfficersAreLeftToDq005() {
            List<Finding> findings = runner.run(handled(), cert("ZF-3", "赵六", "2020-01-01"));
            assertThat(of("ENF-009", findings)).isEmpty();
            assertThat(of("DQ-005", findings)).hasSize(2);
        }
    }

    @Nested
    class Enf010TwoOfficers {
        @Test
        void firesWithOneOfficer() {
            List<Finding> findings = runner.run(decided().with("officer_ids", "ZF-1"));
            assertThat(of("ENF-010", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("officer_ids", "ZF-1");
                assertThat(f.message()).contains("1名", "ZF-1");
            });
        }

        @Test
        void repeatedIdCountsOnce() {
            assertThat(of("ENF-010", runner.run(decided().with("officer_ids", "ZF-1、ZF-1")))).hasSize(1);
        }

        @Test
        void blankCountsAsNone() {
            assertThat(of("ENF-010", runner.run(decided()))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("0名"));
        }

        @Test
        void quietWithTwoOfficersOrWithoutPenalty() {
            assertThat(of("ENF-010", runner.run(decided().with("officer_ids", "ZF-1、ZF-2")))).isEmpty();
            assertThat(of("ENF-010", runner.run(kase().with("penalty_types", "不予处罚").with("officer_ids", "ZF-1")))).isEmpty();
        }
    }

    @Nested
    class Enf011DiscretionExplanation {
        @Test
        void firesOnAFineWithoutExplanation() {
            List<Finding> findings = runner.run(kase().with("penalty_types", "罚款").with("fine_amount", "3000"));
            assertThat(of("ENF-011", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("fine_amount", "3000");
                assertThat(f.message()).contains("3000");
            });
        }

        @Test
        void firesOnAnAmountWithoutTheFineType() {
            assertThat(of("ENF-011", runner.run(kase().with("penalty_types", "警告").with("fine_amount", "0.01")))).hasSize(1);
            assertThat(of("ENF-011", runner.run(kase().with("fine_amount", "500")))).hasSize(1);
        }

        @Test
        void quietWithExplanationOrNoFine() {
            assertThat(of("ENF-011", runner.run(kase().with("penalty_types", "罚款").with("fine_amount", "3000")
                    .with("discretion_explanation", "一般情形")))).isEmpty();
            assertThat(of("ENF-011", runner.run(kase().with("penalty_types", "警告").with("fine_amount", "0")))).isEmpty();
            assertThat(of("ENF-011", runner.run(kase()))).isEmpty();
        }
    }

    @Nested
    class Enf012MinorFirstOffence {
        private Rec minor() {
            return kase().with("first_offense_minor", "是").with("corrected", "是");
        }

        @Test
        void firesWhenPenalised() {
            assertThat(of("ENF-012", runner.run(minor().with("penalty_types", "警告")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("警告"));
        }

        @Test
        void quietWhenExemptedOrNotCorrected() {
            assertThat(of("ENF-012", runner.run(minor().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-012", runner.run(minor().with("penalty_types", "警告").with("corrected", "否")))).isEmpty();
            assertThat(of("ENF-012", runner.run(minor().with("penalty_types", "警告").with("first_offense_minor", "否")))).isEmpty();
        }

        @Test
        void blankCorrectedIsUnknown() {
            List<Finding> findings = runner.run(minor().with("penalty_types", "警告").with("corrected", null));
            assertThat(of("ENF-012", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-012")).isTrue();
        }

        @Test
        void noDq004WithoutPenaltyTypes() {
            assertThat(undecided(runner.run(kase()), "ENF-012")).isFalse();
        }
    }

    @Nested
    class Enf013Service {
        @Test
        void servedOnDay7IsInTime() {
            assertThat(of("ENF-013", runner.run(decided().with("service_date", "2025-04-08")))).isEmpty();
            assertThat(of("ENF-013", runner.run(decided().with("service_date", "2025-04-01")))).isEmpty();
        }

        @Test
        void servedOnDay8IsLate() {
            assertThat(of("ENF-013", runner.run(decided().with("service_date", "2025-04-09")))).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("service_date", "2025-04-09");
                assertThat(f.message()).contains("2025-04-01", "2025-04-09", "第8日", "7日");
                assertThat(f.messageEn()).contains("8 days", "within 7 days");
            });
        }

        @Test
        void firesWhenNotServed() {
            assertThat(of("ENF-013", runner.run(decided()))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("未记录送达日期"));
        }

        @Test
        void quietWithoutPenaltyOrDecision() {
            assertThat(of("ENF-013", runner.run(decided().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-013", runner.run(kase().with("penalty_types", "警告")))).isEmpty();
        }

        @Test
        void deadlineParameterChangesTheVerdict() {
            Rec late = decided().with("service_date", "2025-04-09");
            assertThat(of("ENF-013", new RuleRunner().param("service_deadline_workdays", 8).run(late))).isEmpty();
            assertThat(of("ENF-013", new RuleRunner().param("service_deadline_workdays", 6).run(decided().with("service_date", "2025-04-08"))))
                    .singleElement().satisfies(f -> assertThat(f.message()).contains("6日"));
        }
    }

    @Nested
    class Enf014DecisionDeadline {
        private Rec decidedAfter(int days) {
            return kase().with("filing_date", "2025-01-01")
                    .with("decision_date", LocalDate.of(2025, 1, 1).plusDays(days).toString());
        }

        @Test
        void day90IsInTime() {
            assertThat(of("ENF-014", runner.run(decidedAfter(90)))).isEmpty();
        }

        @Test
        void day91IsLate() {
            assertThat(of("ENF-014", runner.run(decidedAfter(91)))).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("filing_date", "2025-01-01").containsEntry("decision_date", "2025-04-02");
                assertThat(f.message()).contains("91日", "90日");
                assertThat(f.messageEn()).contains("91 days", "90-day");
            });
        }

        @Test
        void extensionExcuses() {
            assertThat(of("ENF-014", runner.run(decidedAfter(200).with("extension_approved", "是")))).isEmpty();
            assertThat(of("ENF-014", runner.run(decidedAfter(200).with("extension_approved", "否")))).hasSize(1);
        }

        @Test
        void blankExtensionIsNotShown() {
            List<Finding> findings = runner.run(decidedAfter(91));
            assertThat(of("ENF-014", findings)).hasSize(1);
            assertThat(undecided(findings, "ENF-014")).isFalse();
        }

        @Test
        void deadlineParameterChangesTheVerdict() {
            assertThat(of("ENF-014", new RuleRunner().param("decision_deadline_days", 91).run(decidedAfter(91)))).isEmpty();
            assertThat(of("ENF-014", new RuleRunner().param("decision_deadline_days", 60).run(decidedAfter(61)))).hasSize(1);
        }
    }

    @Nested
    class Enf015FullProcessRecord {
        @Test
        void firesOnNo() {
            assertThat(of("ENF-015", runner.run(kase().with("full_process_recorded", "否")))).singleElement()
                    .satisfies(f -> assertThat(f.fields()).containsEntry("full_process_recorded", "否"));
        }

        @Test
        void quietOnYes() {
            assertThat(of("ENF-015", runner.run(kase().with("full_process_recorded", "是")))).isEmpty();
        }

        @Test
        void blankIsUnknown() {
            List<Finding> findings = runner.run(kase());
            assertThat(of("ENF-015", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-015")).isTrue();
        }
    }

    @Nested
    class Enf016Publicity {
        // Monday 2025-03-03; 20 working days later (市场监管's deadline) is Monday 2025-03-31.
        private final RuleRunner runner = new RuleRunner().param("publicity_deadline_workdays", 20);

        private Rec published(String date) {
            return kase().with("penalty_types", "警告").with("decision_date", "2025-03-03").with("publicity_date", date);
        }

        @Test
        void exactly20WorkingDaysIsInTime() {
            assertThat(of("ENF-016", runner.run(published("2025-03-31")))).isEmpty();
        }

        @Test
        void day21IsLate() {
            assertThat(of("ENF-016", runner.run(published("2025-04-01")))).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("publicity_date", "2025-04-01");
                assertThat(f.message()).contains("2025-03-03", "2025-04-01", "第21个工作日", "20个工作日");
                assertThat(f.messageEn()).contains("21 working days", "20 working days");
            });
        }

        @Test
        void weekendsDoNotCount() {
            // 26 calendar days but only 19 working days: the weekends do not count.
            assertThat(of("ENF-016", runner.run(published("2025-03-29")))).isEmpty();
        }

        @Test
        void aHolidayMovesTheDeadline() {
            WorkCalendar withHoliday = new WorkCalendar(Set.of(LocalDate.of(2025, 3, 14)), Set.of());
            assertThat(of("ENF-016", new RuleRunner().param("publicity_deadline_workdays", 20).calendar(withHoliday).run(published("2025-04-01")))).isEmpty();
            assertThat(of("ENF-016", new RuleRunner().param("publicity_deadline_workdays", 20).calendar(withHoliday).run(published("2025-04-02")))).hasSize(1);
        }

        @Test
        void anAdjustedWorkingDayCounts() {
            WorkCalendar withSaturday = new WorkCalendar(Set.of(), Set.of(LocalDate.of(2025, 3, 29)));
            assertThat(of("ENF-016", new RuleRunner().param("publicity_deadline_workdays", 20).calendar(withSaturday).run(published("2025-03-31")))).hasSize(1);
        }

        @Test
        void firesWhenNotPublished() {
            assertThat(of("ENF-016", runner.run(published(null)))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("未记录公示日期"));
        }

        @Test
        void quietWithoutPenalty() {
            assertThat(of("ENF-016", runner.run(published(null).with("penalty_types", "不予处罚")))).isEmpty();
        }

        @Test
        void deadlineParameterChangesTheVerdict() {
            assertThat(of("ENF-016", new RuleRunner().param("publicity_deadline_workdays", 21).run(published("2025-04-01")))).isEmpty();
            assertThat(of("ENF-016", new RuleRunner().param("publicity_deadline_workdays", 19).run(published("2025-03-31")))).hasSize(1);
        }
    }

    @Nested
    class Enf017Transfer {
        @Test
        void firesWhenNotTransferred() {
            assertThat(of("ENF-017", runner.run(kase().with("suspected_crime", "是")))).singleElement()
                    .satisfies(f -> assertThat(f.fields()).containsEntry("suspected_crime", "是").containsEntry("transfer_date", null));
        }

        @Test
        void quietWhenTransferredOrNoCrime() {
            assertThat(of("ENF-017", runner.run(kase().with("suspected_crime", "是").with("transfer_date", "2025-03-05")))).isEmpty();
            assertThat(of("ENF-017", runner.run(kase().with("suspected_crime", "否")))).isEmpty();
        }

        @Test
        void blankIsUnknown() {
            List<Finding> findings = runner.run(kase());
            assertThat(of("ENF-017", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-017")).isTrue();
        }
    }

    @Nested
    class Enf018Platform {
        @Test
        void firesOnNo() {
            assertThat(of("ENF-018", runner.run(kase().with("on_platform", "否")))).singleElement()
                    .satisfies(f -> assertThat(f.severity().name()).isEqualToIgnoringCase("warning"));
        }

        @Test
        void quietOnYes() {
            assertThat(of("ENF-018", runner.run(kase().with("on_platform", "是")))).isEmpty();
        }

        @Test
        void blankIsUnknown() {
            List<Finding> findings = runner.run(kase());
            assertThat(of("ENF-018", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-018")).isTrue();
        }
    }

    @Nested
    class Enf019Limitation {
        @Test
        void filedOnTheLastDayIsInTime() {
            assertThat(of("ENF-019", runner.run(kase().with("violation_date", "2023-03-01")))).isEmpty();
        }

        @Test
        void filedOneDayLaterFires() {
            assertThat(of("ENF-019", runner.run(kase().with("violation_date", "2023-02-28")))).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("violation_date", "2023-02-28").containsEntry("filing_date", "2025-03-01");
                assertThat(f.message()).contains("2023-02-28", "2025-03-01", "2025-02-28", "2年");
            });
        }

        @Test
        void quietWithoutViolationDate() {
            assertThat(of("ENF-019", runner.run(kase()))).isEmpty();
        }

        @Test
        void yearsParameterChangesTheVerdict() {
            assertThat(of("ENF-019", new RuleRunner().param("limitation_years", 5).run(kase().with("violation_date", "2021-01-01")))).isEmpty();
            assertThat(of("ENF-019", new RuleRunner().param("limitation_years", 1).run(kase().with("violation_date", "2024-02-29")))).hasSize(1);
        }
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * ENF-001 to ENF-012, ENF-015, ENF-017, ENF-018: each fires, stays quiet when not applicable, and
 * holds its boundary. The time limits are in {@link CaseTimeLimitsTest}, ENF-022 to ENF-024 in
 * {@link CaseProcedureRulesTest}.
 */
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
                    .satisfies(f -> {
                        assertThat(f.message()).contains("台账未填写「集体讨论日期」", "第五十七条").doesNotContain("（空）");
                        assertThat(f.messageEn()).contains("not filled in");
                    });
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
            assertThat(of("ENF-002", runner.run(kase().with("basis", "2025年第3次局长办公会纪要")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("处罚依据为“2025年第3次局长办公会纪要”")
                            .doesNotContain("（空）", "处罚依据类型"));
            assertThat(of("ENF-002", runner.run(kase().with("basis_type", "会议纪要")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("处罚依据类型为会议纪要").doesNotContain("（空）"));
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
            List<Finding> findings = runner.run(decided().with("penalty_types", "罚款"));
            assertThat(of("ENF-003", findings)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("台账未填写「处罚依据」", "罚款").doesNotContain("（空）");
                assertThat(f.messageEn()).contains("not filled in");
            });
        }

        @Test
        void firesOnANormativeDocumentOrOther() {
            List<Finding> doc = runner.run(decided().with("penalty_types", "警告").with("basis_type", "规范性文件").with("basis", "昆市监发〔2024〕1号"));
            assertThat(of("ENF-003", doc)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("规范性文件", "昆市监发〔2024〕1号"));
            assertThat(of("ENF-003", runner.run(decided().with("penalty_types", "警告").with("basis_type", "其他").with("basis", "x")))).hasSize(1);
        }

        @Test
        void quietOnARuleOrWithoutPenalty() {
            assertThat(of("ENF-003", runner.run(decided().with("penalty_types", "警告").with("basis_type", "规章").with("basis", "办法 第5条")))).isEmpty();
            assertThat(of("ENF-003", runner.run(decided().with("penalty_types", "警告").with("basis", "食品安全法 第124条")))).isEmpty();
            assertThat(of("ENF-003", runner.run(decided().with("penalty_types", "不予处罚")))).isEmpty();
            assertThat(of("ENF-003", runner.run(kase()))).isEmpty();
            assertThat(of("ENF-003", runner.run(kase().with("penalty_types", "警告")))).as("not decided").isEmpty();
        }

        @Test
        void noPenaltyPlusAnotherTypeIsAPenalty() {
            assertThat(of("ENF-003", runner.run(decided().with("penalty_types", "不予处罚、警告")))).hasSize(1);
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
            return decided().with("penalty_types", "罚款").with("party_type", partyType).with("fine_amount", amount)
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
        void blankPartyTypeIsHeavyFromTheOrganisationThreshold() {
            assertThat(of("ENF-005", runner.run(fine(null, "100000")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("100000", "当事人类型未填写"));
            assertThat(of("ENF-005", runner.run(fine(null, "99999")))).isEmpty();
            assertThat(of("ENF-005", runner.run(fine(null, "9999")))).isEmpty();
        }

        @Test
        void blankPartyTypeBetweenTheThresholdsIsUndecidedNotQuietlyLight() {
            List<Finding> between = runner.run(fine(null, "10000"));
            assertThat(of("ENF-005", between)).isEmpty();
            assertThat(undecided(between, "ENF-005")).isTrue();
        }

        @Test
        void blankPartyTypeBelowBothThresholdsIsDecided() {
            assertThat(undecided(runner.run(fine(null, "9999")), "ENF-005")).isFalse();
        }

        @Test
        void quietUntilDecided() {
            assertThat(of("ENF-005", runner.run(fine("法人", "200000").without("decision_date")))).isEmpty();
        }

        @Test
        void confiscationCountsLikeAFine() {
            Rec rec = decided().with("penalty_types", "没收违法所得").with("party_type", "自然人")
                    .with("confiscation_amount", "10000").with("hearing_notified", "否");
            assertThat(of("ENF-005", runner.run(rec))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("没收10000元", "台账记载未告知"));
            assertThat(of("ENF-005", runner.run(rec.copy().with("confiscation_amount", "9999")))).isEmpty();
            RuleRunner ownThreshold = new RuleRunner().param("hearing_confiscation_natural", 20000);
            assertThat(of("ENF-005", ownThreshold.run(rec))).isEmpty();
            assertThat(of("ENF-005", ownThreshold.run(rec.copy().with("confiscation_amount", "20000")))).hasSize(1);
            assertThat(of("ENF-005", new RuleRunner().param("hearing_fine_natural", 20000).run(rec))).hasSize(1);
        }

        @Test
        void heavyPenaltyTypesNeedNoAmount() {
            for (String type : PenaltyTerms.HEAVY_TYPES) {
                List<Finding> findings = runner.run(decided().with("penalty_types", "警告、" + type).with("hearing_notified", "否"));
                assertThat(of("ENF-005", findings)).as(type).singleElement()
                        .satisfies(f -> assertThat(f.message()).contains(type));
            }
            assertThat(of("ENF-005", runner.run(decided().with("penalty_types", "警告、暂扣许可证件").with("hearing_notified", "否")))).isEmpty();
        }

        @Test
        void blankNotifiedIsNotShown() {
            List<Finding> findings = runner.run(fine("法人", "200000").with("hearing_notified", null));
            assertThat(of("ENF-005", findings)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("台账未填写「告知听证权利」", "事先告知书").doesNotContain("（空）", "台账记载未告知");
                assertThat(f.messageEn()).contains("not filled in");
            });
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
                    .satisfies(f -> assertThat(f.message()).contains("2025-04-01", "台账未填写「听证日期」", "听证笔录")
                            .doesNotContain("（空）"));
        }

        @Test
        void quietWhenThePartyWaivedTheHearing() {
            assertThat(of("ENF-006", runner.run(requested().with("hearing_waived", "是")))).isEmpty();
            assertThat(of("ENF-006", runner.run(requested().with("hearing_waived", "否")))).hasSize(1);
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
        void oneFindingForAnOfficerNamedInBothWidths() {
            Rec twice = decided().with("officer_ids", "ZF-1、ＺＦ－１、ZF-2");
            List<Finding> findings = runner.run(twice, cert("ZF-1", "张三", "2025-03-31"), cert("ZF-2", "王五", "2026-12-31"));
            assertThat(of("ENF-009", findings)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("张三", "2025-03-31"));
            assertThat(of("DQ-005", findings)).isEmpty();
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
                assertThat(f.message()).contains("仅记录1名执法人员", "ZF-1", "第四十二条");
            });
        }

        @Test
        void oneOfficerIsLawfulInSummaryProcedureOfListedFields() {
            Rec ticket = decided().with("officer_ids", "ZF-1").with("procedure", "简易程序");
            assertThat(of("ENF-010", runner.run(ticket.copy().with("field", "道路交通")))).isEmpty();
            assertThat(of("ENF-010", runner.run(ticket.copy().with("field", "治安管理")))).isEmpty();
            assertThat(of("ENF-010", runner.run(ticket.copy().with("field", "食品药品")))).hasSize(1);
            assertThat(of("ENF-010", runner.run(ticket.copy().with("field", "道路交通").with("procedure", "普通程序")))).hasSize(1);
            assertThat(of("ENF-010", runner.run(ticket.copy()))).hasSize(1);
            assertThat(of("ENF-010", new RuleRunner().param("single_officer_fields", List.of("食品药品"))
                    .run(ticket.copy().with("field", "食品药品")))).isEmpty();
        }

        @Test
        void quietUntilDecided() {
            assertThat(of("ENF-010", runner.run(decided().with("officer_ids", "ZF-1").without("decision_date")))).isEmpty();
        }

        @Test
        void repeatedIdCountsOnce() {
            assertThat(of("ENF-010", runner.run(decided().with("officer_ids", "ZF-1、ZF-1")))).hasSize(1);
        }

        @Test
        void anIdTypedInFullWidthIsTheSameOfficer() {
            List<Finding> findings = runner.run(decided().with("officer_ids", "ZF-1、ＺＦ－１"));
            assertThat(of("ENF-010", findings)).singleElement().satisfies(f -> {
                assertThat(f.message()).contains("仅记录1名执法人员", "ZF-1、ＺＦ－１");
                assertThat(f.messageEn()).contains("only 1 officer");
            });
        }

        @Test
        void twoDistinctIdsInEitherWidthAreTwoOfficers() {
            assertThat(of("ENF-010", runner.run(decided().with("officer_ids", "ZF-1、ＺＦ－２")))).isEmpty();
            assertThat(of("ENF-010", runner.run(decided().with("officer_ids", "ＺＦ－１、ＺＦ－２")))).isEmpty();
        }

        @Test
        void blankIsUndecidedNeverNoOfficers() {
            List<Finding> findings = runner.run(decided());
            assertThat(of("ENF-010", findings)).isEmpty();
            assertThat(undecided(findings, "ENF-010")).isTrue();
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
            List<Finding> findings = runner.run(decided().with("penalty_types", "罚款").with("fine_amount", "3000"));
            assertThat(of("ENF-011", findings)).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("fine_amount", "3000");
                assertThat(f.message()).contains("罚款3000元", "台账未填写「裁量说明」").doesNotContain("（空）");
            });
        }

        @Test
        void firesOnAnAmountWithoutTheFineType() {
            assertThat(of("ENF-011", runner.run(decided().with("penalty_types", "警告").with("fine_amount", "0.01")))).hasSize(1);
            assertThat(of("ENF-011", runner.run(decided().without("penalty_types").with("fine_amount", "500")))).hasSize(1);
        }

        @Test
        void aFineTypeWithoutAnAmountIsNotGivenOne() {
            assertThat(of("ENF-011", runner.run(decided().with("penalty_types", "罚款")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("处罚种类含罚款").doesNotContain("（空）", "元"));
        }

        @Test
        void quietUntilDecided() {
            assertThat(of("ENF-011", runner.run(kase().with("penalty_types", "罚款").with("fine_amount", "3000")))).isEmpty();
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
            return decided().with("first_offense_minor", "是").with("corrected", "是");
        }

        @Test
        void firesOnTheExemptionListWhateverTheOtherFields() {
            assertThat(of("ENF-012", runner.run(decided().with("on_exemption_list", "是")))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("免罚清单"));
            assertThat(of("ENF-012", runner.run(decided().with("on_exemption_list", "否").with("first_offense_minor", "否")))).isEmpty();
        }

        @Test
        void quietUntilDecided() {
            assertThat(of("ENF-012", runner.run(minor().with("penalty_types", "警告").without("decision_date")))).isEmpty();
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
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

class OfficerRulesTest {
    private static final LocalDate AS_OF = RuleRunner.DEFAULT_AS_OF;

    private final RuleRunner runner = new RuleRunner();

    private static Rec officer() {
        return Rec.of("officer").with("officer_id", "53010012345").with("name", "张三")
                .with("agency", "昆明市市场监督管理局");
    }

    private static Rec enforcer(String hours) {
        return officer().with("roles", "行政执法").with("training_year", "2024").with("training_hours", hours);
    }

    // STF-001

    @Test
    void stf001FiresBelowTheHoursAndNamesThem() {
        List<Finding> findings = runner.run(enforcer("40"));
        assertThat(of("STF-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("training_hours", "40").containsEntry("roles", "行政执法");
            assertThat(f.message()).contains("张三（53010012345）2024年度培训学时为40", "60学时", "请");
            assertThat(f.messageEn()).contains("40 training hours", "60 hours");
        });
    }

    @Test
    void stf001BoundaryExactlySixtyIsEnoughFiftyNineAndAHalfIsNot() {
        assertThat(of("STF-001", runner.run(enforcer("60")))).isEmpty();
        assertThat(of("STF-001", runner.run(enforcer("60.0")))).isEmpty();
        assertThat(of("STF-001", runner.run(enforcer("59.5")))).hasSize(1);
    }

    @Test
    void stf001FollowsTheParameter() {
        assertThat(of("STF-001", new RuleRunner().param("min_training_hours", 40.5).run(enforcer("40")))).hasSize(1);
        assertThat(of("STF-001", new RuleRunner().param("min_training_hours", 40).run(enforcer("40")))).isEmpty();
    }

    @Test
    void stf001QuietForOtherRolesOrUnknownHours() {
        assertThat(of("STF-001", runner.run(enforcer("10").with("roles", "法制审核")))).isEmpty();
        assertThat(of("STF-001", runner.run(enforcer("10").without("roles")))).isEmpty();
        assertThat(of("STF-001", runner.run(enforcer(null)))).isEmpty();
    }

    @Test
    void stf001AppliesWhenEnforcementIsOneOfSeveralRoles() {
        assertThat(of("STF-001", runner.run(enforcer("10").with("roles", "法制审核、行政执法")))).hasSize(1);
    }

    @Test
    void stf001JudgesCompletedYearsOnly() {
        assertThat(of("STF-001", runner.run(enforcer("10").with("training_year", "2025")))).isEmpty();
        assertThat(of("STF-001", runner.run(enforcer("10").with("training_year", "2024")))).hasSize(1);
        assertThat(of("STF-001", new RuleRunner().asOf(LocalDate.of(2026, 1, 1))
                .run(enforcer("10").with("training_year", "2025")))).hasSize(1);
    }

    @Test
    void stf001BlankYearIsUndecided() {
        List<Finding> findings = runner.run(enforcer("10").without("training_year"));
        assertThat(of("STF-001", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).anySatisfy(f -> assertThat(f.messageEn()).contains("STF-001"));
    }

    // STF-002

    private static Rec reviewer(String first, String qualified) {
        return officer().with("roles", "行政执法、法制审核").with("first_in_role", first)
                .with("legal_qualification", qualified);
    }

    @Test
    void stf002FiresAndNamesTheLegalRole() {
        List<Finding> findings = runner.run(reviewer("是", "否"));
        assertThat(of("STF-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("first_in_role", "是").containsEntry("legal_qualification", "否");
            assertThat(f.message()).contains("法制审核").doesNotContain("行政执法岗位");
            assertThat(f.messageEn()).contains("法制审核");
        });
    }

    @Test
    void stf002FiresForEachLegalRole() {
        for (String role : List.of("法制审核", "行政复议", "行政裁决", "法律顾问")) {
            assertThat(of("STF-002", runner.run(reviewer("是", "否").with("roles", role)))).as(role).hasSize(1);
        }
    }

    @Test
    void stf002QuietWhenQualifiedNotNewOrEnforcementOnly() {
        assertThat(of("STF-002", runner.run(reviewer("是", "是")))).isEmpty();
        assertThat(of("STF-002", runner.run(reviewer("否", "否")))).isEmpty();
        assertThat(of("STF-002", runner.run(reviewer("是", "否").with("roles", "行政执法")))).isEmpty();
    }

    @Test
    void stf002BlankQualificationIsUnknown() {
        List<Finding> findings = runner.run(reviewer("是", null));
        assertThat(of("STF-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("legal_qualification");
            assertThat(f.messageEn()).contains("STF-002");
        });
    }

    @Test
    void stf002BlankFirstInRoleIsUnknown() {
        List<Finding> findings = runner.run(reviewer(null, "否"));
        assertThat(of("STF-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("STF-002"));
    }

    @Test
    void stf002SaysStaffForReconsiderationAndLegalAdvisers() {
        for (String role : List.of("行政复议", "法律顾问")) {
            List<Finding> findings = runner.run(officer().with("roles", role).with("first_in_role", "是")
                    .with("legal_qualification", "否"));
            assertThat(of("STF-002", findings)).as(role).singleElement().satisfies(f -> {
                assertThat(f.message()).startsWith("工作人员张三（53010012345）初次从事" + role)
                        .doesNotContain("执法人员").contains("请核实资格证书", "确无资格的应调整岗位");
                assertThat(f.messageEn()).startsWith("Staff member");
            });
        }
    }

    // STF-003

    private static Rec certified(LocalDate validUntil) {
        return officer().with("certificate_valid_until", validUntil.toString());
    }

    @Test
    void stf003FiresForAnExpiredCertificate() {
        List<Finding> findings = runner.run(certified(AS_OF.minusDays(3)));
        assertThat(of("STF-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("certificate_valid_until", "2025-12-28");
            assertThat(f.message()).contains("2025-12-28", "已过期3天", "2025-12-31");
            assertThat(f.messageEn()).contains("expired 3 day(s) ago");
        });
    }

    @Test
    void stf003FiresForACertificateAboutToExpire() {
        List<Finding> findings = runner.run(certified(AS_OF.plusDays(10)));
        assertThat(of("STF-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("2026-01-10", "10天后到期");
            assertThat(f.messageEn()).contains("expires in 10 day(s)");
        });
        assertThat(of("STF-003", runner.run(certified(AS_OF)))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("今日到期"));
    }

    @Test
    void stf003BoundaryIsStrictlyEarlierThanAsOfPlusWarningDays() {
        assertThat(of("STF-003", runner.run(certified(AS_OF.plusDays(29))))).hasSize(1);
        assertThat(of("STF-003", runner.run(certified(AS_OF.plusDays(30))))).isEmpty();
        assertThat(of("STF-003", runner.run(certified(AS_OF.plusDays(31))))).isEmpty();
        assertThat(of("STF-003", new RuleRunner().param("cert_expiry_warning_days", 31)
                .run(certified(AS_OF.plusDays(30))))).hasSize(1);
    }

    @Test
    void stf003QuietWithoutADateAndAFutureValidityIsNoChronologyError() {
        List<Finding> findings = runner.run(certified(AS_OF.plusYears(3)));
        assertThat(of("STF-003", findings)).isEmpty();
        assertThat(of("DQ-006", findings)).isEmpty();
        assertThat(of("STF-003", runner.run(officer()))).isEmpty();
    }
}

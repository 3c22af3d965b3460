package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

class LitigationRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec litigation() {
        return Rec.of("litigation").with("case_id", "(2025)云01行初1号").with("agency", "昆明市自然资源和规划局")
                .with("hearing_date", "2025-05-20").with("judgment_effective", "是").with("judgment_performed", "是");
    }

    // LIT-001

    @Test
    void lit001FiresForEveryListedCategory() {
        for (String category : Litigations.HEAD_MUST_APPEAR) {
            List<Finding> findings = runner.run(litigation().with("category", category)
                    .with("court_notice", "否").with("head_appeared", "否"));
            assertThat(of("LIT-001", findings)).as(category).singleElement().satisfies(f -> {
                assertThat(f.fields()).containsEntry("category", category).containsEntry("head_appeared", "否");
                assertThat(f.message()).contains("案件类别为" + category);
            });
        }
    }

    @Test
    void lit001FiresOnTheCourtsNoticeWhateverTheCategory() {
        List<Finding> findings = runner.run(litigation().with("category", "其他")
                .with("court_notice", "是").with("head_appeared", "否"));
        assertThat(of("LIT-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("court_notice", "是");
            assertThat(f.message()).contains("法院书面通知负责人出庭");
            assertThat(f.messageEn()).contains("written notice");
        });
        assertThat(of("LIT-001", runner.run(litigation().with("court_notice", "是").with("head_appeared", "否"))))
                .hasSize(1);
    }

    @Test
    void lit001NamesBothReasons() {
        List<Finding> findings = runner.run(litigation().with("category", "旧城改造")
                .with("court_notice", "是").with("head_appeared", "否"));
        assertThat(of("LIT-001", findings)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("旧城改造", "法院书面通知"));
    }

    @Test
    void lit001QuietWhenTheHeadAppeared() {
        assertThat(of("LIT-001", runner.run(litigation().with("category", "房屋土地征收")
                .with("court_notice", "是").with("head_appeared", "是")))).isEmpty();
    }

    @Test
    void lit001QuietForOtherCasesWithoutNotice() {
        assertThat(of("LIT-001", runner.run(litigation().with("category", "其他")
                .with("court_notice", "否").with("head_appeared", "否")))).isEmpty();
    }

    @Test
    void lit001BlankCourtNoticeIsNoNoticeAndNoNoise() {
        List<Finding> listed = runner.run(litigation().with("category", "公共卫生安全").with("head_appeared", "否"));
        assertThat(of("LIT-001", listed)).hasSize(1);
        assertThat(of("DQ-004", listed)).isEmpty();
        List<Finding> other = runner.run(litigation().with("category", "其他").with("head_appeared", "否"));
        assertThat(of("LIT-001", other)).isEmpty();
        assertThat(of("DQ-004", other)).isEmpty();
    }

    @Test
    void lit001BlankHeadAppearedIsUnknown() {
        List<Finding> findings = runner.run(litigation().with("category", "食品药品安全").with("court_notice", "是"));
        assertThat(of("LIT-001", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("head_appeared");
            assertThat(f.messageEn()).contains("LIT-001");
        });
    }

    // LIT-002

    private static Rec judged(String effective, String performed) {
        return litigation().with("category", "其他").with("court_notice", "否").with("head_appeared", "是")
                .with("judgment_effective", effective).with("judgment_performed", performed);
    }

    @Test
    void lit002FiresWhenAnEffectiveJudgmentIsNotPerformed() {
        assertThat(of("LIT-002", runner.run(judged("是", "否")))).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("judgment_effective", "是").containsEntry("judgment_performed", "否");
            assertThat(f.message()).contains("未履行");
        });
    }

    @Test
    void lit002QuietWhenPerformedOrNotEffective() {
        assertThat(of("LIT-002", runner.run(judged("是", "是")))).isEmpty();
        assertThat(of("LIT-002", runner.run(judged("否", "否")))).isEmpty();
    }

    @Test
    void lit002BlankPerformedIsUnknown() {
        List<Finding> findings = runner.run(judged("是", null));
        assertThat(of("LIT-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("judgment_performed");
            assertThat(f.messageEn()).contains("LIT-002");
        });
    }

    @Test
    void lit002BlankEffectiveIsUnknown() {
        List<Finding> findings = runner.run(judged(null, "否"));
        assertThat(of("LIT-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsKey("judgment_effective"));
    }

    // LIT-001 v2: a hearing held, lawful absence

    private Rec absentHead() {
        return litigation().with("category", "房屋土地征收").with("court_notice", "否").with("head_appeared", "否");
    }

    @Test
    void lit001QuietForAJustifiedAbsenceWithStaffInCourt() {
        assertThat(of("LIT-001", runner.run(absentHead().with("absence_reason", "不可抗力")
                .with("staff_appeared", "是")))).isEmpty();
    }

    @Test
    void lit001FiresWhenOnlyOneHalfOfTheLawfulAbsenceIsRecorded() {
        assertThat(of("LIT-001", runner.run(absentHead().with("absence_reason", "意外事件")
                .with("staff_appeared", "否")))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("未出庭原因记载为“意外事件”", "记载未委托工作人员出庭"));
        assertThat(of("LIT-001", runner.run(absentHead().with("absence_reason", "意外事件")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("台账未填写「委托工作人员出庭」");
                    assertThat(f.messageEn()).contains("the ledger does not say whether staff appeared on the head's behalf")
                            .doesNotContain("fill in the whether");
                });
        assertThat(of("LIT-001", runner.run(absentHead().with("staff_appeared", "是")))).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("台账未填写「未出庭原因」", "已委托工作人员出庭", "法释〔2020〕3号第八、九条");
                    assertThat(f.messageEn()).contains("does not fill in the reason for the absence");
                });
    }

    @Test
    void lit001BoundaryHearingOnTheAsOfDateAndTheDayAfter() {
        assertThat(of("LIT-001", runner.run(absentHead().with("hearing_date", "2025-12-31")))).hasSize(1);
        List<Finding> scheduled = runner.run(absentHead().with("hearing_date", "2026-01-01"));
        assertThat(of("LIT-001", scheduled)).isEmpty();
        assertThat(of("DQ-006", scheduled)).as("a scheduled hearing may lie in the future").isEmpty();
    }

    @Test
    void lit001QuietForACaseNeverHeard() {
        assertThat(of("LIT-001", runner.run(absentHead().without("hearing_date")))).isEmpty();
    }
}

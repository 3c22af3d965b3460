package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

/** AGY-001: legal adviser, public lawyers where there are qualified staff, lectures for a government. */
class AgencyRulesTest {
    private final RuleRunner runner = new RuleRunner();

    /** A government's 2024 record with every duty met. */
    private static Rec agency() {
        return Rec.of("agency").with("agency", "昆明市人民政府").with("year", "2024").with("is_government", "是")
                .with("has_legal_adviser", "是").with("qualified_legal_staff", "3").with("has_public_lawyer", "是")
                .with("rule_of_law_lectures", "2");
    }

    private List<Finding> agy001(Rec record) {
        return of("AGY-001", runner.run(record));
    }

    @Test
    void quietWhenEveryDutyIsMet() {
        List<Finding> findings = runner.run(agency());
        assertThat(of("AGY-001", findings)).isEmpty();
        assertThat(findings).noneMatch(f -> f.ruleId().startsWith("DQ-"));
    }

    @Test
    void noLegalAdviserFires() {
        assertThat(agy001(agency().with("has_legal_adviser", "否"))).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("昆明市人民政府 2024");
            assertThat(f.fields()).containsEntry("has_legal_adviser", "否");
            assertThat(f.message()).contains("昆明市人民政府2024年度台账", "未聘请法律顾问", "100%全覆盖", "请核对")
                    .doesNotContain("公职律师，", "专题讲座");
        });
    }

    @Test
    void qualifiedStaffWithoutAPublicLawyerFires() {
        assertThat(agy001(agency().with("has_public_lawyer", "否"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("有3名具备法律职业资格", "未设立公职律师"));
        assertThat(agy001(agency().with("qualified_legal_staff", "1").with("has_public_lawyer", "否"))).hasSize(1);
        assertThat(agy001(agency().with("qualified_legal_staff", "0").with("has_public_lawyer", "否")))
                .as("no qualified staff").isEmpty();
        assertThat(agy001(agency().with("qualified_legal_staff", "").with("has_public_lawyer", "否")))
                .as("blank count").isEmpty();
        assertThat(agy001(agency().with("has_public_lawyer", ""))).as("blank public lawyer").isEmpty();
    }

    @Test
    void tooFewLecturesFiresForAGovernmentInACompletedYear() {
        assertThat(agy001(agency().with("rule_of_law_lectures", "1"))).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("2024年度领导班子法治专题讲座1期，少于规划三(三)要求的每年2期以上");
            assertThat(f.messageEn()).contains("held 1 rule-of-law lectures in 2024, fewer than the 2");
        });
        assertThat(agy001(agency().with("rule_of_law_lectures", "2"))).as("two is enough").isEmpty();
        assertThat(agy001(agency().with("rule_of_law_lectures", "0").with("year", "2025"))).as("year in progress")
                .isEmpty();
        assertThat(of("AGY-001", new RuleRunner().asOf(LocalDate.of(2026, 1, 1))
                .run(agency().with("rule_of_law_lectures", "0").with("year", "2025")))).as("year just completed")
                .hasSize(1);
        assertThat(agy001(agency().with("rule_of_law_lectures", "0").with("is_government", "否")))
                .as("a department").isEmpty();
        assertThat(agy001(agency().with("rule_of_law_lectures", "0").with("is_government", "")))
                .as("blank government").isEmpty();
        assertThat(agy001(agency().with("rule_of_law_lectures", ""))).as("blank lectures").isEmpty();
        assertThat(of("AGY-001", new RuleRunner().param("min_rule_of_law_lectures", 3).run(agency())))
                .as("parameter").hasSize(1);
    }

    @Test
    void oneFindingListsEveryUnmetDuty() {
        assertThat(agy001(agency().with("has_legal_adviser", "否").with("has_public_lawyer", "否")
                .with("rule_of_law_lectures", "0"))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("100%全覆盖；有3名", "未设立公职律师", "；2024年度领导班子法治专题讲座0期"));
    }

    @Test
    void aBlankAdviserIsNoBreach() {
        assertThat(agy001(agency().with("has_legal_adviser", ""))).isEmpty();
    }

    @Test
    void theEnglishMessageHasNoChineseButTheAgencysName() {
        assertThat(agy001(agency().with("has_legal_adviser", "否").with("has_public_lawyer", "否")
                .with("rule_of_law_lectures", "0"))).singleElement().satisfies(f -> assertThat(
                f.messageEn().replace("昆明市人民政府", "")).doesNotContainPattern("\\p{IsHan}"));
    }

    // DQ-004: a blank deciding field whose values could make AGY-001 fire, everything else as it is

    private List<Finding> dq004(Rec record) {
        return of("DQ-004", runner.run(record)).stream().filter(f -> f.messageEn().contains("AGY-001")).toList();
    }

    @Test
    void aBlankAdviserLeavesTheRuleUndecided() {
        assertThat(dq004(agency().with("has_legal_adviser", ""))).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsKey("has_legal_adviser"));
    }

    @Test
    void aBlankPublicLawyerWithQualifiedStaffLeavesTheRuleUndecided() {
        assertThat(dq004(agency().with("has_public_lawyer", ""))).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsKey("has_public_lawyer"));
    }

    @Test
    void aBlankStaffCountWithAPublicLawyerDecidesNothing() {
        assertThat(dq004(agency().with("qualified_legal_staff", ""))).isEmpty();
    }

    @Test
    void blankLecturesOfADepartmentDecideNothing() {
        assertThat(dq004(agency().with("is_government", "否").with("rule_of_law_lectures", ""))).isEmpty();
    }

    @Test
    void blankLecturesOfAGovernmentInACompletedYearLeaveTheRuleUndecided() {
        assertThat(dq004(agency().with("rule_of_law_lectures", ""))).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsKey("rule_of_law_lectures"));
    }

    @Test
    void theAgencyAndYearAreTheIdentifier() {
        List<Finding> findings = runner.run(agency(), agency().with("year", "2023"), agency());
        assertThat(of("DQ-003", findings)).singleElement()
                .satisfies(f -> assertThat(f.recordId()).isEqualTo("昆明市人民政府 2024"));
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec document() {
        return Rec.of("document").with("doc_id", "KZF-2025-1").with("agency", "昆明市市场监督管理局")
                .with("title", "关于规范市场经营秩序的通知");
    }

    /** A document with every step in order. */
    private static Rec compliant() {
        return document().with("legality_review_date", "2025-02-20").with("legality_review_result", "合法")
                .with("collective_review_date", "2025-02-25").with("issue_date", "2025-03-01")
                .with("market_activity", "否")
                .with("filing_date", "2025-03-10").with("filing_review_result", "无问题").with("published", "是");
    }

    @Test
    void aCompliantDocumentHasNoFindings() {
        assertThat(runner.run(compliant())).isEmpty();
    }

    // DOC-001

    @Test
    void doc001FiresWhenReviewedAfterIssue() {
        List<Finding> findings = runner.run(compliant().with("legality_review_date", "2025-03-02"));
        assertThat(of("DOC-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("issue_date", "2025-03-01")
                    .containsEntry("legality_review_date", "2025-03-02");
            assertThat(f.message()).contains("2025-03-01", "2025-03-02");
        });
    }

    @Test
    void doc001FiresWithoutAReview() {
        assertThat(of("DOC-001", runner.run(compliant().without("legality_review_date")))).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("legality_review_date", null));
    }

    @Test
    void doc001ReviewOnTheDayOfIssueIsInOrder() {
        assertThat(of("DOC-001", runner.run(compliant().with("legality_review_date", "2025-03-01")))).isEmpty();
    }

    @Test
    void doc001QuietBeforeIssue() {
        assertThat(of("DOC-001", runner.run(document()))).isEmpty();
    }

    // DOC-002

    @Test
    void doc002BoundaryThirtyDaysInTimeThirtyOneLate() {
        assertThat(of("DOC-002", runner.run(compliant().with("filing_date", "2025-03-31")))).isEmpty();
        List<Finding> findings = runner.run(compliant().with("filing_date", "2025-04-01"));
        assertThat(of("DOC-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("filing_date", "2025-04-01");
            assertThat(f.message()).contains("2025-03-01", "2025-04-01", "为印发后第31日", "30日");
            assertThat(f.messageEn()).contains("it was filed on 2025-04-01, 31 days after issue", "30 days");
        });
    }

    @Test
    void doc002FiledOnTheDayOfIssueIsInTime() {
        assertThat(of("DOC-002", runner.run(compliant().with("filing_date", "2025-03-01")))).isEmpty();
    }

    @Test
    void doc002FiresWhenNotFiled() {
        List<Finding> findings = runner.run(compliant().without("filing_date"));
        assertThat(of("DOC-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("台账未填写「报送备案日期」").doesNotContain("（空）");
            assertThat(f.messageEn()).contains("does not fill in the filing date");
        });
    }

    @Test
    void doc002FollowsTheParameter() {
        assertThat(of("DOC-002", new RuleRunner().param("filing_deadline_days", 5).run(compliant()))).hasSize(1);
    }

    @Test
    void doc002QuietBeforeIssue() {
        assertThat(of("DOC-002", runner.run(document()))).isEmpty();
    }

    // DOC-003

    @Test
    void doc003FiresWhenNotCorrected() {
        List<Finding> findings = runner.run(compliant().with("filing_review_result", "有问题").with("corrected", "否"));
        assertThat(of("DOC-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("filing_review_result", "有问题").containsEntry("corrected", "否");
            assertThat(f.message()).contains("有问题", "台账记载“已纠正：否”");
        });
    }

    @Test
    void doc003BlankCorrectedCountsAsNotCorrected() {
        List<Finding> findings = runner.run(compliant().with("filing_review_result", "有问题"));
        assertThat(of("DOC-003", findings)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("台账未填写「已纠正」"));
        assertThat(of("DQ-004", findings)).isEmpty();
    }

    @Test
    void doc003QuietWhenCorrectedOrNoProblem() {
        assertThat(of("DOC-003", runner.run(compliant().with("filing_review_result", "有问题")
                .with("corrected", "是")))).isEmpty();
        assertThat(of("DOC-003", runner.run(compliant().with("corrected", "否")))).isEmpty();
        assertThat(of("DOC-003", runner.run(compliant().without("filing_review_result")))).isEmpty();
    }

    // DOC-004

    @Test
    void doc004FiresWhenNotPublished() {
        assertThat(of("DOC-004", runner.run(compliant().with("published", "否")))).singleElement()
                .satisfies(f -> assertThat(f.fields()).containsEntry("published", "否"));
    }

    @Test
    void doc004QuietWhenPublished() {
        assertThat(of("DOC-004", runner.run(compliant()))).isEmpty();
    }

    @Test
    void doc004BlankIsUnknown() {
        List<Finding> findings = runner.run(compliant().without("published"));
        assertThat(of("DOC-004", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("published");
            assertThat(f.messageEn()).contains("DOC-004");
        });
    }

    @Test
    void doc004QuietBeforeIssue() {
        assertThat(of("DOC-004", runner.run(document().with("published", "否")))).isEmpty();
    }

    // DOC-005

    @Test
    void doc005FiresWithoutAFairCompetitionReview() {
        List<Finding> findings = runner.run(compliant().with("market_activity", "是"));
        assertThat(of("DOC-005", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("market_activity", "是").containsEntry("fair_competition_review_date", null);
            assertThat(f.message()).contains("台账未填写「公平竞争审查日期」").contains("《公平竞争审查条例》");
            assertThat(f.messageEn()).contains("does not fill in the fair competition review date");
        });
    }

    @Test
    void doc005BoundaryReviewOnTheIssueDayAndTheDayAfter() {
        assertThat(of("DOC-005", runner.run(compliant().with("market_activity", "是")
                .with("fair_competition_review_date", "2025-03-01")))).isEmpty();
        assertThat(of("DOC-005", runner.run(compliant().with("market_activity", "是")
                .with("fair_competition_review_date", "2025-03-02")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("公平竞争审查日期（2025-03-02）晚于印发日期（2025-03-01）"));
    }

    @Test
    void doc005QuietWithoutMarketActivityOrBeforeIssue() {
        assertThat(of("DOC-005", runner.run(compliant()))).isEmpty();
        assertThat(of("DOC-005", runner.run(document().with("market_activity", "是")))).isEmpty();
    }

    @Test
    void doc005BlankMarketActivityIsUndecided() {
        List<Finding> findings = runner.run(compliant().without("market_activity"));
        assertThat(of("DOC-005", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("market_activity");
            assertThat(f.messageEn()).contains("DOC-005");
        });
    }

    // DOC-006

    @Test
    void doc006BlankDeliberationIsNamedAsBlank() {
        List<Finding> findings = runner.run(compliant().without("collective_review_date"));
        assertThat(of("DOC-006", findings)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("台账未填写「集体审议日期」").doesNotContain("（空）");
            assertThat(f.messageEn()).contains("does not fill in the collective deliberation date");
        });
    }

    @Test
    void doc006FiresWhenTheReviewFoundTheDraftUnlawful() {
        assertThat(of("DOC-006", runner.run(compliant().with("legality_review_result", "不合法")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("合法性审核结论为“不合法”"));
    }

    @Test
    void doc006BoundaryDeliberationOnTheIssueDayAndTheDayAfter() {
        assertThat(of("DOC-006", runner.run(compliant().with("collective_review_date", "2025-03-01")))).isEmpty();
        assertThat(of("DOC-006", runner.run(compliant().with("collective_review_date", "2025-03-02")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("集体审议（2025-03-02）晚于印发（2025-03-01）"));
    }

    @Test
    void doc006BoundaryReviewOnTheDeliberationDayAndTheDayAfter() {
        assertThat(of("DOC-006", runner.run(compliant().with("legality_review_date", "2025-02-25")))).isEmpty();
        assertThat(of("DOC-006", runner.run(compliant().with("legality_review_date", "2025-02-26")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("合法性审核（2025-02-26）晚于集体审议（2025-02-25）"));
    }

    @Test
    void doc006ListsEveryProblemInOneFinding() {
        assertThat(of("DOC-006", runner.run(compliant().with("legality_review_result", "不合法")
                .with("legality_review_date", "2025-02-26")))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("合法性审核结论为“不合法”；合法性审核（2025-02-26）晚于集体审议（2025-02-25）"));
    }

    @Test
    void doc006QuietBeforeIssue() {
        assertThat(of("DOC-006", runner.run(document().with("legality_review_result", "不合法")))).isEmpty();
    }
}

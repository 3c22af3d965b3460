package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

/** SUG-001: the written reply within two months of receipt, or 15 days for an urgent 诉前检察建议. */
class SuggestionRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec suggestion(String received) {
        return Rec.of("suggestion").with("suggestion_id", "昆检行公建〔2025〕1号").with("agency", "昆明市生态环境局")
                .with("kind", "检察建议").with("received_date", received);
    }

    private List<Finding> sug001(Rec record) {
        return of("SUG-001", runner.run(record));
    }

    @Test
    void twoMonthsAfterReceiptIsTheLastDayInTime() {
        assertThat(sug001(suggestion("2025-03-01").with("reply_date", "2025-05-01"))).isEmpty();
        assertThat(sug001(suggestion("2025-03-01").with("reply_date", "2025-05-02"))).singleElement()
                .satisfies(f -> {
                    assertThat(f.fields()).containsEntry("received_date", "2025-03-01")
                            .containsEntry("reply_date", "2025-05-02");
                    assertThat(f.message()).contains("2025-03-01收到", "2个月内书面回复", "期限至2025-05-01（含当日）",
                            "书面回复于2025-05-02作出，超过期限1日", "第二十一条第二款", "请");
                    assertThat(f.messageEn()).contains("within 2 months", "by 2025-05-01", "1 days after");
                });
    }

    @Test
    void aMonthEndReceiptFallsDueOnTheLastDayOfAShorterMonth() {
        assertThat(sug001(suggestion("2024-12-31").with("reply_date", "2025-02-28"))).isEmpty();
        assertThat(sug001(suggestion("2024-12-31").with("reply_date", "2025-03-01"))).hasSize(1);
        assertThat(sug001(suggestion("2023-12-31").with("reply_date", "2024-02-29"))).as("leap year").isEmpty();
        assertThat(sug001(suggestion("2023-12-31").with("reply_date", "2024-03-01"))).hasSize(1);
        assertThat(sug001(suggestion("2025-08-31").with("reply_date", "2025-10-31"))).as("31 to 31").isEmpty();
        assertThat(sug001(suggestion("2025-08-31").with("reply_date", "2025-11-01"))).hasSize(1);
    }

    @Test
    void anUrgentPreSuitSuggestionIsDueIn15Days() {
        Rec urgent = suggestion("2025-03-01").with("kind", "诉前检察建议").with("urgent", "是");
        assertThat(sug001(urgent.copy().with("reply_date", "2025-03-16"))).isEmpty();
        assertThat(sug001(urgent.copy().with("reply_date", "2025-03-17"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("紧急情形的诉前检察建议应在收到后15日内书面回复",
                        "期限至2025-03-16（含当日）", "超过期限1日"));
    }

    @Test
    void urgencyShortensOnlyAPreSuitSuggestionAndABlankTakesTwoMonths() {
        String late15 = "2025-03-17";
        assertThat(sug001(suggestion("2025-03-01").with("urgent", "是").with("reply_date", late15)))
                .as("检察建议, urgent").isEmpty();
        assertThat(sug001(suggestion("2025-03-01").with("kind", "").with("urgent", "是").with("reply_date", late15)))
                .as("blank kind").isEmpty();
        assertThat(sug001(suggestion("2025-03-01").with("kind", "诉前检察建议").with("reply_date", late15)))
                .as("blank urgency").isEmpty();
        assertThat(sug001(suggestion("2025-03-01").with("kind", "诉前检察建议").with("urgent", "否")
                .with("reply_date", late15))).as("not urgent").isEmpty();
        assertThat(of("DQ-004", runner.run(suggestion("2025-03-01").with("kind", "").with("reply_date", late15))))
                .as("no deciding field").isEmpty();
    }

    @Test
    void noReplyIsLateOnlyOnceTheDeadlineHasPassedAtTheAsOfDate() {
        Rec unanswered = suggestion("2025-03-01");
        assertThat(of("SUG-001", new RuleRunner().asOf(LocalDate.of(2025, 5, 1)).run(unanswered.copy()))).isEmpty();
        assertThat(of("SUG-001", new RuleRunner().asOf(LocalDate.of(2025, 5, 2)).run(unanswered.copy())))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("台账未填写「书面回复日期」", "已回复的，请补填")
                            .doesNotContain("（空）");
                    assertThat(f.messageEn()).contains("no written reply date").doesNotContainPattern("\\p{IsHan}");
                });
        Rec urgent = suggestion("2025-03-01").with("kind", "诉前检察建议").with("urgent", "是");
        assertThat(of("SUG-001", new RuleRunner().asOf(LocalDate.of(2025, 3, 16)).run(urgent.copy()))).isEmpty();
        assertThat(of("SUG-001", new RuleRunner().asOf(LocalDate.of(2025, 3, 17)).run(urgent.copy()))).hasSize(1);
    }

    @Test
    void aReplyInTimeIsQuietWhateverTheAsOfDate() {
        assertThat(sug001(suggestion("2025-03-01").with("reply_date", "2025-03-10"))).isEmpty();
    }

    @Test
    void theDeadlinesAreParameters() {
        RuleRunner threeMonths = new RuleRunner().param("suggestion_reply_months", 3)
                .param("suggestion_urgent_reply_days", 10);
        assertThat(of("SUG-001", threeMonths.run(suggestion("2025-03-01").with("reply_date", "2025-06-01")))).isEmpty();
        assertThat(of("SUG-001", threeMonths.run(suggestion("2025-03-01").with("reply_date", "2025-06-02"))))
                .hasSize(1);
        Rec urgent = suggestion("2025-03-01").with("kind", "诉前检察建议").with("urgent", "是");
        assertThat(of("SUG-001", threeMonths.run(urgent.copy().with("reply_date", "2025-03-11")))).isEmpty();
        assertThat(of("SUG-001", threeMonths.run(urgent.copy().with("reply_date", "2025-03-12")))).hasSize(1);
    }
}

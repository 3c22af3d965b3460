package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

class DecisionRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec decision() {
        return Rec.of("decision").with("decision_id", "JC-1").with("agency", "昆明市人民政府");
    }

    @Test
    void dec001FiresWhenDiscussedBeforeReview() {
        List<Finding> findings = runner.run(decision()
                .with("legality_review_date", "2025-03-02").with("discussion_date", "2025-03-01"));
        assertThat(of("DEC-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("discussion_date", "2025-03-01");
            assertThat(f.message()).contains("2025-03-01");
        });
    }

    @Test
    void dec013QuietWhenBlankButSaysSo() {
        List<Finding> findings = runner.run(decision());
        assertThat(of("DEC-013", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("DEC-013"));
    }
}

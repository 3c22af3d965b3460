package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.List;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

class ReconsiderationRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec reconsideration() {
        return Rec.of("reconsideration").with("case_id", "昆政复〔2025〕1号").with("agency", "昆明市人民政府");
    }

    // REC-001

    @Test
    void rec001FiresWhenTheCommitteeWasNotConsulted() {
        List<Finding> findings = runner.run(reconsideration().with("complex", "是").with("committee_consulted", "否"));
        assertThat(of("REC-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("complex", "是").containsEntry("committee_consulted", "否");
            assertThat(f.message()).contains("复议委员会咨询：否");
        });
    }

    @Test
    void rec001BlankConsultationCountsAsNotShown() {
        List<Finding> findings = runner.run(reconsideration().with("complex", "是"));
        assertThat(of("REC-001", findings)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("（空）"));
        assertThat(of("DQ-004", findings)).isEmpty();
    }

    @Test
    void rec001QuietWhenConsultedOrNotComplex() {
        assertThat(of("REC-001", runner.run(reconsideration().with("complex", "是")
                .with("committee_consulted", "是")))).isEmpty();
        assertThat(of("REC-001", runner.run(reconsideration().with("complex", "否")))).isEmpty();
    }

    @Test
    void rec001BlankComplexIsUnknown() {
        List<Finding> findings = runner.run(reconsideration().with("committee_consulted", "否"));
        assertThat(of("REC-001", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("complex");
            assertThat(f.messageEn()).contains("REC-001");
        });
    }

    // REC-002

    @Test
    void rec002FiresWhenADecisionIsNotPublished() {
        List<Finding> findings = runner.run(reconsideration().with("complex", "否")
                .with("decision_date", "2025-06-30").with("published_online", "否"));
        assertThat(of("REC-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("decision_date", "2025-06-30").containsEntry("published_online", "否");
            assertThat(f.message()).contains("2025-06-30");
        });
    }

    @Test
    void rec002QuietWhenPublishedOrUndecided() {
        assertThat(of("REC-002", runner.run(reconsideration().with("complex", "否")
                .with("decision_date", "2025-06-30").with("published_online", "是")))).isEmpty();
        List<Finding> undecided = runner.run(reconsideration().with("complex", "否").with("published_online", "否"));
        assertThat(of("REC-002", undecided)).isEmpty();
    }

    @Test
    void rec002BlankPublicationIsUnknownOnceDecided() {
        List<Finding> findings = runner.run(reconsideration().with("complex", "否").with("decision_date", "2025-06-30"));
        assertThat(of("REC-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsKey("published_online");
            assertThat(f.messageEn()).contains("REC-002");
        });
    }

    @Test
    void rec002NoDq004BeforeTheDecision() {
        assertThat(of("DQ-004", runner.run(reconsideration().with("complex", "否")))).isEmpty();
    }
}

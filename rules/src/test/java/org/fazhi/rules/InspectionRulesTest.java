package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;
import org.fazhi.report.Related;
import org.junit.jupiter.api.Test;

class InspectionRulesTest {
    private static final String AGENCY = "昆明市市场监督管理局";
    private static final String ENTERPRISE = "91530100MA6K000001";

    private final RuleRunner runner = new RuleRunner();

    private static Rec inspection(String id, String date) {
        return Rec.of("inspection").with("inspection_id", id).with("agency", AGENCY)
                .with("enterprise_code", ENTERPRISE).with("inspection_date", date)
                .with("method", "双随机").with("legal_basis", "《中华人民共和国食品安全法》第一百一十条");
    }

    // INS-001

    @Test
    void ins001FiresOnceForThreeInspectionsInOneYear() {
        List<Finding> findings = runner.run(
                inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"), inspection("JC-3", "2025-11-30"));
        assertThat(of("INS-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo(AGENCY + "|" + ENTERPRISE + "|2025");
            assertThat(f.related()).extracting(Related::recordId).containsExactly("JC-1", "JC-2", "JC-3");
            assertThat(f.fields()).containsEntry("enterprise_code", ENTERPRISE);
            assertThat(f.message()).contains("2025年", "3次", "超过每年2次", "JC-1（2025-03-01）", "JC-3（2025-11-30）");
            assertThat(f.messageEn()).contains("3 times in 2025", "more than 2", "JC-2 (2025-06-01)");
        });
    }

    @Test
    void ins001QuietForExactlyTheLimit() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001FollowsTheParameter() {
        List<Finding> findings = new RuleRunner().param("max_inspections_per_year", 1)
                .run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"));
        assertThat(of("INS-001", findings)).singleElement()
                .satisfies(f -> assertThat(f.related()).hasSize(2));
    }

    @Test
    void ins001DoesNotCountComplaintTriggeredInspections() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").with("method", "投诉举报"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001CountsBlankMethodAndListsOnlyCountedMembers() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").without("method"),
                inspection("JC-4", "2025-10-01").with("method", "投诉举报"));
        assertThat(of("INS-001", findings)).singleElement().satisfies(f ->
                assertThat(f.related()).extracting(Related::recordId).containsExactly("JC-1", "JC-2", "JC-3"));
    }

    @Test
    void ins001KeepsCalendarYearsApart() {
        List<Finding> findings = runner.run(inspection("JC-1", "2024-12-31"), inspection("JC-2", "2025-01-01"),
                inspection("JC-3", "2025-06-01"), inspection("JC-4", "2024-06-01"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001OneFindingPerYearAndEnterprise() {
        List<Finding> findings = runner.run(
                inspection("JC-1", "2024-02-01"), inspection("JC-2", "2024-03-01"), inspection("JC-3", "2024-04-01"),
                inspection("JC-4", "2025-02-01"), inspection("JC-5", "2025-03-01"), inspection("JC-6", "2025-04-01"),
                inspection("JC-7", "2025-02-01").with("enterprise_code", "91530100MA6K000002"),
                inspection("JC-8", "2025-03-01").with("enterprise_code", "91530100MA6K000002"));
        assertThat(of("INS-001", findings)).extracting(Finding::recordId).containsExactlyInAnyOrder(
                AGENCY + "|" + ENTERPRISE + "|2024", AGENCY + "|" + ENTERPRISE + "|2025");
    }

    @Test
    void ins001KeepsAgenciesApart() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").with("agency", "昆明市生态环境局"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001DoesNotGroupBlankEnterpriseCodes() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01").without("enterprise_code"),
                inspection("JC-2", "2025-06-01").without("enterprise_code"),
                inspection("JC-3", "2025-09-01").without("enterprise_code"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001SameVerdictWhateverTheRowOrder() {
        List<Rec> recs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            recs.add(inspection("A-" + i, "2025-0" + i + "-10"));
        }
        recs.add(inspection("B-1", "2025-01-10").with("enterprise_code", "91530100MA6K000002"));
        recs.add(inspection("B-2", "2025-02-10").with("enterprise_code", "91530100MA6K000002"));
        recs.add(inspection("B-3", "2025-03-10").with("enterprise_code", "91530100MA6K000002").with("method", "投诉举报"));
        recs.add(inspection("C-1", "2024-01-10"));
        recs.add(inspection("C-2", "2024-05-10"));
        recs.add(inspection("C-3", "2024-07-10"));
        List<Record> records = new ArrayList<>(recs.stream().map(Rec::build).toList());
        List<Finding> expected = of("INS-001", runner.runRecords(records));
        assertThat(expected).extracting(Finding::recordId).containsExactlyInAnyOrder(
                AGENCY + "|" + ENTERPRISE + "|2025", AGENCY + "|" + ENTERPRISE + "|2024");
        Random random = new Random(20251231L);
        for (int round = 0; round < 8; round++) {
            Collections.shuffle(records, random);
            assertThat(of("INS-001", runner.runRecords(records))).isEqualTo(expected);
        }
    }

    // INS-002

    @Test
    void ins002FiresWithoutLegalBasis() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01").without("legal_basis"));
        assertThat(of("INS-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("JC-1");
            assertThat(f.fields()).containsEntry("legal_basis", null);
            assertThat(f.message()).contains("2025-03-01", ENTERPRISE);
        });
    }

    @Test
    void ins002QuietWithLegalBasis() {
        assertThat(of("INS-002", runner.run(inspection("JC-1", "2025-03-01")))).isEmpty();
    }
}

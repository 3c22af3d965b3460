package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;
import org.fazhi.report.Related;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ENF-020: same-week suspension orders of one agency and field. */
class BlanketSuspensionTest {
    private static final String AGENCY = "昆明市X局";
    // ISO week 2025-W10 runs from Monday 2025-03-03 to Sunday 2025-03-09.
    private static final LocalDate MONDAY_W10 = LocalDate.of(2025, 3, 3);

    private final RuleRunner runner = new RuleRunner();

    private static Rec suspension(String id, String field, LocalDate decided) {
        return Rec.of("case").with("case_id", id).with("agency", AGENCY).with("filing_date", "2025-01-02")
                .with("field", field).with("penalty_types", "责令停产停业")
                .with("decision_date", decided == null ? null : decided.toString());
    }

    /** n suspension orders in one field, decided Monday..Sunday of week W10 in turn. */
    private static List<Rec> week10(String field, String prefix, int n) {
        List<Rec> recs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            recs.add(suspension(prefix + (i + 1), field, MONDAY_W10.plusDays(i % 7)));
        }
        return recs;
    }

    private List<Finding> run(List<Rec> recs) {
        return runner.run(recs.toArray(Rec[]::new));
    }

    @Test
    void minimumCasesInOneWeekGiveOneFindingListingAll() {
        List<Finding> findings = run(week10("食品药品", "SP-", 5));
        assertThat(of("ENF-020", findings)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("昆明市X局|食品药品|2025-W10");
            assertThat(f.agency()).isEqualTo(AGENCY);
            assertThat(f.related()).extracting(Related::recordId).containsExactly("SP-1", "SP-2", "SP-3", "SP-4", "SP-5");
            assertThat(f.message()).contains(AGENCY, "食品药品", "2025-W10", "2025-03-03", "2025-03-09", "5件",
                    "SP-1、SP-2、SP-3、SP-4、SP-5");
            assertThat(f.messageEn()).contains("2025-W10", "SP-1、SP-2");
        });
    }

    @Test
    void eachGroupUsesTheThresholdOfItsAgencyAndField(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "byField:\n  生态环境: {blanket_suspension_min_cases: 3}\n", StandardCharsets.UTF_8);
        RuleRunner scoped = new RuleRunner().paramsFile(params);
        List<Rec> recs = new ArrayList<>(week10("生态环境", "EP-", 3));
        recs.addAll(week10("食品药品", "SP-", 4));
        assertThat(of("ENF-020", scoped.run(recs.toArray(Rec[]::new)))).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("昆明市X局|生态环境|2025-W10");
            assertThat(f.message()).contains("达到3件");
        });
        assertThat(of("ENF-020", scoped.run(week10("生态环境", "EP-", 2).toArray(Rec[]::new)))).isEmpty();
    }

    @Test
    void anAgencyAndFieldWrittenHalfAndFullWidthAreOneGroup() {
        List<Rec> recs = week10("道路运输(货运)", "SP-", 5);
        recs.get(1).with("field", "道路运输（货运）");
        recs.get(3).with("agency", "昆明市Ｘ局").with("field", "道路运输（货运）");
        assertThat(of("ENF-020", run(recs))).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("昆明市X局|道路运输(货运)|2025-W10");
            assertThat(f.related()).extracting(Related::recordId).containsExactly("SP-1", "SP-2", "SP-3", "SP-4", "SP-5");
        });
    }

    @Test
    void oneBelowTheMinimumIsQuiet() {
        assertThat(of("ENF-020", run(week10("食品药品", "SP-", 4)))).isEmpty();
    }

    @Test
    void moreThanTheMinimumIsStillOneFinding() {
        assertThat(of("ENF-020", run(week10("食品药品", "SP-", 9)))).singleElement()
                .satisfies(f -> assertThat(f.related()).hasSize(9));
    }

    @Test
    void spreadOverTwoWeeksIsQuiet() {
        // Sunday 2025-03-09 is W10, Monday 2025-03-10 is W11: 3 + 2.
        List<Rec> recs = new ArrayList<>();
        recs.add(suspension("SP-1", "食品药品", LocalDate.of(2025, 3, 7)));
        recs.add(suspension("SP-2", "食品药品", LocalDate.of(2025, 3, 8)));
        recs.add(suspension("SP-3", "食品药品", LocalDate.of(2025, 3, 9)));
        recs.add(suspension("SP-4", "食品药品", LocalDate.of(2025, 3, 10)));
        recs.add(suspension("SP-5", "食品药品", LocalDate.of(2025, 3, 11)));
        assertThat(of("ENF-020", run(recs))).isEmpty();
    }

    @Test
    void isoWeekSpansTheYearBoundary() {
        // Monday 2024-12-30 to Sunday 2025-01-05 is ISO week 2025-W01.
        List<Rec> recs = new ArrayList<>();
        LocalDate monday = LocalDate.of(2024, 12, 30);
        for (int i = 0; i < 5; i++) {
            recs.add(suspension("SP-" + i, "安全生产", monday.plusDays(i + 2)).with("filing_date", "2024-12-01"));
        }
        assertThat(of("ENF-020", run(recs))).singleElement()
                .satisfies(f -> assertThat(f.recordId()).isEqualTo("昆明市X局|安全生产|2025-W01"));
    }

    @Test
    void twoFieldsAreSeparateGroups() {
        List<Rec> recs = new ArrayList<>(week10("食品药品", "SP-", 5));
        recs.addAll(week10("生态环境", "EN-", 5));
        assertThat(of("ENF-020", run(recs))).hasSize(2)
                .anySatisfy(f -> {
                    assertThat(f.recordId()).isEqualTo("昆明市X局|食品药品|2025-W10");
                    assertThat(f.related()).extracting(Related::recordId).allMatch(id -> id.startsWith("SP-"));
                })
                .anySatisfy(f -> {
                    assertThat(f.recordId()).isEqualTo("昆明市X局|生态环境|2025-W10");
                    assertThat(f.related()).extracting(Related::recordId).allMatch(id -> id.startsWith("EN-"));
                });
    }

    @Test
    void fieldsDoNotAddUp() {
        List<Rec> recs = new ArrayList<>(week10("食品药品", "SP-", 3));
        recs.addAll(week10("生态环境", "EN-", 2));
        assertThat(of("ENF-020", run(recs))).isEmpty();
    }

    @Test
    void agenciesDoNotAddUp() {
        List<Rec> recs = new ArrayList<>(week10("食品药品", "SP-", 3));
        for (Rec rec : week10("食品药品", "OT-", 2)) {
            recs.add(rec.with("agency", "昆明市Y局"));
        }
        assertThat(of("ENF-020", run(recs))).isEmpty();
    }

    @Test
    void otherPenaltiesAndBlankFieldsOrDatesAreNotGrouped() {
        List<Rec> recs = new ArrayList<>(week10("食品药品", "SP-", 4));
        recs.add(suspension("X-1", "食品药品", MONDAY_W10).with("penalty_types", "罚款"));
        recs.add(suspension("X-2", null, MONDAY_W10));
        recs.add(suspension("X-3", "食品药品", null));
        assertThat(of("ENF-020", run(recs))).isEmpty();
    }

    @Test
    void suspensionAmongOtherTypesCounts() {
        List<Rec> recs = week10("食品药品", "SP-", 5);
        recs.get(0).with("penalty_types", "罚款、责令停产停业");
        assertThat(of("ENF-020", run(recs))).hasSize(1);
    }

    @Test
    void minimumParameterChangesTheVerdict() {
        assertThat(of("ENF-020", new RuleRunner().param("blanket_suspension_min_cases", 4).run(week10("食品药品", "SP-", 4).toArray(Rec[]::new))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("达到4件"));
        assertThat(of("ENF-020", new RuleRunner().param("blanket_suspension_min_cases", 6).run(week10("食品药品", "SP-", 5).toArray(Rec[]::new))))
                .isEmpty();
    }

    @Test
    void verdictDoesNotDependOnRecordOrder() {
        List<Rec> recs = new ArrayList<>(week10("食品药品", "SP-", 5));
        recs.addAll(week10("生态环境", "EN-", 4));
        recs.addAll(week10("安全生产", "AQ-", 6));
        recs.add(suspension("W11-1", "食品药品", MONDAY_W10.plusDays(7)));
        List<Record> built = recs.stream().map(Rec::build).toList();
        List<Finding> expected = of("ENF-020", runner.runRecords(built));
        assertThat(expected).hasSize(2);

        List<Record> reversed = new ArrayList<>(built);
        Collections.reverse(reversed);
        assertThat(of("ENF-020", runner.runRecords(reversed))).isEqualTo(expected);

        Random random = new Random(20250303L);
        for (int i = 0; i < 10; i++) {
            List<Record> shuffled = new ArrayList<>(built);
            Collections.shuffle(shuffled, random);
            assertThat(of("ENF-020", runner.runRecords(shuffled))).as("shuffle %d", i).isEqualTo(expected);
        }
    }
}

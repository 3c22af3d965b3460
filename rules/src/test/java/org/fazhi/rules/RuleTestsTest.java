package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.pack.Packs;
import org.fazhi.pack.RuleCase;
import org.fazhi.pack.RuleTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule tests run the rules as a check does: the same working calendar and the same rules. */
class RuleTestsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    Path dir;

    /** A warning decided on Friday 2025-01-24, before the Spring Festival holiday (01-28 … 02-04). */
    private static RuleCase published(String name, String publicity, boolean late) {
        Rec warning = CaseRulesTest.kase().with("penalty_types", "警告").with("decision_date", "2025-01-24")
                .with("publicity_date", publicity);
        return new RuleCase(name, null, warning.build(), late ? Set.of("ENF-016") : Set.of(),
                late ? Set.of() : Set.of("ENF-016"));
    }

    private static List<RuleTests.Result> run(Packs packs, WorkCalendar calendar, RuleCase... cases) throws Exception {
        return new RuleTests(packs, new ParametersLoader(packs.catalogue()).defaults(), calendar, AS_OF)
                .run(List.of(cases));
    }

    @Test
    void workingDaysAreThoseOfTheOfficialCalendar() throws Exception {
        // 01-26 (adjusted), 01-27, 02-05, 02-06, 02-07, 02-08 (adjusted), 02-10: the 7th working day
        List<RuleTests.Result> results = run(Packs.none(Catalogue.builtIn()), CalendarLoader.official(),
                published("over the holiday", "2025-02-06", false),
                published("7th working day", "2025-02-10", false),
                published("8th working day", "2025-02-11", true));
        assertThat(results).allSatisfy(r -> assertThat(r.passed()).as(r.toString()).isTrue());
    }

    @Test
    void theRunsCalendarOverlayCounts() throws Exception {
        Path file = dir.resolve("calendar.yaml");
        Files.writeString(file, "holidays: [2025-02-05, 2025-02-06, 2025-02-07]\n", StandardCharsets.UTF_8);
        List<RuleTests.Result> results = run(Packs.none(Catalogue.builtIn()), CalendarLoader.forRun(file),
                published("three more days off", "2025-02-13", false));
        assertThat(results).singleElement().satisfies(r -> assertThat(r.passed()).as(r.toString()).isTrue());
    }

    @Test
    void aBuiltInRuleThePackSkipsDoesNotRun() throws Exception {
        Path pack = dir.resolve("pack");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("pack.yaml"), """
                name: 审计包
                title: {zh: 审计包, en: Audit pack}
                plan: 审计方案
                version: "1"
                skip: [ENF-011]
                """, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("audit.drl"), """
                package audit.drl;

                import org.fazhi.model.PenaltyCase;
                import org.fazhi.evaluate.HitCollector;

                global HitCollector hits;

                rule "AUD-001 any fine"
                when
                    $c : PenaltyCase( fineAmount != null )
                then
                    hits.add("AUD-001", $c);
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("audit.yaml"), """
                - id: AUD-001
                  severity: warning
                  recordType: case
                  title: {zh: "罚款", en: "A fine"}
                  message: {zh: "罚款{fine_amount}元", en: "A fine of {fine_amount}"}
                  clause: 一
                  basis: 审计
                  fields: [fine_amount]
                """, StandardCharsets.UTF_8);
        Packs packs = Packs.loadWithCases(List.of(pack), Catalogue.builtIn()).packs();
        Rec fine = CaseRulesTest.kase().with("penalty_types", "罚款").with("fine_amount", "1000")
                .with("decision_date", "2025-04-01");
        RuleCase replaced = new RuleCase("replaced", null, fine.build(), Set.of("AUD-001"), Set.of("ENF-011"));
        assertThat(run(packs, CalendarLoader.official(), replaced)).singleElement().satisfies(r -> {
            assertThat(r.actual()).containsExactly("AUD-001");
            assertThat(r.passed()).isTrue();
        });
        RuleCase builtIn = new RuleCase("built in", null, fine.build(), Set.of(), Set.of("ENF-011"));
        assertThat(run(Packs.none(Catalogue.builtIn()), CalendarLoader.official(), builtIn)).singleElement()
                .satisfies(r -> assertThat(r.actual()).containsExactly("ENF-011"));
    }
}

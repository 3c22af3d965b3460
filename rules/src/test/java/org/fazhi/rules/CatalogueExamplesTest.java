package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue entries are what {@code fazhi rules explain} shows: each example must behave as it
 * says and be a complete record, and each quote must be the plan's words. Cross-record rules and
 * rules that join with officers cannot be shown by one record and have no examples.
 */
class CatalogueExamplesTest {
    private static final Set<String> CROSS_RECORD = Set.of("ENF-020", "INS-001");

    static Stream<RuleSpec> singleRecordRules() {
        return Catalogue.builtIn().rules().stream()
                .filter(rule -> !rule.appliesToAllTypes())
                .filter(rule -> !rule.needsOfficers())
                .filter(rule -> !CROSS_RECORD.contains(rule.id()));
    }

    static Stream<RuleSpec> quotedRules() {
        return Catalogue.builtIn().rules().stream().filter(rule -> !rule.appliesToAllTypes());
    }

    private static Rec record(RuleSpec rule, String which) {
        Map<String, String> values = rule.examples().get(which);
        assertThat(values).as(rule.id() + " has a " + which + " example").isNotNull();
        Rec rec = Rec.of(rule.recordType());
        values.forEach(rec::with);
        return rec;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRecordRules")
    void violatingExampleFires(RuleSpec rule) {
        List<Finding> findings = new RuleRunner().run(record(rule, "violating"));
        assertThat(of(rule.id(), findings)).as(rule.id()).hasSize(1);
        assertThat(of("DQ-001", findings)).as(rule.id() + " example is complete").isEmpty();
        assertThat(of("DQ-006", findings)).as(rule.id() + " example is possible").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRecordRules")
    void passingExampleIsQuiet(RuleSpec rule) {
        List<Finding> findings = new RuleRunner().run(record(rule, "passing"));
        assertThat(of(rule.id(), findings)).as(rule.id()).isEmpty();
        assertThat(of("DQ-001", findings)).as(rule.id() + " example is complete").isEmpty();
        assertThat(findings).as(rule.id() + " example is decided")
                .noneMatch(f -> f.ruleId().equals("DQ-004") && f.messageEn().contains(rule.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRecordRules")
    void entryIsComplete(RuleSpec rule) {
        assertThat(rule.quote()).as(rule.id() + " quote").isNotBlank();
        assertThat(rule.clause()).as(rule.id() + " clause").isNotBlank();
        assertThat(rule.fields()).as(rule.id() + " fields").isNotEmpty();
        assertThat(rule.fields()).as(rule.id() + " shows its deciding fields").containsAll(rule.decidedBy());
    }

    /** The plan text sits beside the project in the shared workspace; skipped where it is absent. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("quotedRules")
    void quoteIsThePlansWords(RuleSpec rule) throws Exception {
        Path plan = Stream.of("../../shared/plan", "../../../shared/plan", "/work/shared/plan")
                .map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(plan != null, "plan text not available");
        String text;
        try (Stream<Path> files = Files.list(plan)) {
            Path file = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
            text = Files.readString(file, StandardCharsets.UTF_8);
        }
        assertThat(text).as(rule.id() + " quote").contains(rule.quote());
    }
}

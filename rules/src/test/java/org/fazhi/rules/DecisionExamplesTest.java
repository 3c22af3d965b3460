package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue entries of the major-decision rules are what {@code fazhi rules} shows: each
 * example must behave as it says, be a complete record, and the quote must be the plan's words.
 */
class DecisionExamplesTest {

    static Stream<RuleSpec> decisionRules() {
        return Catalogue.builtIn().rulesFor("decision").stream();
    }

    private static Rec record(RuleSpec rule, String which) {
        Map<String, String> values = rule.examples().get(which);
        assertThat(values).as(rule.id() + " has a " + which + " example").isNotNull();
        Rec rec = Rec.of(rule.recordType());
        values.forEach(rec::with);
        return rec;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRules")
    void violatingExampleFires(RuleSpec rule) {
        List<Finding> findings = new RuleRunner().run(record(rule, "violating"));
        assertThat(of(rule.id(), findings)).as(rule.id()).hasSize(1);
        assertThat(of("DQ-001", findings)).as(rule.id() + " example is complete").isEmpty();
        assertThat(of("DQ-006", findings)).as(rule.id() + " example is possible").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRules")
    void passingExampleIsQuiet(RuleSpec rule) {
        List<Finding> findings = new RuleRunner().run(record(rule, "passing"));
        assertThat(of(rule.id(), findings)).as(rule.id()).isEmpty();
        assertThat(of("DQ-001", findings)).as(rule.id() + " example is complete").isEmpty();
        assertThat(findings).as(rule.id() + " example is decided")
                .noneMatch(f -> f.ruleId().equals("DQ-004") && f.messageEn().contains(rule.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRules")
    void entryIsComplete(RuleSpec rule) {
        assertThat(rule.quote()).as(rule.id() + " quote").isNotBlank();
        assertThat(rule.clause()).as(rule.id() + " clause").startsWith("二(三)");
        assertThat(rule.fields()).as(rule.id() + " fields").isNotEmpty();
        assertThat(rule.fields()).as(rule.id() + " shows its deciding fields").containsAll(rule.decidedBy());
    }

    /** The plan text sits beside the project in the shared workspace; skipped where it is absent. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("decisionRules")
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

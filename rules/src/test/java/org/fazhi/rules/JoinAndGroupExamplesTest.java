package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of the rules that one record alone cannot show (CatalogueExamplesTest runs the
 * others): the officer rules get the officers their examples name; the cross-record rules get
 * their example as many times as their threshold requires.
 */
class JoinAndGroupExamplesTest {
    /** How many copies of its example a cross-record rule needs to fire at the default parameters. */
    private static final Map<String, Integer> COPIES = Map.of("ENF-020", 5, "INS-001", 3);
    private static final List<Rec> OFFICERS = List.of(
            Rec.of("officer").with("officer_id", "FZ-NEW-01").with("first_in_role", "是").with("legal_qualification", "否"),
            Rec.of("officer").with("officer_id", "FZ-QUAL-01").with("first_in_role", "是").with("legal_qualification", "是"),
            Rec.of("officer").with("officer_id", "ZF-EXPIRED-01").with("certificate_valid_until", "2025-03-31"),
            Rec.of("officer").with("officer_id", "ZF-VALID-01").with("certificate_valid_until", "2025-04-01"),
            Rec.of("officer").with("officer_id", "ZF-VALID-02").with("certificate_valid_until", "2027-12-31"));

    @TestFactory
    Stream<DynamicTest> examplesDoWhatTheyClaim() {
        List<RuleSpec> rules = Catalogue.builtIn().rules().stream()
                .filter(r -> !r.appliesToAllTypes())
                .filter(r -> r.needsOfficers() || COPIES.containsKey(r.id())).toList();
        assertThat(rules).extracting(RuleSpec::id)
                .containsExactlyInAnyOrder("ENF-008", "ENF-009", "ENF-020", "INS-001");
        return rules.stream().flatMap(rule -> Stream.of(
                DynamicTest.dynamicTest(rule.id() + " violating", () ->
                        assertThat(of(rule.id(), run(rule, rule.examples().get("violating")))).isNotEmpty()),
                DynamicTest.dynamicTest(rule.id() + " passing", () ->
                        assertThat(of(rule.id(), run(rule, rule.examples().get("passing")))).isEmpty())));
    }

    private static List<org.fazhi.report.Finding> run(RuleSpec rule, Map<String, String> example) {
        RecordType type = RecordTypes.byKey(rule.recordType()).orElseThrow();
        String idKey = type.idField().key();
        assertThat(example).as(rule.id() + " example").isNotNull().containsKeys(idKey, "agency");
        List<Rec> recs = new ArrayList<>();
        int copies = COPIES.getOrDefault(rule.id(), 1);
        for (int i = 0; i < copies; i++) {
            Rec rec = Rec.of(type.key());
            example.forEach(rec::with);
            if (copies > 1) {
                rec.with(idKey, example.get(idKey) + "-" + i);
            }
            recs.add(rec);
        }
        if (rule.needsOfficers()) {
            OFFICERS.forEach(o -> recs.add(o.copy()));
        }
        return new RuleRunner().run(recs.toArray(Rec[]::new));
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples of the case rules that one record alone cannot show (CatalogueExamplesTest runs
 * the others): the officer rules get the officers their examples name; ENF-020 gets its example
 * as many times as the minimum requires.
 */
class CaseExamplesTest {
    private static final List<Rec> OFFICERS = List.of(
            Rec.of("officer").with("officer_id", "FZ-NEW-01").with("first_in_role", "是").with("legal_qualification", "否"),
            Rec.of("officer").with("officer_id", "FZ-QUAL-01").with("first_in_role", "是").with("legal_qualification", "是"),
            Rec.of("officer").with("officer_id", "ZF-EXPIRED-01").with("certificate_valid_until", "2025-03-31"),
            Rec.of("officer").with("officer_id", "ZF-VALID-01").with("certificate_valid_until", "2025-04-01"),
            Rec.of("officer").with("officer_id", "ZF-VALID-02").with("certificate_valid_until", "2027-12-31"));

    @TestFactory
    Stream<DynamicTest> examplesDoWhatTheyClaim() {
        List<RuleSpec> rules = Catalogue.builtIn().rulesFor("case").stream()
                .filter(r -> r.needsOfficers() || r.id().equals("ENF-020")).toList();
        assertThat(rules).extracting(RuleSpec::id).containsExactlyInAnyOrder("ENF-008", "ENF-009", "ENF-020");
        return rules.stream().flatMap(rule -> Stream.of(
                DynamicTest.dynamicTest(rule.id() + " violating", () ->
                        assertThat(of(rule.id(), run(rule, rule.examples().get("violating")))).isNotEmpty()),
                DynamicTest.dynamicTest(rule.id() + " passing", () ->
                        assertThat(of(rule.id(), run(rule, rule.examples().get("passing")))).isEmpty())));
    }

    private static List<org.fazhi.report.Finding> run(RuleSpec rule, Map<String, String> example) {
        assertThat(example).as(rule.id() + " example").isNotNull().containsKeys("case_id", "agency", "filing_date");
        List<Rec> recs = new ArrayList<>();
        int copies = rule.id().equals("ENF-020") ? 5 : 1;
        for (int i = 0; i < copies; i++) {
            Rec rec = Rec.of("case");
            example.forEach(rec::with);
            if (copies > 1) {
                rec.with("case_id", example.get("case_id") + "-" + i);
            }
            recs.add(rec);
        }
        if (rule.needsOfficers()) {
            OFFICERS.forEach(o -> recs.add(o.copy()));
        }
        return new RuleRunner().run(recs.toArray(Rec[]::new));
    }
}

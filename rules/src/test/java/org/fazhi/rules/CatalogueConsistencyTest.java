package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.TreeSet;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.evaluate.RuleEngine;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The catalogue and the DRL describe the same rules: every condition has its metadata and vice versa. */
class CatalogueConsistencyTest {
    /** Rules whose condition follows from the field declarations and lives in the engine, not in DRL. */
    private static final Set<String> ENGINE_RULES = Set.of("DQ-001", "DQ-002", "DQ-003", "DQ-004", "DQ-007");

    private final Catalogue catalogue = Catalogue.builtIn();

    @Test
    void everyDrlRuleIsNamedAfterACatalogueRule() {
        for (String name : drlRuleNames()) {
            String id = name.split(" ", 2)[0];
            assertThat(catalogue.rule(id)).as("catalogue entry for DRL rule '%s'", name).isPresent();
        }
    }

    @Test
    void everyCatalogueRuleHasAConditionSomewhere() {
        Set<String> drlIds = new TreeSet<>();
        drlRuleNames().forEach(name -> drlIds.add(name.split(" ", 2)[0]));
        for (RuleSpec rule : catalogue.rules()) {
            assertThat(drlIds.contains(rule.id()) || ENGINE_RULES.contains(rule.id()))
                    .as("%s has a DRL rule or an engine check", rule.id()).isTrue();
        }
    }

    @Test
    void everyRuleHasTitleMessageAndClauseInBothLanguages() {
        for (RuleSpec rule : catalogue.rules()) {
            assertThat(Stream.of(rule.title().zh(), rule.title().en(), rule.message().zh(), rule.message().en(),
                    rule.clause())).as(rule.id()).allSatisfy(text -> assertThat(text).isNotBlank());
        }
    }

    @Test
    void crossRecordRulesAndOnlyTheyWaitInTheCrossRecordAgendaGroup() {
        List<Rule> rules = RuleEngine.builtInRules().getKiePackages().stream()
                .flatMap(pkg -> pkg.getRules().stream()).toList();
        assertThat(rules).filteredOn(rule -> rule.getMetaData().containsKey(RuleEngine.CROSS_RECORD))
                .extracting(Rule::getName)
                .containsExactlyInAnyOrder("ENF-020 same-week suspension orders in one field",
                        "INS-001 enterprise inspected too often in one year");
        for (Rule rule : rules) {
            boolean crossRecord = rule.getMetaData().containsKey(RuleEngine.CROSS_RECORD);
            assertThat(((RuleImpl) rule).getAgendaGroup()).as(rule.getName())
                    .isEqualTo(crossRecord ? RuleEngine.CROSS_RECORD_GROUP : "MAIN");
        }
    }

    private static List<String> drlRuleNames() {
        return RuleEngine.builtInRules().getKiePackages().stream()
                .map(KiePackage::getRules)
                .flatMap(rules -> rules.stream().map(Rule::getName))
                .toList();
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.evaluate.RuleEngine;
import org.junit.jupiter.api.Test;

/** The engine a check gets, whose built-in rule base may still be loading when it is made. */
class BuiltInEngineTest {
    @Test
    void theBuiltInEngineIsTheBuiltInRuleBase() {
        RuleEngine direct = new RuleEngine(List.of(RuleEngine.builtInRules()));

        assertThat(RuleEngine.builtInAnd(List.of()).crossRecordRuleIds())
                .isNotEmpty().isEqualTo(direct.crossRecordRuleIds());
    }

    @Test
    void theFirstSessionOpenedAheadFindsNothing() {
        RuleEngine.openFirstSession();

        RuleEngine.Outcome nothing = RuleEngine.builtInAnd(List.of()).evaluate(List.of(), RuleEngine.Phase.ALL);
        assertThat(nothing.hits()).isEmpty();
        assertThat(nothing.retained()).isEmpty();
    }
}

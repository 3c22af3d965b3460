package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;

class RuleDocsTest {
    private static final RuleSpec ENF_006 = new RuleSpec("ENF-006", Severity.ERROR, "case",
            new Text("申请听证但未先听证", "Hearing requested but not held first"), new Text("m", "m"), "二(四)2", "",
            "", List.of("hearing_requested"), List.of("hearing_requested"),
            Map.of("hearing_requested", new Text("未申请的请填“否”。", "Enter 'no' if none was requested.")),
            List.of(), false, Map.of());
    private static final Catalogue CATALOGUE = new Catalogue(List.of(ENF_006), List.<ParameterSpec>of());

    @Test
    void explainShowsWhatToFillInForEachDecidingField() {
        assertThat(new RuleDocs(CATALOGUE, Lang.ZH).explain(ENF_006))
                .contains("未填写时的提示（DQ-004）", "hearing_requested（申请听证）: 未申请的请填“否”。");
        assertThat(new RuleDocs(CATALOGUE, Lang.EN).explain(ENF_006)).contains("Enter 'no' if none was requested.");
    }

    @Test
    void aMistypedIdSuggestsTheClosest() {
        assertThat(new RuleDocs(CATALOGUE, Lang.ZH).suggest("enf-06")).contains("ENF-006");
        assertThat(new RuleDocs(CATALOGUE, Lang.ZH).suggest("XYZ-999")).isEmpty();
    }

    @Test
    void lettersTypedForDigitsAreReadAsTheDigitsTheyLookLike() {
        RuleSpec enf016 = new RuleSpec("ENF-016", Severity.ERROR, "case", new Text("t", "t"), new Text("m", "m"),
                "二(四)2", "", "", List.of(), List.of(), Map.of(), List.of(), false, Map.of());
        Catalogue both = new Catalogue(List.of(ENF_006, enf016), List.<ParameterSpec>of());
        assertThat(both.closestRuleId("ENF-0I6")).contains("ENF-016");
        assertThat(both.closestRuleId("enf-o16")).contains("ENF-016");
        assertThat(both.closestRuleId("ENF-0O6")).contains("ENF-006");
    }
}

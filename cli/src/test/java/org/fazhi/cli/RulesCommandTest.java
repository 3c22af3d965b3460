package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    @Test
    void listsEveryRuleOfTheCatalogue() {
        Cli.Result result = cli().run("rules");
        assertThat(result.code()).isZero();
        for (RuleSpec rule : Catalogue.builtIn().rules()) {
            assertThat(result.out()).contains(rule.id() + " ").contains(rule.title().zh());
        }
    }

    @Test
    void listsInEnglishWhenAsked() {
        Cli.Result result = cli().run("rules", "--lang", "en");
        RuleSpec first = Catalogue.builtIn().rules().get(0);
        assertThat(result.out()).contains("ID", "Severity", first.title().en());
    }

    @Test
    void listsAsJson() throws IOException {
        Cli.Result result = cli().run("rules", "--format", "json");
        assertThat(result.code()).isZero();
        JsonNode rules = new ObjectMapper().readTree(result.outBytes()).get("rules");
        assertThat(rules.size()).isEqualTo(Catalogue.builtIn().rules().size());
        assertThat(rules.get(0).has("clause")).isTrue();
    }

    @Test
    void anUnknownListFormatCannotRun() {
        Cli.Result result = cli().run("rules", "--format", "pdf");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("table, json, md");
    }

    @Test
    void explainShowsTheRuleInFullWithThePlansWords() {
        RuleSpec rule = Catalogue.builtIn().require("DEC-001");
        Cli.Result result = cli().run("rules", "explain", "DEC-001");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("DEC-001", rule.title().zh(), rule.quote(), rule.clause(), "error",
                "discussion_date", "方案原文");
    }

    @Test
    void explainAcceptsLowerCaseAndEnglish() {
        Cli.Result result = cli().run("rules", "explain", "dec-001", "--lang", "en");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains(Catalogue.builtIn().require("DEC-001").title().en(), "The plan says");
    }

    @Test
    void explainOfAnUnknownRuleSuggestsTheClosest() {
        Cli.Result result = cli().run("rules", "explain", "DEC-01");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("DEC-01", "DEC-001");
    }

    @Test
    void versionAndHelp() {
        Cli.Result version = cli().run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("fazhi 1.");
        Cli.Result help = cli().run("check", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--fail-on", "--as-of", "--mapping", "--params", "--calendar", "--only",
                "--skip", "--lang", "--format", "--output", "--quiet");
    }
}

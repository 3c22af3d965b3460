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
        assertThat(result.out()).contains("DEC-001", rule.title().zh(), rule.quote(), rule.clause(), "级别：错误",
                "discussion_date", "方案原文").doesNotContain("级别：error");
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
    void explainShowsAnIndicatorLikeARule() {
        Cli.Result result = cli().run("rules", "explain", "ind-04");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("IND-04", "行政执法案卷自动核查合格率", "分子", "分母", "未填报", "95%", "二(七)3",
                "全部错误级行政执法规则");
        Cli.Result en = cli().run("rules", "explain", "IND-10", "--lang", "en");
        assertThat(en.out()).contains("On-time reply rate", "Numerator", "SUG-001");
    }

    @Test
    void explainShowsTheValuesAParamsFileSetsForTheRule(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        java.nio.file.Path params = dir.resolve("params.yaml");
        java.nio.file.Files.writeString(params, "publicity_deadline_workdays: 10\n"
                + "byField:\n  市场监管: {publicity_deadline_workdays: 20}\n"
                + "byAgency:\n  昆明市市场监督管理局: {publicity_warning_only: false}\n");
        Cli.Result result = cli().run("rules", "explain", "ENF-016", "--params", params.toString());
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("参数文件设定的值", "publicity_deadline_workdays = 10（全部记录）",
                "publicity_deadline_workdays = 20（执法领域“市场监管”）");
        Cli.Result plain = cli().run("rules", "explain", "ENF-016");
        assertThat(plain.out()).doesNotContain("参数文件设定的值");
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

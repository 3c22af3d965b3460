package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.render.RuleDocs;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the catalogue; a rule change without regenerating it fails the build. */
class RuleDocsUpToDateTest {
    static final Path DOCS = Path.of("..", "docs", "rules.md");

    @Test
    void docsRulesMdIsTheOutputOfRulesFormatMd() throws IOException {
        Cli.Result result = cli().run("rules", "--format", "md");
        assertThat(result.code()).isZero();
        String committed = Files.isRegularFile(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/rules.md is out of date with the rule catalogue. Regenerate it from the repository root"
                        + " with:  %s  (or: mvn -q -DskipTests package && %s)", RuleDocs.REGENERATE,
                        RuleDocs.REGENERATE)
                .isEqualTo(result.out());
    }
}

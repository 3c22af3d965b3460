package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.util.Map;
import org.fazhi.render.present.DisplayWidth;
import org.junit.jupiter.api.Test;

/** The console report wraps to COLUMNS, else 100 columns, and --all is accepted. */
class ConsoleWidthTest {

    @Test
    void wrapsToColumns() {
        for (int columns : new int[] {60, 80}) {
            Cli.Result result = cli().env(Map.of("CI", "true", "COLUMNS", Integer.toString(columns)))
                    .run("check", CheckCommandTest.SAMPLE.toString(), "--as-of", CheckCommandTest.AS_OF);
            assertThat(result.code()).as(result.toString()).isEqualTo(1);
            assertThat(result.out().lines()).as("COLUMNS=%d", columns)
                    .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(columns));
        }
    }

    @Test
    void aHundredColumnsWhenColumnsIsUnsetOrNoNumber() {
        for (Map<String, String> env : java.util.List.of(Map.of("CI", "true"), Map.of("CI", "true", "COLUMNS", "wide"))) {
            Cli.Result result = cli().env(env).run("check", CheckCommandTest.SAMPLE.toString(), "--as-of",
                    CheckCommandTest.AS_OF, "--all");
            assertThat(result.out().lines())
                    .allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(100))
                    .anySatisfy(line -> assertThat(DisplayWidth.of(line)).isGreaterThan(90));
            assertThat(result.out()).doesNotContain("完整清单请用");
        }
    }
}

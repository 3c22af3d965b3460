package org.fazhi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The job's command-line errors are said in the user's language, as fazhi check's are. */
class JobCommandLineTest {
    @Test
    void anUnknownOptionIsSaidInChinese() {
        Run run = run("--bogus", "-o", "out", "in");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("命令行参数有误：没有选项 --bogus。请用 --help 查看用法。")
                .doesNotContain("Unknown option");
    }

    @Test
    void aBadValueNamesTheAcceptedOnesInEnglishToo() {
        Run run = run("--lang", "en", "--fail-on", "bogus", "-o", "out", "in");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid command line: The value \"bogus\" of --fail-on is not valid;")
                .contains(" Run with --help for usage.");
    }

    @Test
    void aJdbcSplitWithoutItsPartsIsRefusedBeforeSparkStarts() {
        Run run = run("--jdbc-url", "jdbc:h2:mem:none", "--jdbc-table", "case=CASES", "--jdbc-partitions", "case=id",
                "-o", "out");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("「case=id」应写成 记录类型=整数列:段数（段数至少为 2），例如 case=id:16。");
    }

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = FazhiSparkJob.run(args);
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(stderr);
        }
    }
}

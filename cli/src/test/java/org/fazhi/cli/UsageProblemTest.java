package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A mistyped command line is said in the user's language, never in picocli's English. */
class UsageProblemTest {
    /** A run of Latin words such as picocli's sentences have ("Unknown option", "is not an int"). */
    private static final Pattern ENGLISH_WORDS = Pattern.compile("[A-Za-z]+ [a-z]+ [a-z]+");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chek                                  | 没有子命令 chek。",
        "check --bogus samples                 | 没有选项 --bogus。",
        "check                                 | 缺少参数 INPUT。",
        "check --as-of                         | 选项 --as-of 后面缺少它的值 DATE。",
        "check samples --fail-on bogus         | 选项 --fail-on 的值“bogus”无效，可用的值：error, warning, info, never。",
        "generate --cases abc                  | 选项 --cases 的值“abc”无效，应为整数。",
        "check samples --lang zh --lang zh     | 选项 --lang 只能给一次。",
        "rules explain ENF-001 ENF-002         | 多余的参数：ENF-002。",
    })
    void chineseSaysWhatIsWrongInChinese(String args, String expected) {
        Cli.Result result = cli().run(args.split(" "));

        assertThat(result.code()).as(result.toString()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(result.err()).startsWith("命令行参数有误：" + expected).contains("--help 查看用法");
        String problem = result.err().substring(0, result.err().indexOf("运行 fazhi"));
        assertThat(ENGLISH_WORDS.matcher(problem).find()).as(problem).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--lang en chek                          | There is no command chek.",
        "--lang en check --bogus samples         | There is no option --bogus.",
        "--lang en check samples --fail-on bogus | The value \"bogus\" of --fail-on is not valid; the values are: error, warning, info, never.",
        "--lang en generate --cases abc          | The value \"abc\" of --cases is not valid: it must be a whole number.",
    })
    void englishSaysItInEnglish(String args, String expected) {
        Cli.Result result = cli().run(args.split(" "));

        assertThat(result.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(result.err()).startsWith("Invalid command line: " + expected);
    }

    @Test
    void aMistypedCommandIsAnsweredWithTheNearestNamesInTheUsersLanguage() {
        assertThat(cli().run("chek").err()).contains("您要输入的是不是：fazhi check").doesNotContain("Did you mean");
        assertThat(cli().run("--lang", "en", "chek").err()).contains("Did you mean: fazhi check");
    }

    @Test
    void aMistypedOptionIsAnsweredWithTheNearestOption() {
        assertThat(cli().run("check", "samples", "--formt", "json").err())
                .contains("没有选项 --formt。").contains("您要输入的是不是：--format？");
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A run builds only the subcommand it names, and nothing it prints or returns differs from a run
 * through the whole command tree: the usage help, the errors and their suggestions, the exit code.
 */
class SubcommandTreeTest {
    static Stream<List<String>> commandLines() {
        return Stream.of(
                List.of("check", "--help"),
                List.of("--lang", "en", "check", "--help"),
                List.of("--lang=en", "check", "-h"),
                List.of("check"),
                List.of("check", "--formt", "json", "samples/kunming-2025"),
                List.of("check", "samples/kunming-2025", "--fail-on", "sometimes"),
                List.of("--lang", "en", "check", "samples/kunming-2025", "--as-of", "2025-13-01"),
                List.of("inspect", "--help"),
                List.of("rules", "--help"),
                List.of("rules", "explain", "--help"),
                List.of("rules", "explain", "ENF-999"),
                List.of("rules", "--bogus"),
                List.of("template", "--help"),
                List.of("generate", "--help"),
                List.of("bench", "--help"),
                List.of("help"),
                List.of("help", "check"),
                List.of("--help"),
                List.of("-h", "check"),
                List.of("--version"),
                List.of("chek", "samples"),
                List.of());
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void aRunPrintsAndReturnsWhatTheWholeTreeWould(List<String> args) {
        String[] array = args.toArray(String[]::new);
        Run built = run(command -> command.execute(array));
        Run whole = run(command -> command.commandLine(FazhiCommand.langOf(array)).execute(array));

        assertThat(built).isEqualTo(whole);
    }

    @Test
    void onlyTheSubcommandTheArgumentsBeginWithIsBuilt() {
        assertThat(subcommandsFor("check", "samples")).containsExactly(CheckCommand.class);
        assertThat(subcommandsFor("--lang", "en", "check")).containsExactly(CheckCommand.class);
        assertThat(subcommandsFor("--lang=en", "rules", "explain", "DEC-001")).containsExactly(RulesCommand.class);
        assertThat(subcommandsFor("bench", "--cold-start", "3")).containsExactly(BenchCommand.class);
    }

    @Test
    void theWholeTreeIsBuiltForTheHelpAndForWhatNamesNoSubcommandFirst() {
        for (String[] args : List.of(new String[0], new String[] {"help", "check"}, new String[] {"-h", "check"},
                new String[] {"--lang", "check"}, new String[] {"chek"}, new String[] {"--version"})) {
            assertThat(subcommandsFor(args)).as(String.join(" ", args)).isEqualTo(FazhiCommand.SUBCOMMANDS);
        }
    }

    @Test
    void aCheckLoadsTheBuiltInRulesAheadUnlessItOnlyAsksForHelp() {
        assertThat(FazhiCommand.loadsBuiltIns(new String[] {"check", "samples", "--rules", "my-rules"})).isTrue();
        assertThat(FazhiCommand.loadsBuiltIns(new String[] {"--lang", "en", "check", "samples"})).isTrue();
        assertThat(FazhiCommand.loadsBuiltIns(new String[] {"check", "--help"})).isFalse();
        assertThat(FazhiCommand.loadsBuiltIns(new String[] {"check", "-V"})).isFalse();
        assertThat(FazhiCommand.loadsBuiltIns(new String[] {"rules"})).isFalse();
        assertThat(FazhiCommand.loadsBuiltIns(new String[] {"help", "check"})).isFalse();
    }

    private static List<Class<?>> subcommandsFor(String... args) {
        return FazhiCommand.subcommandsFor(args);
    }

    private static Run run(Function<FazhiCommand, Integer> execution) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = execution.apply(new FazhiCommand(new Io(out, errWriter, false, Map.of("CI", "true")),
                FazhiCommand.CheckRunner.DEFAULT));
        errWriter.flush();
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class UsageHelpTest {

    /** Every command and subcommand, depth first. */
    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>(List.of(root));
        root.getSubcommands().values().forEach(sub -> all.addAll(allCommands(sub)));
        return all;
    }

    @Test
    void everyCommandsHelpRendersItsTextWithoutFormatWarnings() {
        Io io = new Io(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), false, Map.of());
        CommandLine root = new FazhiCommand(io, FazhiCommand.CheckRunner.DEFAULT).commandLine(Lang.ZH);
        // picocli reports a description it cannot format on System.err and then prints it raw
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        List<String> helps = new ArrayList<>();
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            allCommands(root).forEach(command -> helps.add(command.getUsageMessage()));
        } finally {
            System.setErr(stderr);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        // the percent sign rendered, wherever the terminal width wraps the line
        assertThat(String.join("\n", helps).replaceAll("\\s+", " ")).contains("10% (default 0.1)");
        assertThat(String.join("\n", helps)).doesNotContain("%n");
    }

    @Test
    void picocliOwnWordsAreBilingualLikeTheRestOfTheHelp() {
        Io io = new Io(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), false, Map.of());
        CommandLine root = new FazhiCommand(io, FazhiCommand.CheckRunner.DEFAULT).commandLine(Lang.ZH);
        assertThat(root.getUsageMessage()).contains("显示命令的帮助 · Display help information");
        for (CommandLine command : allCommands(root)) {
            String help = command.getUsageMessage().replaceAll("\\s+", " ");
            assertThat(help).as(command.getCommandName())
                    .contains("用法 Usage:", "-h, --help 显示")
                    .doesNotContainPattern("(^|[^法] )Usage:")
                    .doesNotContainPattern("[a-z.] (-h, --help|-V, --version) Show");
            if (!command.getSubcommands().isEmpty()) {
                assertThat(help).as(command.getCommandName()).contains("命令 Commands:");
            }
        }
    }
}

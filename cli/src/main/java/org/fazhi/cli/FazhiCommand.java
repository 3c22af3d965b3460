package org.fazhi.cli;

import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.fazhi.check.BuiltIns;
import org.fazhi.check.Checker;
import org.fazhi.check.Version;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi} (法治): checks rule-of-law government records against the plan's procedural
 * requirements. Only the command line lives here: parse the options, call the engine, map the
 * outcome to an exit code.
 */
@Command(name = "fazhi",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = ExitCode.CANNOT_RUN,
        exitCodeOnExecutionException = ExitCode.INTERNAL,
        versionProvider = FazhiCommand.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "法治政府建设合规检查 · Rule-of-law government compliance checker",
        description = {
            "检查执法、决策、规范性文件等台账是否符合《法治政府建设实施方案》的程序要求。",
            "Checks exported records against the procedural requirements of the rule-of-law government plan."},
        footerHeading = "%n",
        footer = {"退出码 Exit codes: 0 通过 passed · 1 未通过 gate failed · 2 无法运行 could not run · 3 内部错误 internal error"})
public final class FazhiCommand implements Callable<Integer> {
    /** The subcommands, in the order the usage help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, InspectCommand.class, RulesCommand.class,
            TemplateCommand.class, GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "zh|en", defaultValue = "zh",
            description = "提示与报告的语言 Language of messages and reports: zh (默认 default), en")
    Lang lang = Lang.ZH;

    final Io io;
    final CheckRunner runner;

    FazhiCommand(Io io, CheckRunner runner) {
        this.io = io;
        this.runner = runner;
    }

    /** The production command: the real checker, the process's standard streams. */
    public static void main(String[] args) {
        // A message logged while the loading thread is still setting up logging is replayed into
        // the log file, and SLF4J says so on standard error, in English: not a user's concern.
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (loadsBuiltIns(args)) {
            BuiltIns.loadAhead();
        }
        Io io = Io.system();
        int code = new FazhiCommand(io, CheckRunner.DEFAULT).execute(args);
        try {
            io.out().flush(); // what the usage help printed without flushing
        } catch (IOException e) {
            code = new ErrorHandler(langOf(args), io.err()).standardOutputFailed(e);
        }
        LaunchMarker.clear();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code. */
    int execute(String... args) {
        Lang lang = langOf(args);
        try {
            return commandLine(lang, subcommandsFor(args)).execute(args);
        } catch (OutOfMemoryError e) {
            // thrown on this thread, it passes picocli's handlers, which take exceptions only
            return new ErrorHandler(lang, io.err()).outOfMemory(e);
        }
    }

    /** The whole command line, every subcommand with its options. */
    CommandLine commandLine(Lang errorLang) {
        return commandLine(errorLang, SUBCOMMANDS);
    }

    private CommandLine commandLine(Lang errorLang, List<Class<?>> subcommands) {
        ErrorHandler handler = new ErrorHandler(errorLang, io.err());
        CommandLine commandLine = new CommandLine(this);
        subcommands.forEach(commandLine::addSubcommand);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(io.outWriter())
                .setErr(io.err())
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler);
        commandLine.setUsageHelpLongOptionsMaxWidth(28);
        commandLine.setResourceBundle(ResourceBundle.getBundle("org.fazhi.cli.usage"));
        CommandLine help = commandLine.getSubcommands().get("help");
        if (help != null) {
            help.getCommandSpec().usageMessage()
                    .header("显示命令的帮助 · Display help information about the specified command")
                    .description("fazhi help COMMAND 与 fazhi COMMAND --help 相同。",
                            "fazhi help COMMAND is the same as fazhi COMMAND --help.");
        }
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.get(lang, "cli.subcommand.missing"));
    }

    /**
     * The subcommands to build for these arguments: only the one they run when they begin with its
     * name (after {@code --lang}), else all, for the usage help, the {@code help} command and the
     * suggestions of a mistyped name. picocli reads every option of a command it builds by
     * reflection; building all of them took a check's start about a tenth of a second.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        int first = args.length > 1 && args[0].equals("--lang") ? 2 : args.length > 0 && args[0].startsWith("--lang=") ? 1 : 0;
        if (first < args.length) {
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != CommandLine.HelpCommand.class
                        && subcommand.getAnnotation(Command.class).name().equals(args[first])) {
                    return List.of(subcommand);
                }
            }
        }
        return SUBCOMMANDS;
    }

    /**
     * True for a check, which needs the built-in rules whatever its options, unless it only asks
     * for the usage help or the version.
     */
    static boolean loadsBuiltIns(String[] args) {
        if (!subcommandsFor(args).equals(List.of(CheckCommand.class))) {
            return false;
        }
        for (String arg : args) {
            if (List.of("-h", "--help", "-V", "--version").contains(arg)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The language for messages about the command line itself, taken from the arguments before
     * they are parsed (a parse error may come before {@code --lang} is read).
     */
    static Lang langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null && value.trim().equalsIgnoreCase("en")) {
                return Lang.EN;
            }
        }
        return Lang.ZH;
    }

    /** {@code fazhi --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"fazhi " + Version.current(),
                "Java ${java.version} (${java.vendor}), ${os.name} ${os.arch}"};
        }
    }

    /** Runs a check; the seam lets tests put a failing engine behind the real command line. */
    @FunctionalInterface
    interface CheckRunner {
        CheckRunner DEFAULT = (request, catalogue, engine) -> new Checker(catalogue, engine).check(request);

        org.fazhi.report.Report run(org.fazhi.check.CheckRequest request, org.fazhi.catalogue.Catalogue catalogue,
                                    RuleEngine engine) throws org.fazhi.error.InputException;
    }
}

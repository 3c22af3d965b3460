package org.fazhi.cli;

import java.util.concurrent.Callable;
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
        subcommands = {CheckCommand.class, InspectCommand.class, RulesCommand.class, TemplateCommand.class,
            GenerateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "法治政府建设合规检查 · Rule-of-law government compliance checker",
        description = {
            "检查执法、决策、规范性文件等台账是否符合《法治政府建设实施方案》的程序要求。",
            "Checks exported records against the procedural requirements of the rule-of-law government plan."},
        footerHeading = "%n",
        footer = {"退出码 Exit codes: 0 通过 passed · 1 未通过 gate failed · 2 无法运行 could not run · 3 内部错误 internal error"})
public final class FazhiCommand implements Callable<Integer> {
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
        Io io = Io.system();
        int code = new FazhiCommand(io, CheckRunner.DEFAULT).execute(args);
        System.out.flush();
        LaunchMarker.clear();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code. */
    int execute(String... args) {
        Lang lang = langOf(args);
        try {
            return commandLine(lang).execute(args);
        } catch (OutOfMemoryError e) {
            // thrown on this thread, it passes picocli's handlers, which take exceptions only
            return new ErrorHandler(lang, io.err()).outOfMemory(e);
        }
    }

    CommandLine commandLine(Lang errorLang) {
        ErrorHandler handler = new ErrorHandler(errorLang, io.err());
        CommandLine commandLine = new CommandLine(this)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(io.outWriter())
                .setErr(io.err())
                .setParameterExceptionHandler(handler)
                .setExecutionExceptionHandler(handler);
        commandLine.setUsageHelpLongOptionsMaxWidth(28);
        return commandLine;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), Messages.get(lang, "cli.subcommand.missing"));
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

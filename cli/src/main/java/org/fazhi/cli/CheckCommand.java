package org.fazhi.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.check.CheckRequest;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.gate.Baseline;
import org.fazhi.gate.Waiver;
import org.fazhi.gate.WaiverFile;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.pack.Packs;
import org.fazhi.read.DateText;
import org.fazhi.read.Mapping;
import org.fazhi.read.ReadProgress;
import org.fazhi.render.RenderOptions;
import org.fazhi.render.Renderer;
import org.fazhi.render.Renderers;
import org.fazhi.report.spill.Spill;
import org.fazhi.report.FailOn;
import org.fazhi.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fazhi check INPUT...}: read, evaluate, gate, render; the exit code is the gate's. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "检查台账数据 · Check exported records",
        description = {
            "读取 .xlsx/.csv 文件或目录，运行全部规则，输出报告，并按 --fail-on 给出退出码。",
            "Reads .xlsx/.csv files or directories, runs every rule, writes the reports and exits with the gate's code.",
            "",
            "输出位置 Where reports go:",
            "  不加 -o：只有一种非 console 格式时写到标准输出（可直接管道给 jq）；",
            "    否则 console 写到终端，其他格式写到当前目录的 fazhi-report.<扩展名>。",
            "  Without -o: a single non-console format goes to standard output (pipe it);",
            "    otherwise console goes to the terminal and other formats to ./fazhi-report.<ext>.",
            "  -o 文件：只有一种格式时写入该文件。 -o FILE: the one format is written to FILE.",
            "  -o 目录：各格式写入 目录/fazhi-report.<扩展名>，console 仍在终端显示。",
            "    -o DIR: each format to DIR/fazhi-report.<ext>; console stays on the terminal."},
        footerHeading = "%n",
        footer = {"退出码 Exit codes: 0 通过 passed · 1 未通过 gate failed · 2 无法运行 could not run · 3 内部错误 internal error"})
final class CheckCommand implements Callable<Integer> {
    /** The file name (without extension) of a report written into a directory. */
    static final String REPORT_NAME = "fazhi-report";

    @ParentCommand
    FazhiCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "台账文件（.xlsx/.csv）或目录 Export files (.xlsx/.csv) or directories")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "报告格式，可重复 Report format, repeatable: console (默认 default), json, xlsx, html, junit, sarif")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "报告写到哪里：目录，或只有一种格式时的文件 Where reports go: a directory, or a file for one format")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "达到此级别的问题使退出码为 1 Findings at or above this level fail the run: "
                    + "error (默认 default), warning, info, never")
    FailOn failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "检查日期（默认今天）The date the check is made on, e.g. 2025-12-31 (default: today)")
    String asOf;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "表头/取值映射文件 Header and value mapping for non-canonical exports (YAML/JSON)")
    Path mapping;

    @Option(names = "--params", paramLabel = "FILE",
            description = "规则参数覆盖 Rule parameter overrides (YAML/JSON), e.g. publicity_deadline_workdays: 7")
    Path params;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "在内置的国务院节假日安排之上增补或覆盖的工作日历 Holidays and adjusted working days laid over the built-in official calendar (YAML/JSON)")
    Path calendar;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "此前的 JSON 报告：其中已有的问题不计入结论 An earlier JSON report: findings already in it do not count")
    Path baseline;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "已批准的例外（规则、记录、理由、批准人、到期日） Accepted exceptions: rule, record, reason, approvedBy, expires")
    Path waivers;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "规则包目录，可重复：.drl.xlsx 决策表，或 .drl 规则及其 .yaml 规则说明 "
                    + "Rule pack, repeatable: .drl.xlsx decision tables, or .drl files and their .yaml entries")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "ID",
            description = "只运行这些规则（编号或前缀，如 ENF、DQ-00） Run only these rules: IDs or prefixes")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", split = ",", paramLabel = "ID",
            description = "跳过这些规则（编号或前缀） Skip these rules: IDs or prefixes")
    List<String> skip = new ArrayList<>();

    @Option(names = "--allow-empty",
            description = "没有读到任何记录时也正常结束（退出码 0）而不报错 Exit 0 instead of 2 when no record at all was read")
    boolean allowEmpty;

    @Option(names = {"-q", "--quiet"},
            description = "不列出问题，只显示结论 No inputs or findings on the console, just the result line")
    boolean quiet;

    @Option(names = "--no-color", description = "不使用颜色 No colours (also when NO_COLOR is set)")
    boolean noColor;

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "发现过多时暂存到此目录（默认系统临时目录），结束时删除 Where findings too many to hold in memory "
                    + "are kept while the run lasts (default: the system's temporary directory)")
    Path tempDir;

    @Option(names = "--all", description = "在控制台列出全部问题（默认最多 200 条） List every finding on the console, not just the first 200")
    boolean all;

    @Option(names = "--split-by", paramLabel = "agency",
            description = "除整体工作簿外，每个单位一个工作簿，写到 -o 目录的 按单位/ 下 "
                    + "Besides the whole workbook, one workbook per agency in DIR/按单位/ (needs -o DIR)")
    String splitBy;

    @Option(names = "--agency", paramLabel = "NAME",
            description = "只报告这些单位的问题和指标，可重复 Restrict every report to these agencies, repeatable")
    List<String> agencies = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InputException {
        Lang lang = parent.lang;
        AgencyReports byAgency = new AgencyReports(splitBy, agencies, lang);
        List<Renderer> renderers = renderers(lang, byAgency.splits());
        byAgency.requireDirectory(OutputPath.of(spec), renderers.size(), lang);
        LocalDate date = DateText.asOf(asOf);
        Packs packs = RulesCommand.packs(parent, ruleDirs, quiet);
        Catalogue catalogue = packs.catalogue();
        org.fazhi.evaluate.Parameters parameters = params == null
                ? new ParametersLoader(catalogue).defaults() : new ParametersLoader(catalogue).load(params);
        WorkCalendar workCalendar = CalendarLoader.forRun(calendar);
        Mapping headerMapping = mapping == null ? Mapping.none() : Mapping.load(mapping);
        RuleSelection selection = packs.selection(only, skip);
        Baseline earlier = baseline == null ? Baseline.none() : Baseline.load(baseline);
        List<Waiver> accepted = waivers == null ? List.of() : WaiverFile.load(waivers, catalogue);
        List<Target> targets = targets(renderers, lang);

        try (Spill spill = Spill.under(tempDir)) {
            CheckRequest request = new CheckRequest(List.copyOf(inputs), headerMapping, parameters, workCalendar,
                    date, selection, failOn, earlier, accepted, progress(), spill);
            Report whole = parent.runner.run(request, catalogue, packs.ruleEngine());
            if (!allowEmpty) {
                EmptyRun.requireRecords(whole, lang); // says what was read and what not, file by file
            }
            NamedInputs.requireRecognised(whole, inputs, lang);
            Report report = byAgency.restrict(whole, lang, parent.io.err(), allowEmpty);

            for (Target target : targets) {
                write(report, target, catalogue, lang);
            }
            if (byAgency.splits()) {
                byAgency.write(report, output, new RenderOptions(lang, false, quiet, catalogue), parent.io.err(),
                        quiet);
            }
            return report.summary().gate().passed() ? ExitCode.PASSED : ExitCode.GATE_FAILED;
        }
    }

    /**
     * A progress bar on standard error while a person watches a terminal; nothing when quiet,
     * in CI or when the output is piped or redirected.
     */
    private ReadProgress progress() {
        boolean watched = parent.io.terminal() && !quiet && parent.io.env().get("CI") == null;
        return watched ? new TerminalProgress(System.err, parent.lang, parent.io.color(noColor)) : ReadProgress.NONE;
    }

    /**
     * The renderers asked for, in order, without repeats; console when none was asked for; and
     * the whole workbook when the agencies' workbooks are made beside it.
     */
    private List<Renderer> renderers(Lang lang, boolean workbook) {
        Set<String> names = new LinkedHashSet<>();
        for (String format : formats) {
            if (!format.isBlank()) {
                names.add(format.trim().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (names.isEmpty()) {
            names.add("console");
        }
        if (workbook) {
            names.add("xlsx");
        }
        List<Renderer> renderers = new ArrayList<>();
        String valid = String.join(", ", Renderers.names());
        for (String name : names) {
            renderers.add(Renderers.byName(name).orElseThrow(
                    () -> new UserError(Messages.get(lang, "cli.format.unknown", name, valid))));
        }
        return renderers;
    }


    /**
     * Where each report goes (see the command's description). A null file is standard output.
     * Settled before the check runs, so that a wrong -o fails at once, not after a long check.
     */
    private List<Target> targets(List<Renderer> renderers, Lang lang) {
        List<Target> targets = new ArrayList<>();
        OutputPath out = OutputPath.of(spec);
        if (out != null && out.standardOutput()) {
            if (renderers.size() > 1) {
                throw new UserError(Messages.get(lang, "cli.output.stdoutOneFormat",
                        String.join(", ", renderers.stream().map(Renderer::name).toList())));
            }
            out = null; // as without -o: the one report goes to standard output
        }
        if (out == null) {
            boolean single = renderers.size() == 1;
            for (Renderer renderer : renderers) {
                if (single && renderer.isBinary() && parent.io.terminal()) {
                    throw new UserError(Messages.get(lang, "cli.output.binaryTerminal", renderer.name(),
                            REPORT_NAME + "." + renderer.extension()));
                }
                targets.add(single || renderer.isConsole() ? new Target(renderer, null)
                        : new Target(renderer, Path.of(REPORT_NAME + "." + renderer.extension())));
            }
            return targets;
        }
        if (renderers.size() == 1 && !out.namesDirectory()) {
            out.requireParent(lang);
            targets.add(new Target(renderers.get(0), output));
            return targets;
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UserError(Messages.get(lang, "cli.output.notDirectory", output,
                    String.join(", ", renderers.stream().map(Renderer::name).toList())));
        }
        out.requireDirectory(lang, parent.io.err());
        for (Renderer renderer : renderers) {
            targets.add(renderer.isConsole() && renderers.size() > 1 ? new Target(renderer, null)
                    : new Target(renderer, output.resolve(REPORT_NAME + "." + renderer.extension())));
        }
        return targets;
    }

    private void write(Report report, Target target, Catalogue catalogue, Lang lang) throws IOException {
        if (target.file() == null) {
            boolean color = target.renderer().isConsole() && parent.io.color(noColor);
            target.renderer().render(report, new RenderOptions(lang, color, quiet, catalogue, parent.io.columns(), all),
                    parent.io.out());
            parent.io.out().flush();
            return;
        }
        Path file = target.file();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            target.renderer().render(report, new RenderOptions(lang, false, quiet, catalogue).withAll(all)
                    .writtenTo(file), out);
        } catch (IOException e) {
            throw WriteFailure.of(lang, "cli.output.write", file, e);
        }
        if (!quiet) {
            parent.io.err().println(Messages.get(lang, "cli.output.written", file));
            parent.io.err().flush();
        }
    }

    /** One report to write: the renderer and the file, or null for standard output. */
    private record Target(Renderer renderer, Path file) {
    }
}

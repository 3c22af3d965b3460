package org.fazhi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.pack.PackManifest;
import org.fazhi.pack.Packs;
import org.fazhi.pack.RulePack;
import org.fazhi.render.RuleDocs;
import org.fazhi.report.IndicatorDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fazhi rules}: the rule catalogue, as a table, JSON or the Markdown reference. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.Explain.class, RulesNewCommand.class, RulesTestCommand.class},
        header = "列出全部规则 · List the rules",
        description = {"编号、级别、记录类型、条款、名称。 ID, severity, record type, clause, title.",
            "fazhi rules --format md > docs/rules.md 生成规则文档 regenerates the rule reference."})
final class RulesCommand implements Callable<Integer> {
    @ParentCommand
    FazhiCommand parent;

    @Option(names = "--format", paramLabel = "table|json|md", defaultValue = "table",
            description = "table (默认 default), json, md")
    String format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "同时列出这些规则包的规则，可重复 Also list the rules of these packs, repeatable")
    List<Path> ruleDirs = new ArrayList<>();

    @Override
    public Integer call() throws IOException, InputException {
        Lang lang = parent.lang;
        Packs packs = packs(parent, ruleDirs, false);
        RuleDocs docs = new RuleDocs(packs.catalogue(), lang);
        String text = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "table" -> docs.table() + packLines(packs, lang);
            case "json" -> docs.json();
            case "md", "markdown" -> docs.markdown();
            default -> throw new UserError(Messages.get(lang, "cli.format.unknown", format, "table, json, md"));
        };
        print(parent, text);
        return ExitCode.PASSED;
    }

    /**
     * The packs of {@code --rules}, loaded (from the cache when unchanged); what was corrected
     * while reading them goes to standard error unless quiet.
     */
    static Packs packs(FazhiCommand root, List<Path> dirs, boolean quiet) throws InputException {
        if (dirs.isEmpty()) {
            return Packs.none(Catalogue.builtIn());
        }
        Packs packs = Packs.load(dirs, Catalogue.builtIn(), root.io.env());
        if (!quiet) {
            packs.notes(root.lang).forEach(note -> root.io.err().println(Messages.get(root.lang, "pack.note", note)));
            root.io.err().flush();
        }
        return packs;
    }

    /** One line per pack below the table: its name, version, plan and how many rules it adds. */
    private static String packLines(Packs packs, Lang lang) {
        StringBuilder lines = new StringBuilder();
        for (RulePack pack : packs.packs()) {
            PackManifest m = pack.manifest();
            lines.append(Messages.get(lang, "pack.listed", m.name(), m.version() == null ? "" : " " + m.version(),
                    m.plan() == null ? "" : "（" + m.plan() + "）", pack.rules().size(), pack.dir())).append('\n');
        }
        return lines.toString();
    }

    static void print(FazhiCommand root, String text) throws IOException {
        root.io.out().write(text.getBytes(StandardCharsets.UTF_8));
        root.io.out().flush();
    }

    /** {@code fazhi rules explain ID}: one rule or indicator in full. */
    @Command(name = "explain",
            mixinStandardHelpOptions = true,
            header = "说明一条规则或指标 · Explain one rule or indicator",
            description = {"检查内容、级别、字段、参数、条款与方案原文、示例；指标（IND-01…）：分子、分母、未填报、目标、条款。",
                "What it checks, severity, fields, parameters, clause and the plan's words, examples; an indicator "
                        + "(IND-01…): numerator, denominator, unfilled, target, clause."})
    static final class Explain implements Callable<Integer> {
        @ParentCommand
        RulesCommand rules;

        @Parameters(paramLabel = "ID", description = "规则或指标编号 Rule or indicator ID, e.g. DEC-001, IND-04")
        String id;

        @Option(names = "--rules", paramLabel = "DIR", description = "也在这些规则包中查找 Also look in these packs")
        List<Path> ruleDirs = new ArrayList<>();
        @Option(names = "--params", paramLabel = "FILE",
                description = "显示参数文件为本规则设定的值（全部、按执法领域、按机关） Show the values a params file sets for the rule")
        Path params;

        @Override
        public Integer call() throws IOException, InputException {
            Lang lang = rules.parent.lang;
            List<Path> dirs = new ArrayList<>(rules.ruleDirs);
            dirs.addAll(ruleDirs);
            Catalogue catalogue = packs(rules.parent, dirs, false).catalogue();
            RuleDocs docs = new RuleDocs(catalogue, lang);
            String wanted = id.trim().toUpperCase(Locale.ROOT);
            Optional<IndicatorDefinition> indicator = IndicatorDefinition.byId(wanted);
            if (indicator.isPresent()) {
                print(rules.parent, docs.explain(indicator.get()));
                return ExitCode.PASSED;
            }
            RuleSpec rule = catalogue.rule(wanted).orElseThrow(() -> new UserError(Messages.get(lang,
                    "cli.explain.unknown", id,
                    docs.suggest(wanted).map(s -> Messages.get(lang, "cli.explain.suggest", s)).orElse(""))));
            if (params == null) {
                print(rules.parent, docs.explain(rule));
            } else {
                org.fazhi.evaluate.Parameters values = new ParametersLoader(catalogue).load(params);
                print(rules.parent, docs.explain(rule, values.asMap(), values.byField(), values.byAgency()));
            }
            return ExitCode.PASSED;
        }
    }
}

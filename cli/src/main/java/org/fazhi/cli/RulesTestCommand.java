package org.fazhi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.pack.Packs;
import org.fazhi.pack.RuleCase;
import org.fazhi.pack.RuleTests;
import org.fazhi.read.DateText;
import org.fazhi.read.InputReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fazhi rules test [DIR...]}: runs the 用例 sheets of rule packs, or with no pack the
 * built-in catalogue's examples, against the built-in rules plus the packs. Exit 0 when every
 * case passes, 1 when one fails, 2 when a pack is broken.
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        header = "运行规则用例 · Run the rules' test cases",
        description = {"运行规则包中「用例」工作表的每个用例，不给目录时运行内置规则的示例。",
            "Runs every case of the packs' 用例 sheets; with no pack, the built-in rules' examples.",
            "退出码 Exit codes: 0 全部通过 all pass · 1 有未通过 a case fails · 2 规则包有误 a pack is broken"})
final class RulesTestCommand implements Callable<Integer> {
    @ParentCommand
    RulesCommand rules;

    @Parameters(arity = "0..*", paramLabel = "DIR", description = "规则包目录 Rule pack directories")
    List<Path> dirs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "console|junit", defaultValue = "console",
            description = "console (默认 default) 或 junit")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写到文件 Write to this file")
    Path output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "检查日期（默认今天）The as-of date (default: today)")
    String asOf;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "在内置的国务院节假日安排之上增补或覆盖的工作日历，与 check 相同 Holidays and adjusted working days laid over the built-in official calendar, as for check (YAML/JSON)")
    Path calendar;

    @Override
    public Integer call() throws IOException, InputException {
        FazhiCommand root = rules.parent;
        Lang lang = root.lang;
        String wanted = format.trim().toLowerCase(Locale.ROOT);
        if (!wanted.equals("console") && !wanted.equals("junit")) {
            throw new UserError(Messages.get(lang, "cli.format.unknown", format, "console, junit"));
        }
        Packs packs;
        List<RuleCase> cases;
        if (dirs.isEmpty()) {
            packs = Packs.none(Catalogue.builtIn());
            cases = RuleTests.builtInCases(packs.catalogue());
        } else {
            Packs.Tested tested = Packs.loadWithCases(dirs, Catalogue.builtIn());
            packs = tested.packs();
            cases = tested.cases();
            requireCases(tested, lang, root.io.err());
        }
        RuleTests tests = new RuleTests(packs, new ParametersLoader(packs.catalogue()).defaults(),
                CalendarLoader.forRun(calendar), DateText.asOf(asOf));
        List<RuleTests.Result> results = tests.run(cases);
        byte[] text = wanted.equals("junit") ? junit(results, lang) : console(results, lang);
        if (output == null) {
            root.io.out().write(text);
            root.io.out().flush();
        } else {
            Files.write(output, text);
            root.io.err().println(Messages.get(lang, "cli.output.written", output));
            root.io.err().flush();
        }
        return results.stream().allMatch(RuleTests.Result::passed) ? ExitCode.PASSED : ExitCode.GATE_FAILED;
    }

    /**
     * A test run that runs no case would pass on nothing, as a check that reads no record would:
     * when no pack holds a case it cannot be made (exit 2); a pack without cases beside tested
     * ones is named, so that its untested rules are not taken for tested.
     */
    private static void requireCases(Packs.Tested tested, Lang lang, PrintWriter err) {
        List<String> untested = tested.untested().stream().map(InputReader::shown).toList();
        if (untested.size() == tested.packs().packs().size()) {
            throw new UserError(Messages.get(lang, "cli.ruletest.noCases", String.join(lang.pick("、", ", "), untested)));
        }
        for (String pack : untested) {
            err.println(Messages.get(lang, "cli.ruletest.untested", pack));
        }
        err.flush();
    }


    private static byte[] console(List<RuleTests.Result> results, Lang lang) {
        StringBuilder out = new StringBuilder();
        long failed = results.stream().filter(r -> !r.passed()).count();
        for (RuleTests.Result r : results) {
            out.append(r.passed() ? Messages.get(lang, "ruletest.passed", r.name())
                    : Messages.get(lang, "ruletest.failed", r.name(), detail(r, lang))).append('\n');
        }
        out.append(Messages.get(lang, "ruletest.summary", results.size(), results.size() - failed, failed)).append('\n');
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String detail(RuleTests.Result r, Lang lang) {
        String detail = Messages.get(lang, "ruletest.expected", ids(r.expected(), lang), ids(r.actual(), lang));
        List<String> forbidden = r.actual().stream().filter(r.unexpected()::contains).toList();
        if (!forbidden.isEmpty()) {
            detail += Messages.get(lang, "ruletest.forbidden", String.join("、", forbidden));
        }
        return detail;
    }

    /** Rule IDs as a case shows them: {@code USR-003、ENF-011}, or 无 for none. */
    private static String ids(java.util.Set<String> ids, Lang lang) {
        return ids.isEmpty() ? Messages.get(lang, "ruletest.none") : String.join("、", ids);
    }

    /** One test suite, one test case per 用例, named {@code sheet!row 用例名称}. */
    private static byte[] junit(List<RuleTests.Result> results, Lang lang) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "fazhi rules test");
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(results.stream().filter(r -> !r.passed()).count()));
            for (RuleTests.Result r : results) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "rules");
                xml.writeAttribute("name", r.name());
                if (!r.passed()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", detail(r, lang));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return bytes.toByteArray();
    }
}

package org.fazhi.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.Inspector;
import org.fazhi.read.Mapping;
import org.fazhi.read.MappingSkeleton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fazhi inspect FILE...}: what the reader sees in each sheet, for the officer preparing a
 * mapping and for anyone asking why a sheet was ignored. Reads exactly as {@code check} does.
 */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "查看 fazhi 如何读取台账 · Show what fazhi sees in exported files",
        description = {
            "逐个工作表列出：是否读取、识别为哪类记录及依据（或未读取的原因）、表头行、已识别/未识别/没有的列、",
            "数据行与空行数、前几个无法识别的值。与 check 使用同一读取器。",
            "Per sheet: read or not, the record type and how it was recognised (or why not), the header row,",
            "the columns matched, unknown and missing, rows and blank rows, and the first values that cannot be read.",
            "Reads exactly as check does."},
        footerHeading = "%n",
        footer = {"退出码 Exit codes: 0 已读取 read · 2 文件无法读取 a file cannot be read"})
final class InspectCommand implements Callable<Integer> {
    @ParentCommand
    FazhiCommand parent;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "台账文件或目录 Export files or directories")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "输出格式 Output format: text (默认 default), json")
    String format;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "表头/取值映射文件 Header and value mapping (YAML/JSON)")
    Path mapping;

    @Option(names = "--mapping-skeleton", paramLabel = "FILE",
            description = "写出映射草稿：列出每个未识别的表头待填写 Write a mapping draft listing every unknown header")
    Path skeleton;

    @Override
    public Integer call() throws IOException, InputException {
        Lang lang = parent.lang;
        String output = format.trim().toLowerCase(Locale.ROOT);
        if (!output.equals("text") && !output.equals("json")) {
            throw new UserError(Messages.get(lang, "cli.format.unknown", format, "text, json"));
        }
        List<Inspector.Sheet> sheets = new Inspector(mapping == null ? Mapping.none() : Mapping.load(mapping))
                .inspect(List.copyOf(inputs));
        if (output.equals("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("schema", "fazhi-inspect/1");
            json.put("sheets", sheets);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(parent.io.out(), json);
            parent.io.out().write('\n');
        } else {
            PrintWriter out = parent.io.outWriter();
            sheets.forEach(sheet -> print(out, sheet, lang));
            out.flush();
        }
        parent.io.out().flush();
        if (skeleton != null) {
            writeSkeleton(sheets, lang);
        }
        return ExitCode.PASSED;
    }

    private void print(PrintWriter out, Inspector.Sheet sheet, Lang lang) {
        String place = sheet.sheet() == null ? sheet.file() : sheet.file() + " [" + sheet.sheet() + "]";
        String hidden = sheet.hidden() ? Messages.get(lang, "render.input.hidden") : "";
        if (sheet.format() == null) {
            // a whole file not read for its name or as a report: its content was not looked at
            out.println(place + hidden);
        } else {
            out.println(place + hidden + " · " + Messages.get(lang, "format." + sheet.format()));
        }
        if (sheet.disguised()) {
            out.println("  " + Messages.get(lang, "render.input.disguised", sheet.file(),
                    Messages.get(lang, "format." + sheet.format())));
        }
        if (sheet.recordType() == null) {
            out.println("  " + Messages.describe(lang, sheet.ignoredReason()));
            return;
        }
        RecordType type = RecordTypes.byKey(sheet.recordType()).orElseThrow();
        out.println("  " + Messages.get(lang, "inspect.type", lang.pick(type.name(), type.nameEn()), type.key(),
                Messages.get(lang, "inspect.by." + sheet.recognisedBy().name())));
        out.println("  " + (sheet.headerRow() == null ? Messages.get(lang, "inspect.noHeader")
                : Messages.get(lang, "inspect.header", String.valueOf(sheet.headerRow()))));
        if (sheet.headerRow() != null) {
            out.println("  " + Messages.get(lang, "inspect.matched", String.valueOf(sheet.matched().size()),
                    fields(type, sheet.matched(), lang)));
        }
        if (!sheet.unknownColumns().isEmpty()) {
            out.println("  " + Messages.get(lang, "inspect.unknown", String.valueOf(sheet.unknownColumns().size()),
                    String.join(lang.pick("、", ", "), sheet.unknownColumns())));
        }
        if (!sheet.missing().isEmpty()) {
            out.println("  " + Messages.get(lang, "inspect.missing", String.valueOf(sheet.missing().size()),
                    missing(type, sheet.missing(), lang)));
        }
        out.println("  " + Messages.get(lang, "inspect.rows", String.valueOf(sheet.rows()),
                String.valueOf(sheet.blankRowsSkipped())));
        if (sheet.summaryRows().count() > 0) {
            out.println("  " + Messages.get(lang, "inspect.summaryRows", String.valueOf(sheet.summaryRows().count()),
                    sheet.summaryRows().rows().stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(lang.pick("、", ", ")))));
        }
        if (sheet.unreadableCells() > 0) {
            out.println("  " + Messages.get(lang, "inspect.problems", String.valueOf(sheet.unreadableCells()),
                    String.valueOf(sheet.problems().size())));
            for (Inspector.Problem problem : sheet.problems()) {
                out.println("    " + Messages.get(lang, "inspect.problem", String.valueOf(problem.row()),
                        String.valueOf(problem.column()), problem.header(),
                        problem.raw() == null ? Messages.get(lang, "inspect.blank") : problem.raw(),
                        String.valueOf(problem.expected())));
            }
        }
    }

    private static String fields(RecordType type, List<String> keys, Lang lang) {
        return String.join(lang.pick("、", ", "),
                keys.stream().map(key -> lang.pick(type.requireField(key).header(), key)).toList());
    }

    /** Fields without a column; a deciding field names the rules it decides, which DQ-007 will name. */
    private static String missing(RecordType type, List<String> keys, Lang lang) {
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            List<String> rules = Catalogue.builtIn().rulesFor(type.key()).stream()
                    .filter(rule -> rule.decidedBy().contains(key)).map(RuleSpec::id).toList();
            String name = lang.pick(type.requireField(key).header(), key);
            shown.add(rules.isEmpty() ? name
                    : Messages.get(lang, "inspect.deciding", name, String.join(lang.pick("、", ", "), rules)));
        }
        return String.join(lang.pick("、", ", "), shown);
    }

    private void writeSkeleton(List<Inspector.Sheet> sheets, Lang lang) {
        try {
            Path dir = skeleton.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(skeleton, MappingSkeleton.of(sheets), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WriteFailure.of(lang, "cli.output.write", skeleton, e);
        }
        parent.io.err().println(Messages.get(lang, "inspect.skeleton.written", skeleton));
        parent.io.err().flush();
    }
}

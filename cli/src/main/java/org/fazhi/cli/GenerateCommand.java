package org.fazhi.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.fazhi.generate.ExportFormat;
import org.fazhi.generate.Generator;
import org.fazhi.generate.Layout;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code fazhi generate}: a synthetic export of any size, with a known share of planted violations. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "生成模拟台账数据 · Write a synthetic export",
        description = {
            "按种子确定性地生成全部记录类型的模拟台账（昆明市各执法机关、人员、日期与金额，混用各种允许的写法），",
            "其中约 --violations 比例的记录各含一条已知规则的违规；其余记录可通过全部规则检查（检查日期不早于 2025-12-31）。",
            "Writes a deterministic synthetic export of every record type (Kunming agencies, people, dates and amounts in",
            "every accepted spelling). About --violations of the records each break one known rule; the others pass every",
            "rule when checked on or after 2025-12-31. The same seed and options give the same export."})
final class GenerateCommand implements Callable<Integer> {
    /** The share of records with a planted violation when --violations is not given (generate and bench). */
    static final String DEFAULT_VIOLATIONS = "0.1";

    @ParentCommand
    FazhiCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "N", defaultValue = "1000",
            description = "行政处罚案件数（默认 1000）；人员约 N/50，涉企检查约 N/2，其余各约 N/100 "
                    + "Penalty cases (default 1000); officers ≈ N/50, inspections ≈ N/2, the other types ≈ N/100")
    int cases;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "随机种子（默认 1）Random seed (default 1)")
    long seed;

    @Option(names = "--format", paramLabel = "xlsx|xls|html|csv",
            description = "xlsx：一个工作簿，每种记录一个工作表；xls：Excel 97–2003 工作簿（BIFF8，每表至多 65536 行）；"
                    + "html：一个网页，每种记录一个表格，-o 以 .xls 结尾时即政务系统常见的“伪装成 xls 的 HTML”；"
                    + "csv：目录中每种记录一个文件。默认按 -o：以 .xlsx、.xls（真正的 xls）、.html 或 .htm 结尾为相应格式，"
                    + "以 / 结尾为 CSV 目录；不加 -o 为 xlsx "
                    + "xlsx: one workbook, a sheet per record type; xls: an Excel 97-2003 workbook (BIFF8, at most 65,536 rows "
                    + "a sheet); html: one web page, a table per record type - with -o ending in .xls it is the HTML disguised "
                    + "as xls that government systems export; csv: a file per record type in a directory. By default as -o "
                    + "says: ending in .xlsx, .xls (a real xls), .html or .htm that format, in / a CSV directory; without -o xlsx")
    String format;

    @Option(names = "--layout", paramLabel = "tidy|messy", defaultValue = "tidy",
            description = "tidy（默认）：标题行（csv 没有）、一行表头、记录；messy：按真实政务导出的样子写——标题与填报单位行、"
                    + "案件表两行表头（合并的“处罚决定”，csv 中为空单元格）、金额以万元列出、空的非必填文本与日期写“／”、"
                    + "表尾合计行与填表人行，html 与 csv 用 GBK 编码（tidy 用 UTF-8），csv 以 CRLF 换行；记录与 tidy 相同 "
                    + "tidy (default): a title row (not in csv), one header row, the records; messy: as real government "
                    + "exports look - title and 填报单位 lines, a two-row header on the case sheet (merged 处罚决定, blank "
                    + "cells in csv), amounts in 万元, ／ in blank optional text and date cells, a 合计 row and a 填表人 "
                    + "footer, html and csv in GBK (tidy: UTF-8), csv with CRLF line ends; the same records as tidy")
    String layout;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "输出文件（xlsx、xls、html）或目录（csv），默认 fazhi-synthetic.xlsx（.xls、.html）/ fazhi-synthetic/ "
                    + "The file (xlsx, xls, html) or directory (csv) to write")
    Path output;

    @Option(names = "--violations", paramLabel = "RATE", defaultValue = DEFAULT_VIOLATIONS,
            description = "含已知违规的记录比例，如 0.1 或 10%%（默认 0.1）；大于 0 时每条规则至少出现一次 "
                    + "Share of records with a planted violation, e.g. 0.1 or 10%% (default 0.1); above 0 every rule occurs at least once")
    String violations;

    @Override
    public Integer call() {
        Lang lang = parent.lang;
        OutputPath out = OutputPath.of(spec);
        ExportFormat chosenFormat = format(out, lang);
        if (cases < 1) {
            throw new UserError(Messages.get(lang, "generate.cases.bad", String.valueOf(cases)));
        }
        double rate = rate(violations, lang);
        Layout chosen = layout(layout, lang);
        Generator generator = new Generator(cases, seed, rate);
        if (!generator.fits(chosenFormat, chosen)) {
            throw new UserError(Messages.get(lang, "generate.rows.tooMany", chosenFormat.key(),
                    String.valueOf(chosenFormat.maxRows()), String.valueOf(cases)));
        }
        Path target = output != null ? output : Path.of(chosenFormat == ExportFormat.CSV ? "fazhi-synthetic"
                : "fazhi-synthetic." + chosenFormat.key());
        if (out != null && chosenFormat == ExportFormat.CSV && out.namesDirectory()) {
            out.requireDirectory(lang, parent.io.err());
        } else if (out != null) {
            out.requireParent(lang);
        }
        write(generator, target, chosenFormat, chosen, lang);
        List<String> parts = new ArrayList<>();
        for (RecordType type : RecordTypes.all()) {
            String name = lang == Lang.EN ? type.key() : type.name();
            parts.add(name + " " + generator.counts().of(type.key()));
        }
        parent.io.err().println(Messages.get(lang, "generate.written", target, String.valueOf(generator.counts().total()),
                String.join(lang == Lang.EN ? ", " : "、", parts), String.valueOf(seed), violations.trim()));
        parent.io.err().flush();
        return ExitCode.PASSED;
    }

    /**
     * The format: --format's, which -o must fit (an html page may be named .xls, as systems
     * export it); else the one -o names (.xlsx, .xls, .html or .htm, a directory ending in a
     * separator or already there). Anything else is refused rather than written under a name
     * that says another format.
     */
    private ExportFormat format(OutputPath out, Lang lang) {
        if (format == null) {
            if (out == null) {
                return ExportFormat.XLSX;
            }
            if (out.namesDirectory()) {
                return ExportFormat.CSV;
            }
            return switch (out.extension()) {
                case "xlsx" -> ExportFormat.XLSX;
                case "xls" -> ExportFormat.XLS;
                case "html", "htm" -> ExportFormat.HTML;
                default -> throw new UserError(Messages.get(lang, "generate.output.unknown", out.spelled()));
            };
        }
        ExportFormat chosen = ExportFormat.parse(format);
        if (chosen == null) {
            throw new UserError(Messages.get(lang, "generate.format.bad", format));
        }
        if (out == null) {
            return chosen;
        }
        if (chosen == ExportFormat.CSV) {
            if (!out.namesDirectory() && out.extension().matches("[a-z]+")) {
                throw new UserError(Messages.get(lang, "generate.output.csv", out.spelled()));
            }
            return chosen;
        }
        List<String> names = chosen == ExportFormat.HTML ? List.of("html", "htm", "xls") : List.of(chosen.key());
        if (out.namesDirectory() || !names.contains(out.extension())) {
            throw new UserError(Messages.get(lang, "generate.output.file", chosen.key(),
                    names.stream().map(name -> "." + name).collect(Collectors.joining(lang == Lang.EN ? ", " : "、")),
                    out.spelled()));
        }
        return chosen;
    }

    static void write(Generator generator, Path target, ExportFormat format, Layout layout, Lang lang) {
        try {
            generator.write(target, format, layout);
        } catch (IOException e) {
            throw WriteFailure.of(lang, "generate.write", target, e);
        }
    }

    /** The layout named (generate and bench). */
    static Layout layout(String text, Lang lang) {
        Layout chosen = Layout.parse(text);
        if (chosen == null) {
            throw new UserError(Messages.get(lang, "generate.layout.bad", text));
        }
        return chosen;
    }

    static boolean isCsv(String format, Lang lang, String errorKey) {
        return switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new UserError(Messages.get(lang, errorKey, format));
        };
    }

    /** A share as 0.1 or 10%. */
    static double rate(String text, Lang lang) {
        String t = text.trim();
        boolean percent = t.endsWith("%");
        try {
            double value = Double.parseDouble(percent ? t.substring(0, t.length() - 1).trim() : t);
            if (percent) {
                value /= 100;
            }
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(Messages.get(lang, "generate.violations.bad", text));
    }
}

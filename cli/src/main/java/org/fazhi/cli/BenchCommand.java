package org.fazhi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.fazhi.generate.ExportFormat;
import org.fazhi.generate.Generator;
import org.fazhi.generate.Layout;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi bench}: on generated exports (of each size, format and share of violations), measures
 * the floor (a bare streaming parse that does nothing) and a full check, each in its own JVM, and
 * prints wall time, records per second, peak resident memory, the heap a check still holds at its
 * end and the ratio check/floor; with {@code --cold-start}, the start of a small check too.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "性能测量 · Measure check throughput against the parsing floor",
        description = {
            "对同一份模拟台账，分别在独立的 JVM 中测量“下限”（只流式解析表格数据、不做任何处理）与完整检查",
            "（读取、规则评估、生成 JSON 报告），输出耗时、每秒记录数、峰值内存及两者之比；检查另列问题数及结束时仍占用的堆。",
            "On the same generated export, measures in separate JVMs the floor (a bare streaming parse of the sheet",
            "data that does nothing) and a full check (read, evaluate, JSON report into a null stream), and prints",
            "wall time, records/s, peak resident memory and the ratio check/floor; for the check also its findings and",
            "the heap it still holds at its end. With --repeat K, the median of K.",
            "默认测两种台账：生成的台账（10%% 的记录含违规）与问题密集的台账（70%%）。",
            "By default both shapes of export: the generated one (10%% of records with a violation) and a findings-heavy",
            "one (70%%).",
            "--cold-start K：另测 K 次 ./fazhi check samples/kunming-2025 的启动耗时（中位数）；只给 --cold-start 时只测它。",
            "--cold-start K: also times K starts of the launcher checking the bundled sample (the median); given alone,",
            "only the cold start is measured."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    FazhiCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--cases", split = ",", paramLabel = "N", defaultValue = "100000",
            description = "案件数，可逗号分隔多个规模（默认 100000）Case counts, comma-separated (default 100000)")
    List<Integer> sizes = new ArrayList<>();

    @Option(names = "--format", split = ",", paramLabel = "xlsx|csv", defaultValue = "xlsx,csv",
            description = "输入格式（默认 xlsx,csv）Input formats (default xlsx,csv)")
    List<String> formats = new ArrayList<>();

    @Option(names = "--repeat", paramLabel = "K", defaultValue = "3",
            description = "每项测量次数，取中位数（默认 3）Runs per measurement, the median is shown (default 3)")
    int repeat;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "模拟台账存放目录，已生成的文件会复用（默认临时目录下 fazhi-bench）"
                    + "Where generated exports go and are reused (default: fazhi-bench in the temporary directory)")
    Path dir;

    @Option(names = "--xmx", paramLabel = "SIZE",
            description = "测量进程的最大堆，如 512m（默认按文件大小，与 ./fazhi 检查该文件时相同）Max heap of the measuring JVMs, e.g. 512m (default: by file size, as ./fazhi gives a check of that file)")
    String xmx;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "生成种子 Generator seed (default 1)")
    long seed;

    @Option(names = "--violations", split = ",", paramLabel = "RATE",
            defaultValue = GenerateCommand.DEFAULT_VIOLATIONS + "," + HEAVY,
            description = "含已知违规的记录比例，可逗号分隔多个，如 0.1、10%% 或 0（默认 0.1,0.7：生成的台账与问题密集的台账）"
                    + "Shares of records with a planted violation, comma-separated, e.g. 0.1, 10%% or 0 "
                    + "(default 0.1,0.7: the generated export and a findings-heavy one)")
    List<String> violations = new ArrayList<>();

    @Option(names = "--layout", paramLabel = "tidy|messy", defaultValue = "tidy",
            description = "模拟台账的版式，同 fazhi generate --layout（默认 tidy）The exports' layout, as fazhi generate "
                    + "--layout writes it (default tidy)")
    String layout;

    @Option(names = "--cold-start", paramLabel = "K",
            description = "另测 K 次冷启动（每次一个新的 JVM，经 bin/fazhi 检查 --cold-input），取中位数 "
                    + "Also time K cold starts (each a new JVM, through bin/fazhi, checking --cold-input), the median")
    Integer coldStarts;

    @Option(names = "--cold-input", paramLabel = "PATH", defaultValue = "samples/kunming-2025",
            description = "冷启动检查的输入（默认 samples/kunming-2025）The input of the cold-start check "
                    + "(default samples/kunming-2025)")
    Path coldInput;

    @Option(names = "--json", description = "输出 JSON Machine-readable output")
    boolean json;

    /** The share of records with a violation in the findings-heavy shape of export. */
    static final String HEAVY = "0.7";

    /**
     * One measured pair: floor and check on one export. A check that failed (out of memory, say)
     * has its reason in {@code failure} and no check measure; the other rows are still measured.
     */
    record Row(int cases, String format, String layout, double violations, long records, Measure floor, Measure check,
               double ratio, String failure) {
    }

    /** A child JVM that did not print its measurement. */
    static final class ChildFailure extends Exception {
        ChildFailure(String message) {
            super(message);
        }
    }

    /**
     * The median of K runs of one measurement. A check also has its findings and the heap it
     * still held after a full collection at its end; -1 means not measured (a floor, or unknown).
     */
    record Measure(double seconds, double cpuSeconds, long recordsPerSecond, long peakMb, long findings,
                   long liveMb) {
    }

    /** One run's result, as the child printed it; -1 where it printed nothing. */
    record Run(long records, long nanos, long cpuNanos, long hwmKb, long findings, long liveKb) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Lang lang = parent.lang;
        List<Double> rates = new ArrayList<>();
        for (String rate : violations) {
            if (!rate.isBlank()) {
                rates.add(GenerateCommand.rate(rate, lang));
            }
        }
        GenerateCommand.layout(layout, lang);
        List<Boolean> csvFlags = new ArrayList<>();
        for (String format : formats) {
            if (!format.isBlank()) {
                csvFlags.add(GenerateCommand.isCsv(format, lang, "bench.format.bad"));
            }
        }
        for (int size : sizes) {
            if (size < 1) {
                throw new UserError(Messages.get(lang, "bench.size.bad", String.valueOf(size)));
            }
        }
        if (coldStarts != null && coldStarts < 1) {
            throw new UserError(Messages.get(lang, "bench.cold.bad", String.valueOf(coldStarts)));
        }
        // --cold-start alone measures only the start; with --cases or --format, both
        boolean throughput = coldStarts == null || spec.commandLine().getParseResult().hasMatchedOption("--cases")
                || spec.commandLine().getParseResult().hasMatchedOption("--format");
        List<Row> rows = new ArrayList<>();
        if (throughput) {
            Path where = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "fazhi-bench");
            Files.createDirectories(where);
            for (int size : sizes) {
                for (boolean csv : csvFlags) {
                    for (double rate : rates) {
                        rows.add(row(export(where, size, rate, csv, lang), size, csv, rate, lang));
                    }
                }
            }
        }
        ColdStart.Result cold = coldStarts == null ? null : new ColdStart(lang).measure(coldStarts, coldInput);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("jvm", jvmOptions());
            out.put("results", rows);
            if (cold != null) {
                out.put("coldStart", cold);
            }
            parent.io.out().write(mapper.writeValueAsBytes(out));
            parent.io.out().write('\n');
        } else {
            parent.io.out().write(((throughput ? table(rows) : "") + (cold == null ? "" : coldTable(cold)))
                    .getBytes(StandardCharsets.UTF_8));
        }
        parent.io.out().flush();
        return ExitCode.PASSED;
    }

    /** The floor and the check on one export, K times each, alternating. */
    private Row row(Path input, int size, boolean csv, double rate, Lang lang)
            throws IOException, InterruptedException {
        String format = csv ? "csv" : "xlsx";
        List<Run> floors = new ArrayList<>();
        List<Run> checks = new ArrayList<>();
        try {
            for (int k = 0; k < Math.max(1, repeat); k++) {
                floors.add(child("floor", format, input, lang));
                checks.add(child("check", format, input, lang));
            }
        } catch (ChildFailure e) {
            if (floors.size() == checks.size()) {
                // the floor itself failed: nothing about this export can be measured
                throw new UserError(e.getMessage());
            }
            long records = floors.get(0).records();
            return new Row(size, format, layout, rate, records, median(floors, records), null, 0, e.getMessage());
        }
        // the check counts records as the reader does, whatever rows around them the layout adds
        long records = checks.get(0).records();
        return new Row(size, format, layout, rate, records, median(floors, records), median(checks, records),
                round(pairedRatio(floors, checks), 2), null);
    }

    /** The generated export for one size, violation rate and format, made once and reused. */
    private Path export(Path where, int cases, double rate, boolean csv, Lang lang) {
        Layout chosen = GenerateCommand.layout(layout, lang);
        String name = exportName(cases, seed, rate, chosen, csv);
        Path target = where.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        parent.io.err().println(Messages.get(lang, "bench.generating", target));
        parent.io.err().flush();
        Path partial = where.resolve(name + ".partial-" + ProcessHandle.current().pid());
        GenerateCommand.write(new Generator(cases, seed, rate), partial, csv ? ExportFormat.CSV : ExportFormat.XLSX,
                chosen, lang);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw WriteFailure.of(lang, "generate.write", target, e);
        }
        return target;
    }

    /**
     * {@code fazhi-bench-100000-seed1.xlsx}; a rate other than the default and a layout other than
     * tidy are named too: {@code …-seed1-v0.7-messy.xlsx}.
     */
    static String exportName(int cases, long seed, double rate, Layout layout, boolean csv) {
        String spelled = spelled(rate);
        String stem = "fazhi-bench-" + cases + "-seed" + seed
                + (spelled.equals(GenerateCommand.DEFAULT_VIOLATIONS) ? "" : "-v" + spelled)
                + (layout == Layout.TIDY ? "" : "-" + layout.name().toLowerCase(Locale.ROOT));
        return stem + (csv ? "-csv" : ".xlsx");
    }

    private Run child(String mode, String format, Path input, Lang lang)
            throws IOException, InterruptedException, ChildFailure {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(JvmPolicy.options(input, xmx != null));
        command.addAll(jvmOptions());
        command.add("-cp");
        command.add(ManagementFactory.getRuntimeMXBean().getClassPath());
        command.add(BenchChild.class.getName());
        command.add(mode);
        command.add(format);
        command.add(input.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int code = process.waitFor();
        for (String line : output.split("\n")) {
            if (code == 0 && line.startsWith(BenchChild.PREFIX)) {
                Map<String, Long> values = new LinkedHashMap<>();
                for (String pair : line.substring(BenchChild.PREFIX.length()).trim().split(" ")) {
                    int eq = pair.indexOf('=');
                    values.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
                }
                return new Run(values.get("records"), values.get("nanos"), values.get("cpuNanos"),
                        values.get("hwmKb"), values.getOrDefault("findings", -1L), values.getOrDefault("liveKb", -1L));
            }
        }
        String tail = output.length() > 2000 ? output.substring(output.length() - 2000) : output;
        throw new ChildFailure(Messages.get(lang, "bench.child.failed", mode + " " + format + " " + input.getFileName(),
                code, tail.strip()));
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The options of the measuring JVMs besides {@link JvmPolicy}'s for the measured file (which
     * come first, so that these win): this JVM's stack size and RAM share, and --xmx when given.
     * The collector is the policy's alone: a JVM refuses two.
     */
    List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xss") || arg.startsWith("-XX:MaxRAMPercentage")) {
                options.add(arg);
            }
        }
        if (xmx != null) {
            options.add("-Xmx" + xmx.trim());
        }
        String log = System.getProperty("fazhi.log");
        if (log != null && !log.isEmpty()) {
            options.add("-Dfazhi.log=" + log);
        }
        return options;
    }

    /** The median of the runs, their records per second counted over {@code records}. */
    static Measure median(List<Run> runs, long records) {
        long[] peaks = runs.stream().mapToLong(Run::hwmKb).sorted().toArray();
        double seconds = middle(runs.stream().mapToDouble(run -> run.nanos() / 1e9).toArray());
        boolean cpuKnown = runs.stream().allMatch(run -> run.cpuNanos() >= 0);
        double cpu = cpuKnown ? middle(runs.stream().mapToDouble(run -> run.cpuNanos() / 1e9).toArray()) : -1;
        long peak = peaks[(peaks.length - 1) / 2];
        long[] lives = runs.stream().mapToLong(Run::liveKb).sorted().toArray();
        long live = lives[0] < 0 ? -1 : lives[(lives.length - 1) / 2];
        return new Measure(round(seconds, 2), cpu < 0 ? -1 : round(cpu, 1),
                seconds > 0 ? Math.round(records / seconds) : 0, peak < 0 ? -1 : Math.round(peak / 1024.0),
                runs.get(0).findings(), live < 0 ? -1 : Math.round(live / 1024.0));
    }

    /**
     * The median of the ratios of each check to the floor run just before it. The machine's speed
     * drifts while a bench runs; a floor and the check right after it see the same machine, so
     * their ratio drifts far less than a ratio of two medians taken minutes apart.
     */
    static double pairedRatio(List<Run> floors, List<Run> checks) {
        double[] ratios = new double[Math.min(floors.size(), checks.size())];
        for (int k = 0; k < ratios.length; k++) {
            long floor = floors.get(k).nanos();
            ratios[k] = floor > 0 ? (double) checks.get(k).nanos() / floor : 0;
        }
        return middle(ratios);
    }

    /** The middle value; the mean of the two middle ones for an even count. */
    static double middle(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        String format = "%-9s %-5s %-5s %5s %9s | %8s %6s %11s %8s | %8s %6s %11s %8s %7s %8s | %6s%n";
        out.append(String.format(Locale.ROOT, format, "cases", "fmt", "shape", "viol.", "records", "floor s", "CPU s",
                "floor rec/s", "floor MB", "check s", "CPU s", "check rec/s", "check MB", "live MB", "findings",
                "ratio"));
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            Measure check = row.check() != null ? row.check() : new Measure(-1, -1, -1, -1, -1, -1);
            out.append(String.format(Locale.ROOT, format, row.cases(), row.format(), row.layout(),
                    spelled(row.violations()), row.records(),
                    String.format(Locale.ROOT, "%.2f", row.floor().seconds()), cpu(row.floor().cpuSeconds()),
                    row.floor().recordsPerSecond(), measured(row.floor().peakMb()),
                    check.seconds() < 0 ? "-" : String.format(Locale.ROOT, "%.2f", check.seconds()),
                    cpu(check.cpuSeconds()), measured(check.recordsPerSecond()), measured(check.peakMb()),
                    measured(check.liveMb()), measured(check.findings()),
                    row.failure() != null ? "failed" : String.format(Locale.ROOT, "%.1f×", row.ratio())));
            if (row.failure() != null) {
                failures.add(row.failure());
            }
        }
        out.append("floor = bare streaming parse (xlsx: zip + Aalto StAX; csv: Jackson CSV); check = read + rules + JSON report;")
                .append(" shape = the exports' layout; viol. = share of records with a planted violation;")
                .append(" CPU s = CPU time of the measuring JVM during the work, every thread (JIT and GC included);")
                .append(" MB = peak RSS (VmHWM) of the measuring JVM; live MB = heap still in use after a full collection")
                .append(" at the end of the check, its report held; ratio = check s / floor s, the median over")
                .append(" the runs of each check against the floor run just before it")
                .append(System.lineSeparator());
        for (String failure : failures) {
            out.append(failure).append(System.lineSeparator());
        }
        return out.toString();
    }

    static String coldTable(ColdStart.Result cold) {
        return String.format(Locale.ROOT, "cold start: %.3f s median wall, %s s CPU, of %d runs of %s%n",
                cold.seconds(), cold.cpuSeconds() < 0 ? "-" : String.format(Locale.ROOT, "%.3f", cold.cpuSeconds()),
                cold.runs(), String.join(" ", cold.command()));
    }

    private static String cpu(double cpuSeconds) {
        return cpuSeconds < 0 ? "-" : String.format(Locale.ROOT, "%.1f", cpuSeconds);
    }

    /** A rate as plainly as it can be written: 0.1, 0.05, 0. */
    private static String spelled(double rate) {
        return BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString();
    }

    /** A measured count, or - when it was not measured. */
    private static String measured(long value) {
        return value < 0 ? "-" : String.valueOf(value);
    }
}

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
import org.fazhi.generate.Generator;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code fazhi bench}: on one generated export, measures the floor (a bare streaming parse that does
 * nothing) and a full check, each in its own JVM, and prints wall time, records per second, peak
 * resident memory and the ratio check/floor.
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
            "the heap it still holds at its end. With --repeat K, the median of K."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    FazhiCommand parent;

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

    @Option(names = "--violations", paramLabel = "RATE", defaultValue = GenerateCommand.DEFAULT_VIOLATIONS,
            description = "含已知违规的记录比例，如 0.1、10%% 或 0（默认 0.1）Share of records with a planted violation, "
                    + "e.g. 0.1, 10%% or 0 (default 0.1)")
    String violations;

    @Option(names = "--json", description = "输出 JSON Machine-readable output")
    boolean json;

    /** One measured pair: floor and check on one export. */
    record Row(int cases, String format, double violations, long records, Measure floor, Measure check, double ratio) {
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
        double rate = GenerateCommand.rate(violations, lang);
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
        Path where = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "fazhi-bench");
        Files.createDirectories(where);
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            for (boolean csv : csvFlags) {
                Path input = export(where, size, rate, csv, lang);
                String format = csv ? "csv" : "xlsx";
                List<Run> floors = new ArrayList<>();
                List<Run> checks = new ArrayList<>();
                for (int k = 0; k < Math.max(1, repeat); k++) {
                    floors.add(child("floor", format, input, lang));
                    checks.add(child("check", format, input, lang));
                }
                rows.add(new Row(size, format, rate, checks.get(0).records(), median(floors), median(checks),
                        round(pairedRatio(floors, checks), 2)));
            }
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("jvm", jvmOptions());
            out.put("results", rows);
            parent.io.out().write(mapper.writeValueAsBytes(out));
            parent.io.out().write('\n');
        } else {
            parent.io.out().write(table(rows).getBytes(StandardCharsets.UTF_8));
        }
        parent.io.out().flush();
        return ExitCode.PASSED;
    }

    /** The generated export for one size, violation rate and format, made once and reused. */
    private Path export(Path where, int cases, double rate, boolean csv, Lang lang) {
        String name = exportName(cases, seed, rate, csv);
        Path target = where.resolve(name);
        if (Files.exists(target)) {
            return target;
        }
        parent.io.err().println(Messages.get(lang, "bench.generating", target));
        parent.io.err().flush();
        Path partial = where.resolve(name + ".partial-" + ProcessHandle.current().pid());
        GenerateCommand.write(new Generator(cases, seed, rate), partial, csv, lang);
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(Messages.get(lang, "generate.write", target, e.getClass().getSimpleName()), e);
        }
        return target;
    }

    /** {@code fazhi-bench-100000-seed1.xlsx}; a rate other than the default is named too: {@code …-seed1-v0.xlsx}. */
    static String exportName(int cases, long seed, double rate, boolean csv) {
        String spelled = spelled(rate);
        String stem = "fazhi-bench-" + cases + "-seed" + seed
                + (spelled.equals(GenerateCommand.DEFAULT_VIOLATIONS) ? "" : "-v" + spelled);
        return stem + (csv ? "-csv" : ".xlsx");
    }

    private Run child(String mode, String format, Path input, Lang lang) throws IOException, InterruptedException {
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
        throw new UserError(Messages.get(lang, "bench.child.failed", mode + " " + format, code, tail.strip()));
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

    static Measure median(List<Run> runs) {
        long[] peaks = runs.stream().mapToLong(Run::hwmKb).sorted().toArray();
        long records = runs.get(0).records();
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
        String format = "%-9s %-5s %5s %9s | %8s %6s %11s %8s | %8s %6s %11s %8s %7s %8s | %6s%n";
        out.append(String.format(Locale.ROOT, format, "cases", "fmt", "viol.", "records", "floor s", "CPU s",
                "floor rec/s", "floor MB", "check s", "CPU s", "check rec/s", "check MB", "live MB", "findings",
                "ratio"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, format, row.cases(), row.format(),
                    spelled(row.violations()), row.records(),
                    String.format(Locale.ROOT, "%.2f", row.floor().seconds()), cpu(row.floor().cpuSeconds()),
                    row.floor().recordsPerSecond(), measured(row.floor().peakMb()),
                    String.format(Locale.ROOT, "%.2f", row.check().seconds()), cpu(row.check().cpuSeconds()),
                    row.check().recordsPerSecond(), measured(row.check().peakMb()), measured(row.check().liveMb()),
                    measured(row.check().findings()), String.format(Locale.ROOT, "%.1f×", row.ratio())));
        }
        out.append("floor = bare streaming parse (xlsx: zip + Aalto StAX; csv: Jackson CSV); check = read + rules + JSON report;")
                .append(" CPU s = CPU time of the measuring JVM during the work, every thread (JIT and GC included);")
                .append(" MB = peak RSS (VmHWM) of the measuring JVM; live MB = heap still in use after a full collection")
                .append(" at the end of the check, its report held; ratio = check s / floor s, the median over")
                .append(" the runs of each check against the floor run just before it")
                .append(System.lineSeparator());
        return out.toString();
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

package org.fazhi.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.fazhi.cli.UsageProblem;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.report.FailOn;
import org.fazhi.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.fazhi.spark.FazhiSparkJob fazhi-spark-<version>.jar INPUT… -o DIR}:
 * the checks of {@code fazhi check} on Spark, with the same options for what is checked and how.
 * Exit codes as {@code fazhi check}'s: 0 passed, 1 findings at or above {@code --fail-on}, 2 the
 * run could not be made (bad option or input, said in the user's language).
 */
@Command(name = "fazhi-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "在 Spark 上运行 fazhi check 的检查 The checks of fazhi check, on Apache Spark")
public final class FazhiSparkJob implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "INPUT",
            description = "台账文件或目录，每个执行器都能以同一路径读到 Export files or directories, at the same path on every executor")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--table", paramLabel = "TYPE=PATH",
            description = "一种记录的表（Parquet 或 JSON 行，列名为字段键），可重复 A table of one record type "
                    + "(Parquet or JSON lines, columns named by field key), repeatable: case=/data/cases.parquet")
    List<String> tables = new ArrayList<>();

    @Option(names = "--table-format", paramLabel = "FORMAT",
            description = "--table 的格式：parquet、json（默认按扩展名：.json/.jsonl/.ndjson 为 json，其余 parquet）"
                    + " The format of --table sources: parquet, json (default: json for .json/.jsonl/.ndjson, else parquet)")
    String tableFormat;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "数据库地址 The database of --jdbc-table (JDBC URL)")
    String jdbcUrl;

    @Option(names = "--jdbc-table", paramLabel = "TYPE=TABLE",
            description = "一种记录的数据库表，可重复；密码取自环境变量 FAZHI_JDBC_PASSWORD A database table of one "
                    + "record type, repeatable; the password from FAZHI_JDBC_PASSWORD")
    List<String> jdbcTables = new ArrayList<>();

    @Option(names = "--jdbc-partitions", paramLabel = "TYPE=COLUMN:N",
            description = "按此整数列把该类记录的数据库表分成 N 段并行读取，可重复 Read this type's database tables "
                    + "in N ranges of an integer column, in parallel; repeatable: case=id:16")
    List<String> jdbcPartitions = new ArrayList<>();

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "数据库用户 The database user")
    String jdbcUser;

    @Option(names = "--row-key", paramLabel = "TYPE=COLUMN",
            description = "按此整数列给该类记录的表行编号（默认按记录编号排序）Number the rows of this type's tables "
                    + "by an integer column (default: in the order of the record IDs)")
    List<String> rowKeys = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "结果目录（任何 Spark 能写的文件系统）Output directory, on any file system Spark writes to")
    String output;

    @Option(names = "--as-of", paramLabel = "DATE", description = "检查日期（默认今天）The date the check is made on (default: today)")
    String asOf;

    @Option(names = "--params", paramLabel = "FILE", description = "规则参数覆盖 Rule parameter overrides (YAML/JSON)")
    String params;

    @Option(names = "--mapping", paramLabel = "FILE", description = "表头/取值映射文件 Header and value mapping (YAML/JSON)")
    String mapping;

    @Option(names = "--calendar", paramLabel = "FILE", description = "增补或覆盖的工作日历 Holidays and adjusted working days (YAML/JSON)")
    String calendar;

    @Option(names = "--rules", paramLabel = "DIR", description = "规则包目录，可重复 Rule pack, repeatable")
    List<String> rules = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "只运行这些规则 Run only these rules: IDs or prefixes")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", split = ",", paramLabel = "ID", description = "跳过这些规则 Skip these rules: IDs or prefixes")
    List<String> skip = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "达到此级别的问题使退出码为 1 Findings at or above this level exit 1: error, warning, info, never")
    FailOn failOn;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "消息语言 Language of messages")
    String lang;

    /** The environment variable the database password is taken from, never the command line. */
    static final String PASSWORD = "FAZHI_JDBC_PASSWORD";

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the job on the command line's options; the exit code. */
    static int run(String... args) {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Lang messages = langOf(args);
        CommandLine command = new CommandLine(new FazhiSparkJob())
                .setParameterExceptionHandler((ex, given) -> {
                    err.println(Messages.get(messages, "spark.usage", UsageProblem.describe(ex, messages)));
                    String suggestions = UsageProblem.suggestions(ex, messages);
                    if (!suggestions.isEmpty()) {
                        err.println(suggestions);
                    }
                    return 2;
                })
                .setExecutionExceptionHandler((ex, cmd, parsed) -> {
                    String why = ex instanceof InputException e ? e.message(messages)
                            : ex instanceof InputFailure f ? f.message(messages) : null;
                    if (why == null) {
                        throw ex;
                    }
                    err.println(Messages.get(messages, "spark.cannotRun", why));
                    return 2;
                });
        command.setCaseInsensitiveEnumValuesAllowed(true).setErr(err);
        return command.execute(args);
    }

    @Override
    public Integer call() throws InputException, IOException {
        TableOptions tableOptions = TableOptions.of(tables, tableFormat, jdbcTables, jdbcPartitions, rowKeys,
                new TableSource.Jdbc(jdbcUrl, jdbcUser, System.getenv(PASSWORD)));
        if (inputs.isEmpty() && tableOptions.tables().isEmpty()) {
            throw new InputException("spark.noInput");
        }
        SparkSession spark = SparkSession.builder().appName("fazhi").getOrCreate();
        Report report = check(spark, settings(), tableOptions, output);
        Lang language = lang(lang);
        int records = report.summary().records().values().stream().mapToInt(Integer::intValue).sum();
        int findings = report.summary().findings().values().stream().mapToInt(Integer::intValue).sum();
        System.out.println(Messages.get(language, "spark.done", records, findings,
                report.summary().gate().counted(), output));
        return report.summary().gate().passed() ? 0 : 1;
    }

    /**
     * Checks on an existing session and writes the output; the report, whose findings are not in
     * it but in the output's files.
     */
    static Report check(SparkSession spark, JobSettings settings, String output) throws InputException, IOException {
        return check(spark, settings, TableOptions.none(), output);
    }

    /** As {@link #check(SparkSession, JobSettings, String)}, with tables besides the files. */
    static Report check(SparkSession spark, JobSettings settings, TableOptions tables, String output)
            throws InputException, IOException {
        try (FindingsOutput out = new FindingsOutput(spark, output)) {
            Report report = new SparkCheck(spark, settings, tables).run(out);
            out.finish(report);
            return report;
        }
    }

    JobSettings settings() {
        return new JobSettings(inputs, asOf, params, mapping, rules, calendar, only, skip, failOn.name());
    }

    /** The language of messages, found before the command line is parsed (its errors are messages too). */
    private static Lang langOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return lang(value);
            }
        }
        return Lang.ZH;
    }

    private static Lang lang(String value) {
        return value.trim().equalsIgnoreCase("en") ? Lang.EN : Lang.ZH;
    }
}

package org.fazhi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.check.CheckRequest;
import org.fazhi.check.Checker;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.generate.ExportFormat;
import org.fazhi.generate.Generator;
import org.fazhi.generate.Layout;
import org.fazhi.i18n.Lang;
import org.fazhi.render.JsonRenderer;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on Spark in local mode gives the findings and summary {@code fazhi check} gives on the
 * same files, whichever task each record lands in.
 */
class SparkJobTest {
    private static final String AS_OF = "2025-12-31";
    private static SparkSession spark;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    @Test
    void generatedExportAsCsvGivesTheFindingsOfCheck() throws Exception {
        Path export = work.resolve("export");
        new Generator(1_000, 16, 0.2).writeCsv(export);
        Path output = work.resolve("out");

        Report onSpark = FazhiSparkJob.check(spark, settings(export), output.toString());
        Report byCheck = check(export);

        assertSameFindings(output, byCheck);
        assertThat(byCheck.summary().byRule()).as("the run exercises the rules that need all records")
                .containsKeys("ENF-020", "INS-001");
        assertThat(onSpark.summary()).isEqualTo(byCheck.summary());
        assertThat(onSpark.indicators()).isEqualTo(byCheck.indicators());
        assertThat(onSpark.inputs()).isEqualTo(byCheck.inputs());
        assertThat(onSpark.findings()).as("the driver holds none").isEmpty();

        Dataset<Row> table = spark.read().parquet(output.resolve(FindingsOutput.TABLE).toString());
        assertThat(table.count()).isEqualTo(byCheck.findings().size());
        assertThat(table.schema().fieldNames()).containsExactly(FindingsOutput.SCHEMA.fieldNames());
        assertThat(table.where("ruleId = 'ENF-020'").count())
                .isEqualTo(byCheck.summary().byRule().get("ENF-020").longValue());

        String summary = Files.readString(output.resolve(FindingsOutput.SUMMARY));
        assertThat(summary).contains("\"schema\": \"fazhi-report/1\"", "\"indicators\": [", "\"findings\": []");
    }

    @Test
    void aMessyCsvExportInGbkWithTitleAndTotalRowsGivesTheFindingsOfCheck() throws Exception {
        Path export = work.resolve("messy");
        new Generator(600, 9, 0.3).write(export, ExportFormat.CSV, Layout.MESSY);
        Path output = work.resolve("messy-out");

        Report onSpark = FazhiSparkJob.check(spark, settings(export), output.toString());
        Report byCheck = check(export);

        assertSameFindings(output, byCheck);
        assertThat(onSpark.summary()).isEqualTo(byCheck.summary());
        assertThat(onSpark.indicators()).isEqualTo(byCheck.indicators());
        assertThat(onSpark.inputs()).as("the same rows read, and the same title and total rows skipped")
                .isEqualTo(byCheck.inputs());
    }

    @Test
    void anExportReadThroughAMappingFileGivesTheFindingsOfCheck() throws Exception {
        Path export = Path.of("..", "samples", "county-export");
        JobSettings mapped = new JobSettings(List.of(export.toString()), AS_OF, null,
                export.resolve("mapping.yaml").toString(), List.of(), null, List.of(), List.of(), "ERROR");
        Path output = work.resolve("mapped-out");

        Report onSpark = FazhiSparkJob.check(spark, mapped, output.toString());
        Report byCheck = check(mapped, export);

        assertThat(byCheck.summary().records()).as("the English headers were mapped to cases").containsKey("case");
        assertThat(byCheck.findings()).isNotEmpty();
        assertThat(Files.readAllLines(output.resolve(FindingsOutput.LINES), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(jsonLines(byCheck));
        assertThat(onSpark.summary()).isEqualTo(byCheck.summary());
        assertThat(onSpark.indicators()).isEqualTo(byCheck.indicators());
        assertThat(onSpark.inputs()).isEqualTo(byCheck.inputs());
    }

    @Test
    void recordsOfOneGroupAndOneIdentifierInDifferentFilesAreCheckedTogether() throws Exception {
        Path export = work.resolve("split");
        new Generator(300, 5, 0.3).writeCsv(export);
        Path largest = largest(export);
        List<String> rows = Files.readAllLines(largest, StandardCharsets.UTF_8);
        int half = rows.size() / 2;
        List<String> first = new ArrayList<>(rows.subList(0, half));
        List<String> second = new ArrayList<>(rows.subList(0, 1));
        second.addAll(rows.subList(half, rows.size()));
        // the same identifiers again, in the other file: repeats that no one task sees both of
        second.addAll(rows.subList(1, 4));
        Files.write(largest, first, StandardCharsets.UTF_8);
        Files.write(largest.resolveSibling("第二部分.csv"), second, StandardCharsets.UTF_8);

        Path output = work.resolve("split-out");
        Report onSpark = FazhiSparkJob.check(spark, settings(export), output.toString());
        Report byCheck = check(export);

        assertSameFindings(output, byCheck);
        assertThat(byCheck.summary().byRule()).containsKey("DQ-003");
        assertThat(onSpark.summary()).isEqualTo(byCheck.summary());
        assertThat(onSpark.indicators()).isEqualTo(byCheck.indicators());
    }

    @Test
    void anUnreadableOptionIsAnInputErrorBeforeAnyTask() {
        JobSettings bad = new JobSettings(List.of(work.toString()), AS_OF, work.resolve("no-such.yaml").toString(),
                null, List.of(), null, List.of(), List.of(), "ERROR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SparkCheck(spark, bad).run(finding -> { }))
                .isInstanceOfSatisfying(InputFailure.class,
                        failure -> assertThat(failure.message(Lang.ZH)).contains("no-such.yaml"));
    }

    @Test
    void theAsOfDateIsReadAsCheckReadsIt() {
        assertThat(Setup.of(asOf("2025年12月31日")).asOf()).isEqualTo(LocalDate.parse(AS_OF));
        assertThat(Setup.of(asOf("2025/12/31")).asOf()).isEqualTo(LocalDate.parse(AS_OF));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Setup.of(asOf("31/12/2025")))
                .isInstanceOfSatisfying(InputFailure.class,
                        failure -> assertThat(failure.message(Lang.ZH)).contains("检查日期“31/12/2025”不是日期"));
    }

    private JobSettings asOf(String date) {
        return new JobSettings(List.of(work.toString()), date, null, null, List.of(), null, List.of(), List.of(), "ERROR");
    }

    @Test
    void aFileATaskCannotReadIsTheInputErrorCheckGives() throws IOException {
        Path export = Files.createDirectories(work.resolve("broken"));
        Files.writeString(export.resolve("执法人员.csv"), "执法证件号,姓名\nZF-001,\"张三\n", StandardCharsets.UTF_8);
        InputException byCheck = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class,
                () -> check(export));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SparkCheck(spark, settings(export))
                        .run(finding -> { }))
                .isInstanceOfSatisfying(InputFailure.class,
                        failure -> assertThat(failure.message(Lang.ZH)).isEqualTo(byCheck.message(Lang.ZH)));
    }

    /** The job's findings.jsonl holds the findings of check, one JSON line each, in report order. */
    private static void assertSameFindings(Path output, Report byCheck) throws IOException {
        assertThat(byCheck.findings()).hasSizeGreaterThan(100);
        List<String> lines = Files.readAllLines(output.resolve(FindingsOutput.LINES), StandardCharsets.UTF_8);
        List<String> expected = jsonLines(byCheck);
        assertThat(lines).as("as a set").containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lines).as("in report order").containsExactlyElementsOf(expected);
    }

    private static List<String> jsonLines(Report report) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Finding finding : report.findings()) {
            lines.add(JsonRenderer.toJsonLine(finding));
        }
        return lines;
    }

    static JobSettings settings(Path export) {
        return new JobSettings(List.of(export.toString()), AS_OF, null, null, List.of(), null, List.of(), List.of(),
                "ERROR");
    }

    /** {@code fazhi check} on the same files with the same options: the engine's own pipeline. */
    static Report check(Path export) throws InputException {
        return check(settings(export), export);
    }

    private static Report check(JobSettings settings, Path export) throws InputException {
        Setup setup = Setup.of(settings);
        CheckRequest request = setup.request(List.of(export));
        assertThat(request.asOf()).isEqualTo(LocalDate.parse(AS_OF));
        return new Checker(Catalogue.builtIn(), new RuleEngine(List.of(RuleEngine.builtInRules()))).check(request);
    }

    private static Path largest(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.max(Comparator.comparingLong(SparkJobTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

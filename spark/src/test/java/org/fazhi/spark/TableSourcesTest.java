package org.fazhi.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fazhi.generate.Generator;
import org.fazhi.i18n.Lang;
import org.fazhi.model.InputSummary;
import org.fazhi.report.Report;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record types read from tables with canonical columns — Parquet, JSON lines, a database over
 * JDBC — give the findings the same records give as a CSV export, but for how findings name
 * where a record is.
 */
class TableSourcesTest {
    private static final String AS_OF = "2025-12-31";
    private static SparkSession spark;

    @TempDir
    static Path work;
    private static Path export;
    private static ExportTables tables;
    private static Report byCheck;

    @BeforeAll
    static void export() throws Exception {
        spark = LocalSpark.session();
        export = work.resolve("export");
        new Generator(300, 7, 0.3).writeCsv(export);
        tables = new ExportTables(export);
        byCheck = SparkJobTest.check(export);
    }

    @Test
    void parquetAndJsonTablesGiveTheFindingsOfTheCsvExport() throws Exception {
        for (String format : List.of(TableSource.PARQUET, TableSource.JSON)) {
            Map<String, String> names = new LinkedHashMap<>();
            List<TableSource> sources = new ArrayList<>();
            for (String type : tables.types()) {
                String name = work.resolve(format).resolve(type).toString();
                var writer = tables.table(spark, type).write().mode(SaveMode.Overwrite);
                if (format.equals(TableSource.JSON)) {
                    // a column blank in every row stays a column
                    writer.option("ignoreNullFields", "false").json(name);
                } else {
                    writer.parquet(name);
                }
                names.put(type, name);
                sources.add(new TableSource(type, name, format));
            }
            Path output = work.resolve(format + "-out");
            Report onSpark = FazhiSparkJob.check(spark, noFiles(), byLine(sources), output.toString());

            assertThat(spark.read().format(format).load(names.get("case")).schema().fields())
                    .as("typed columns besides text").extracting(field -> field.dataType().typeName())
                    .contains(format.equals(TableSource.JSON) ? "long" : "date", "boolean", "string");
            assertThat(lines(output)).as(format).containsExactlyElementsOf(tables.asTables(byCheck.findings(), names));
            assertThat(onSpark.summary().records()).isEqualTo(byCheck.summary().records());
            assertThat(onSpark.summary().byRule()).isEqualTo(byCheck.summary().byRule());
            assertThat(onSpark.indicators()).isEqualTo(byCheck.indicators());
            assertThat(onSpark.inputs()).extracting(InputSummary::file).containsExactlyElementsOf(names.values());
            assertThat(onSpark.inputs()).allSatisfy(input -> assertThat(input.format()).isEqualTo(format));
        }
    }

    @Test
    void databaseTablesOverJdbcGiveTheFindingsOfTheCsvExport() throws Exception {
        String url = "jdbc:h2:mem:fazhi;DB_CLOSE_DELAY=-1";
        Path two = Files.createDirectories(work.resolve("two-types"));
        Map<String, String> names = new LinkedHashMap<>();
        List<TableSource> sources = new ArrayList<>();
        for (String type : List.of("case", "officer")) {
            String table = type.toUpperCase(java.util.Locale.ROOT) + "_RECORDS";
            tables.table(spark, type).write().mode(SaveMode.Overwrite).jdbc(url, table, new Properties());
            names.put(type, table);
            sources.add(new TableSource(type, table, TableSource.JDBC));
        }
        try (var files = Files.list(export)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().matches("(行政处罚案件|执法人员)\\.csv")) {
                    Files.copy(file, two.resolve(file.getFileName()));
                }
            }
        }
        Report expected = SparkJobTest.check(two);
        ExportTables twoTables = new ExportTables(two);
        Path output = work.resolve("jdbc-out");

        TableSource.Jdbc database = new TableSource.Jdbc(url, null, null);
        FazhiSparkJob.check(spark, noFiles(), new TableOptions(sources, rowKeys(sources), database),
                output.toString());

        assertThat(expected.summary().byRule()).containsKeys("ENF-008");
        assertThat(lines(output)).containsExactlyElementsOf(twoTables.asTables(expected.findings(), names));

        // --jdbc-partitions: read in ranges of the line column, by several tasks; the same findings
        List<String> jdbcTables = sources.stream().map(source -> source.type() + "=" + source.name()).toList();
        TableOptions split = TableOptions.of(List.of(), null, jdbcTables,
                List.of("case=" + ExportTables.LINE + ":3", "执法人员=" + ExportTables.LINE + ":2"),
                List.of("case=" + ExportTables.LINE, "officer=" + ExportTables.LINE), database);
        assertThat(split.tables()).extracting(source -> source.load(spark, database).rdd().getNumPartitions())
                .containsExactly(3, 2);
        Path splitOutput = work.resolve("jdbc-split-out");
        FazhiSparkJob.check(spark, noFiles(), split, splitOutput.toString());
        assertThat(lines(splitOutput)).containsExactlyElementsOf(lines(output));
    }

    @Test
    void aTableSplitInRangesNeedsAnIntegerColumnPartsAndADatabaseTableOfItsType() throws Exception {
        String url = "jdbc:h2:mem:fazhi-split;DB_CLOSE_DELAY=-1";
        TableSource.Jdbc database = new TableSource.Jdbc(url, null, null);
        tables.table(spark, "officer").write().mode(SaveMode.Overwrite).jdbc(url, "OFFICERS", new Properties());
        TableOptions byName = TableOptions.of(List.of(), null, List.of("officer=OFFICERS"),
                List.of("officer=name:4"), List.of(), database);
        assertThatThrownBy(() -> byName.tables().get(0).load(spark, database))
                .isInstanceOfSatisfying(org.fazhi.error.InputException.class, e -> assertThat(e.message(Lang.ZH))
                        .isEqualTo("数据库表 OFFICERS 没有整数列「name」，无法按它分段读取。请检查 --jdbc-partitions 的列名。"));
        for (String value : List.of("officer=" + ExportTables.LINE, "officer=" + ExportTables.LINE + ":1",
                "officer=" + ExportTables.LINE + ":x")) {
            assertThatThrownBy(() -> TableOptions.of(List.of(), null, List.of("officer=OFFICERS"), List.of(value),
                    List.of(), database))
                    .isInstanceOfSatisfying(org.fazhi.error.InputException.class, e -> assertThat(e.message(Lang.EN))
                            .isEqualTo("\"" + value + "\" should read TYPE=COLUMN:N, an integer column and at least 2"
                                    + " parts, e.g. case=id:16."));
        }
        assertThatThrownBy(() -> TableOptions.of(List.of(), null, List.of("officer=OFFICERS"), List.of("case=id:4"),
                List.of(), database))
                .isInstanceOfSatisfying(org.fazhi.error.InputException.class, e -> assertThat(e.message(Lang.ZH))
                        .isEqualTo("「case=id:4」要分段读取的记录类型没有用 --jdbc-table 给出数据库表。"));
    }

    @Test
    void rowsAreNumberedByTheirIdentifiersAndATableIsCheckedAsItsColumnsAllow() throws Exception {
        StructType schema = new StructType().add("officer_id", DataTypes.StringType)
                .add("name", DataTypes.StringType).add("remark", DataTypes.StringType);
        List<Row> rows = List.of(RowFactory.create("ZF-003", "王五", "x"), RowFactory.create("ZF-001", "张三", null),
                RowFactory.create("ZF-002", "李四", null), RowFactory.create("ZF-001", "张三丰", null));
        String name = work.resolve("officers.json").toString();
        spark.createDataFrame(rows, schema).repartition(2).write().mode(SaveMode.Overwrite)
                .option("ignoreNullFields", "false").json(name);
        Path output = work.resolve("officers-out");

        Report report = FazhiSparkJob.check(spark, noFiles(), new TableOptions(
                List.of(TableSource.file("officer=" + name, null)), Map.of(), TableOptions.none().jdbc()),
                output.toString());

        assertThat(report.inputs()).singleElement().satisfies(input -> {
            assertThat(input.rows()).isEqualTo(4);
            assertThat(input.unknownColumns()).containsExactly("remark");
        });
        // ZF-001 张三 (row 1), ZF-001 张三丰 (row 2, the repeat), ZF-002, ZF-003: whatever order the files hold
        assertThat(lines(output)).filteredOn(line -> line.contains("\"DQ-003\"")).singleElement()
                .satisfies(line -> assertThat(line).contains("\"row\":2", name + " 第1行"));
    }

    @Test
    void aTableWithoutARequiredColumnIsOneClearError() {
        StructType schema = new StructType().add("name", DataTypes.StringType);
        String name = work.resolve("nameless.parquet").toString();
        spark.createDataFrame(List.of(RowFactory.create("张三")), schema).write().mode(SaveMode.Overwrite)
                .parquet(name);

        assertThatThrownBy(() -> FazhiSparkJob.check(spark, noFiles(), new TableOptions(
                List.of(TableSource.file("执法人员=" + name, null)), Map.of(), TableOptions.none().jdbc()),
                work.resolve("nameless-out").toString()))
                .isInstanceOfSatisfying(org.fazhi.error.InputException.class, e -> {
                    assertThat(e.message(Lang.ZH)).startsWith("表 " + name + " 缺少必填列：「执法证件号」");
                    assertThat(e.message(Lang.EN)).contains("officer_id");
                });
        assertThat(Files.exists(work.resolve("nameless-out"))).as("nothing written").isFalse();
    }

    @Test
    void tableOptionsNameTheirTypeByKeyOrChineseNameAndTheirFormatByExtension() throws Exception {
        assertThat(TableSource.file("执法人员=/lake/officers.jsonl", null))
                .isEqualTo(new TableSource("officer", "/lake/officers.jsonl", TableSource.JSON));
        assertThat(TableSource.file("case=/lake/case/", null).format()).isEqualTo(TableSource.PARQUET);
        assertThat(TableSource.file("CASE=/lake/case.json", "parquet").format()).isEqualTo(TableSource.PARQUET);
        assertThatThrownBy(() -> TableSource.file("cases=/lake/case", null))
                .isInstanceOfSatisfying(org.fazhi.error.InputException.class, e -> assertThat(e.message(Lang.ZH))
                        .isEqualTo("「cases=/lake/case」中的记录类型「cases」未知。可用的记录类型：decision（重大行政决策）、"
                                + "case（行政处罚案件）、officer（执法人员）、document（行政规范性文件）、inspection（涉企行政检查）、"
                                + "litigation（行政应诉）、reconsideration（行政复议）、suggestion（司法建议、检察建议）、"
                                + "agency（机关年度法治建设台账）。"));
        assertThatThrownBy(() -> TableOptions.of(List.of(), null, List.of(), List.of(), List.of("case"), TableOptions.none().jdbc()))
                .isInstanceOfSatisfying(org.fazhi.error.InputException.class, e -> assertThat(e.message(Lang.EN))
                        .isEqualTo("\"case\" should read TYPE=VALUE, e.g. case=/data/cases.parquet or case=id."));
    }

    private static TableOptions byLine(List<TableSource> sources) {
        return new TableOptions(sources, rowKeys(sources), TableOptions.none().jdbc());
    }

    private static Map<String, String> rowKeys(List<TableSource> sources) {
        Map<String, String> keys = new LinkedHashMap<>();
        sources.forEach(source -> keys.put(source.type(), ExportTables.LINE));
        return keys;
    }

    private static JobSettings noFiles() {
        return new JobSettings(List.of(), AS_OF, null, null, List.of(), null, List.of(), List.of(), "ERROR");
    }

    private static List<String> lines(Path output) throws IOException {
        return Files.readAllLines(output.resolve(FindingsOutput.LINES), StandardCharsets.UTF_8);
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    /** The bundled sample: the working directory of the cli module's tests is cli/. */
    static final Path SAMPLE = Path.of("..", "samples", "kunming-2025");
    static final String AS_OF = "2025-12-31";

    static final String INSPECTION_HEADER =
            "检查编号,检查机关,统一社会信用代码,企业名称,检查日期,检查方式,检查依据,检查审批日期,检查人员证件号,检查依据类型\n";
    static final String CLEAN_INSPECTION = "JC-001,昆明市应急管理局,91530100MA6K000001,昆明某化工有限公司,2025-05-06,双随机,"
            + "安全生产法第六十五条,2025-05-06,53010001、53010002,法律\n";

    @TempDir
    Path dir;

    private Path clean() throws IOException {
        return write("inspections.csv", INSPECTION_HEADER + CLEAN_INSPECTION);
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    // ---- exit 0

    @Test
    void rulesLeftOutByOnlyAreReportedAsNotRunInJsonAndJunit() throws Exception {
        Cli.Result json = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--only", "ENF-019", "--format", "json");
        JsonNode skipped = new ObjectMapper().readTree(json.out()).get("summary").get("skippedRules");
        List<String> notRun = new java.util.ArrayList<>();
        skipped.forEach(group -> group.get("rules").forEach(id -> notRun.add(id.asText())));
        assertThat(notRun).contains("ENF-001", "DQ-001", "AGY-001").doesNotContain("ENF-019");

        Cli.Result junit = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--only", "ENF-019", "--format", "junit");
        String xml = junit.out();
        assertThat(xml).containsPattern("name=\"ENF-001 [^\"]*\">\\s*<skipped message=\"[^\"]+\"");
        assertThat(xml).doesNotContainPattern("name=\"ENF-019 [^\"]*\">\\s*<skipped");
    }

    @Test
    void aFileNamedOnItsOwnThatHoldsNoRecognisedTableEndsTheRunNamingIt() throws Exception {
        Path officers = Files.writeString(dir.resolve("执法人员.csv"), "执法证件号,姓名,所属机关\nZF-1,张三,某局\n");
        Path cases = Files.writeString(dir.resolve("penalties.csv"), "Case No.,Authority,Filed On\nA-1,Bureau,2025-01-02\n");
        Cli.Result result = cli().run("check", officers.toString(), cases.toString(), "--as-of", AS_OF);
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("penalties.csv", "无法识别", "--mapping").doesNotContain("read.ignored");
        assertThat(result.out()).doesNotContain("通过");

        Path export = Files.createDirectories(dir.resolve("export"));
        Files.copy(officers, export.resolve("执法人员.csv"));
        Files.writeString(export.resolve("readme.txt"), "请于月底前报送\n");
        assertThat(cli().run("check", export.toString(), "--as-of", AS_OF).code())
                .as("inside a directory an unrecognised file is listed and passed over").isZero();
    }

    @Test
    void cleanRecordsPass() throws IOException {
        Cli.Result result = cli().run("check", clean().toString(), "--as-of", AS_OF);
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("涉企行政检查：1 行", "未发现问题", "结论：通过");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void failOnNeverAlwaysPasses() {
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--fail-on", "never");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("结论：不设门槛").doesNotContain("--fail-on");
    }

    @Test
    void findingsAlreadyInTheBaselineDoNotCount() throws IOException {
        Path earlier = dir.resolve("earlier.json");
        assertThat(cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--format", "json", "-o",
                earlier.toString()).code()).isEqualTo(1);
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--baseline", earlier.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("基线中已有");
    }

    @Test
    void againstABaselineOnlyTheOneNewViolationCountsWhateverTheRowOrder() throws IOException {
        String a = "JC-A,昆明市应急管理局,91530100MA6K000001,甲公司,2025-05-06,双随机,昆应急发〔2024〕1号,"
                + "2025-05-06,53010001、53010002,规范性文件\n";
        String b = "JC-B,昆明市应急管理局,91530100MA6K000002,乙公司,2025-05-07,双随机,安全生产法第六十五条,"
                + "2025-05-07,53010001、53010002,法律\n";
        String c = "JC-C,昆明市应急管理局,91530100MA6K000003,丙公司,2025-05-08,双随机,昆应急发〔2024〕1号,"
                + "2025-05-08,53010001、53010002,规范性文件\n";
        Path before = write("inspections.csv", INSPECTION_HEADER + a + b);
        Path baseline = dir.resolve("baseline.json");
        assertThat(cli().run("check", before.toString(), "--as-of", AS_OF, "--format", "json", "-o",
                baseline.toString()).code()).isEqualTo(1);
        assertThat(cli().run("check", before.toString(), "--as-of", AS_OF, "--baseline", baseline.toString())
                .code()).isZero();

        Path after = write("inspections.csv", INSPECTION_HEADER + b + c + a);
        Cli.Result result = cli().run("check", after.toString(), "--as-of", AS_OF, "--baseline",
                baseline.toString(), "--format", "json");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("\"counted\": 1,", "\"baselined\": 1,");
    }

    // ---- exit 1

    @Test
    void theSampleFailsTheGate() {
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF);
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("执法监督台账2025.xlsx", "结论：未通过");
    }

    @Test
    void aRepeatedIdentifierFailsAtError() throws IOException {
        Path file = write("inspections.csv", INSPECTION_HEADER + CLEAN_INSPECTION + CLEAN_INSPECTION);
        Cli.Result result = cli().run("check", file.toString(), "--as-of", AS_OF, "--lang", "en");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("DQ-003", "row 3", "Result: FAILED");
    }

    // ---- exit 2

    @Test
    void aMissingInputCannotRun() {
        Cli.Result result = cli().run("check", dir.resolve("nowhere.xlsx").toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("nowhere.xlsx").doesNotContain("Exception", "\tat ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aRunThatReadsNoRecordCannotRunAndSaysWhatWasReadAndIgnored() throws IOException {
        Path header = write("inspections.csv", INSPECTION_HEADER);
        Path other = write("联系人.csv", "姓名,电话\n张三,123\n");
        Cli.Result result = cli().run("check", header.toString(), other.toString(), "--as-of", AS_OF);
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("没有读到任何记录", "inspections.csv（涉企行政检查，0 条记录）",
                "联系人.csv：", "工作表名称和表头都无法识别").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();

        Cli.Result en = cli().run("check", header.toString(), "--as-of", AS_OF, "--lang", "en");
        assertThat(en.err()).contains("No record was read", "inspections.csv (inspection, 0 records)",
                "--allow-empty");
    }

    @Test
    void allowEmptyLetsAnEmptyRunPass() throws IOException {
        Path header = write("inspections.csv", INSPECTION_HEADER);
        Cli.Result result = cli().run("check", header.toString(), "--as-of", AS_OF, "--allow-empty");
        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void anEmptyDirectoryReadsNoRecordAndAllowEmptyAcceptsIt() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("导出"));
        Cli.Result refused = cli().run("check", drop.toString(), "--as-of", AS_OF);
        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err()).contains("没有读到任何记录", "导出：目录中没有文件", "可允许空运行")
                .doesNotContain("Exception");

        Cli.Result accepted = cli().run("check", drop.toString(), "--as-of", AS_OF, "--allow-empty",
                "--format", "json");
        assertThat(accepted.code()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).contains("\"read.ignored.emptyDirectory\"", "\"counted\": 0");
    }

    @Test
    void anEmptyDirectoryBesideRecordsIsListedAndTheRunGoesOn() throws IOException {
        Path drop = Files.createDirectories(dir.resolve("later"));
        Cli.Result result = cli().run("check", clean().toString(), drop.toString(), "--as-of", AS_OF, "--lang", "en");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("later", "The directory holds no file");
    }

    @Test
    void anUnknownFormatListsTheValidOnes() throws IOException {
        Cli.Result result = cli().run("check", clean().toString(), "--format", "pdf");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("pdf", "console, json");
    }

    @Test
    void oneRunWritesEveryFormatAndTheyAgreeOnTheCounts() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "-o", reports.toString(),
                "--format", "xlsx", "--format", "json", "--format", "junit", "--format", "sarif", "--format", "html");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        String json = Files.readString(reports.resolve("fazhi-report.json"));
        int findings = json.split("\"ruleId\":", -1).length - 1;
        String sarif = Files.readString(reports.resolve("fazhi-report.sarif"));
        assertThat(sarif.split("\"ruleId\" :", -1).length - 1).isEqualTo(findings);
        String junit = Files.readString(reports.resolve("fazhi-report.xml"));
        String counted = json.replaceAll("(?s).*\"counted\": (\\d+).*", "$1");
        assertThat(junit).contains("<testsuites name=\"fazhi\"");
        assertThat(Files.readString(reports.resolve("fazhi-report.html"))).contains("data-rule=");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(reports.resolve("fazhi-report.xlsx")
                .toFile())) {
            assertThat(workbook.getSheet("问题清单").getLastRowNum()).isEqualTo(findings);
        }
        assertThat(Integer.parseInt(counted)).isPositive();
    }

    @Test
    void aBadAsOfDateCannotRun() throws IOException {
        for (String bad : new String[] {"2025-13-01", "2025-02-29", "31/12/2025", "2025-12"}) {
            Cli.Result result = cli().run("check", clean().toString(), "--as-of", bad);
            assertThat(result.code()).as(bad).isEqualTo(2);
            assertThat(result.err()).as(bad).contains("检查日期“" + bad + "”不是日期", "2025年12月31日")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void aMissingSettingsFileIsNamedWithWhatToCheck() throws IOException {
        Path missing = dir.resolve("没有这个文件.yaml");
        for (String option : new String[] {"--mapping", "--params", "--calendar"}) {
            Cli.Result result = cli().run("check", clean().toString(), option, missing.toString());
            assertThat(result.code()).as(option).isEqualTo(2);
            assertThat(result.err()).as(option).contains(missing.toString(), "不存在。请检查 " + option + " 的路径")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void theAsOfDateMayBeWrittenAsARecordsDateIs() throws IOException {
        Path records = clean();
        String iso = cli().run("check", records.toString(), "--as-of", "2025-03-01", "--format", "json").out();
        assertThat(iso).contains("\"asOf\": \"2025-03-01\"");
        for (String spelt : new String[] {"2025/3/1", "2025年3月1日", "20250301", "２０２５－０３－０１"}) {
            assertThat(cli().run("check", records.toString(), "--as-of", spelt, "--format", "json").out())
                    .as(spelt).isEqualTo(iso);
        }
    }

    @Test
    void anUnknownRuleTokenCannotRun() throws IOException {
        Cli.Result result = cli().run("check", clean().toString(), "--only", "DQ,XYZ");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("XYZ", "fazhi rules");
    }

    @Test
    void aParameterScopeNoRecordHasIsANoteAndNamesCompareWidthFolded() throws IOException {
        // the agency written with a trailing ideographic space is the records' agency: no note for it
        Path params = write("scopes.yaml", "byAgency:\n  \"昆明市应急管理局\u3000\": {max_inspections_per_year: 3}\n"
                + "  昆明市不存在局: {max_inspections_per_year: 3}\n");
        Cli.Result result = cli().run("check", clean().toString(), "--params", params.toString(), "--format", "json",
                "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
        com.fasterxml.jackson.databind.JsonNode notes = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(result.out()).get("summary").get("notes");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("text").asText()).contains("昆明市不存在局").doesNotContain("应急管理局");
    }

    @Test
    void aBadParameterFileNamesTheParameter() throws IOException {
        Path params = write("params.yaml", "service_deadline_workdays: 7\nno_such_param: 3\n");
        Cli.Result result = cli().run("check", clean().toString(), "--params", params.toString(), "--lang", "en");
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("params.yaml", "no_such_param", "service_deadline_workdays");
    }

    @Test
    void aMappingWithAnUnknownKeyListsTheValidOnes() throws IOException {
        Path mapping = write("mapping.yaml", "case:\n  columns:\n    \"Case No.\": no_such_key\n");
        Cli.Result result = cli().run("check", clean().toString(), "--mapping", mapping.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("mapping.yaml", "no_such_key", "case_id");
    }

    @Test
    void anIncompleteWaiverNamesWhatIsMissing() throws IOException {
        Path waivers = write("waivers.yaml", "- rule: DQ-003\n  record: JC-001\n  reason: 重复导出\n");
        Cli.Result result = cli().run("check", clean().toString(), "--waivers", waivers.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("waivers.yaml");
    }

    @Test
    void userRulesRunBesideTheBuiltInOnesWithTheirOwnCatalogueEntries() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("user-rules"));
        Files.writeString(rules.resolve("inspections.drl"), """
                package org.fazhi.user;
                import org.fazhi.model.Inspection;
                import org.fazhi.evaluate.HitCollector;
                global HitCollector hits;
                rule "USR-001 inspection by special check"
                when
                    $i : Inspection( method == "专项检查" )
                then
                    hits.add("USR-001", $i);
                end
                """);
        Files.writeString(rules.resolve("inspections.yaml"), """
                - id: USR-001
                  severity: warning
                  recordType: inspection
                  title: {zh: "专项检查需报备", en: "Special checks must be registered"}
                  message: {zh: "检查方式为{method}，请确认已报备", en: "Method {method}: check it was registered"}
                  clause: 二(四)2
                  basis: ""
                  quote: ""
                  fields: [method]
                """);
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--rules", rules.toString(),
                "--format", "json", "--only", "USR");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\"ruleId\": \"USR-001\"").contains("检查方式为专项检查")
                .doesNotContain("\"ruleId\": \"INS-");
    }

    @Test
    void userRulesThatDoNotCompileOrHaveNoEntryCannotRun() throws IOException {
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("bad.drl"), "package x; rule \"USR-9\" when Nonsense( then end");
        Cli.Result result = cli().run("check", clean().toString(), "--rules", broken.toString(), "--lang", "en");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("do not compile").contains("bad.drl");

        Path orphan = Files.createDirectories(dir.resolve("orphan"));
        Files.writeString(orphan.resolve("ok.drl"), """
                package x;
                import org.fazhi.model.Inspection;
                rule "USR-7 anything" when Inspection() then end
                """);
        Cli.Result noEntry = cli().run("check", clean().toString(), "--rules", orphan.toString(), "--lang", "en");
        assertThat(noEntry.code()).as(noEntry.toString()).isEqualTo(2);
        assertThat(noEntry.err()).contains("USR-7");
    }

    @Test
    void aBadCommandLineSaysHowToGetHelp() {
        Cli.Result missing = cli().run("check");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("INPUT", "fazhi check --help");
        Cli.Result badLevel = cli().run("check", "x.csv", "--fail-on", "sometimes");
        assertThat(badLevel.code()).isEqualTo(2);
        assertThat(badLevel.err()).contains("sometimes");
        assertThat(cli().run().code()).isEqualTo(2);
    }

    // ---- exit 3

    @Test
    void anInternalErrorNamesTheLogFile() throws IOException {
        Cli.Result result = cli()
                .runner((request, catalogue, engine) -> {
                    throw new IllegalStateException("something impossible happened");
                })
                .run("check", clean().toString());
        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("something impossible happened", LogFile.path())
                .doesNotContain("\tat ");
        assertThat(Files.readString(Path.of(LogFile.path()), StandardCharsets.UTF_8))
                .contains("something impossible happened", "at org.fazhi.cli");
    }

    @Test
    void runningOutOfMemoryIsALimitToRaiseNotABug() throws IOException {
        List<Throwable> failures = List.of(new IllegalStateException(new OutOfMemoryError("Java heap space")),
                new OutOfMemoryError("Java heap space"));
        for (Throwable failure : failures) {
            Cli.Result result = cli()
                    .runner((request, catalogue, engine) -> {
                        if (failure instanceof Error error) {
                            throw error;
                        }
                        throw (RuntimeException) failure;
                    })
                    .run("check", clean().toString(), "--lang", "en");
            assertThat(result.code()).as(failure.toString()).isEqualTo(2);
            assertThat(result.err()).contains("Out of memory", "FAZHI_JAVA_OPTS=-Xmx2g",
                    (Runtime.getRuntime().maxMemory() >> 20) + " MB").doesNotContain("\tat ", "bug");
        }
    }

    // ---- outputs

    @Test
    void aSingleJsonReportGoesToStandardOutput() throws IOException {
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--format", "json");
        assertThat(result.code()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(result.outBytes());
        assertThat(report.get("schema").asText()).isEqualTo("fazhi-report/1");
        assertThat(report.get("asOf").asText()).isEqualTo(AS_OF);
        assertThat(report.get("findings").size()).isPositive();
        assertThat(report.get("summary").get("gate").get("passed").asBoolean()).isFalse();
    }

    @Test
    void twoRunsWriteTheSameJsonByteForByte() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--format", "json", "-o",
                first.toString()).code()).isEqualTo(1);
        assertThat(cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--format", "json", "-o",
                second.toString()).code()).isEqualTo(1);
        assertThat(Files.readAllBytes(first)).isNotEmpty().isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void severalFormatsGoIntoTheOutputDirectoryAndConsoleStaysOnScreen() throws IOException {
        Path out = Files.createDirectories(dir.resolve("reports"));
        Cli.Result result = cli().run("check", clean().toString(), "--as-of", AS_OF,
                "--format", "console,json", "-o", out.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(out.resolve("fazhi-report.json")).isRegularFile();
        assertThat(result.out()).contains("结论：通过");
        assertThat(result.err()).contains("fazhi-report.json");
    }

    @Test
    void severalFormatsCannotGoIntoOneFile() throws IOException {
        Path file = write("report.json", "{}");
        Cli.Result result = cli().run("check", clean().toString(), "--format", "console", "--format", "json",
                "-o", file.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("report.json");
    }

    @Test
    void consoleIsPlainWhenNotATerminalOrWhenNoColorIsSet() throws IOException {
        String file = clean().toString();
        assertThat(cli().run("check", file, "--as-of", AS_OF).out()).doesNotContain("\u001b[");
        assertThat(cli().terminal(true).run("check", file, "--as-of", AS_OF).out()).contains("\u001b[");
        assertThat(cli().terminal(true).env(Map.of("NO_COLOR", "1")).run("check", file, "--as-of", AS_OF).out())
                .doesNotContain("\u001b[");
        assertThat(cli().terminal(true).run("check", file, "--as-of", AS_OF, "--no-color").out())
                .doesNotContain("\u001b[");
    }

    @Test
    void quietPrintsOnlyTheResultLine() {
        Cli.Result result = cli().run("check", SAMPLE.toString(), "--as-of", AS_OF, "--quiet", "--lang", "en");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out().lines()).hasSize(1).first().asString().startsWith("Result: FAILED");
    }

    @Test
    void theLanguageOfMessagesIsTakenBeforeParsing() {
        assertThat(FazhiCommand.langOf(new String[] {"check", "--lang=en"})).isEqualTo(Lang.EN);
        assertThat(FazhiCommand.langOf(new String[] {"--lang", "EN", "check"})).isEqualTo(Lang.EN);
        assertThat(FazhiCommand.langOf(new String[] {"check"})).isEqualTo(Lang.ZH);
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample rule pack (a discretion benchmark and an exemption list, written in Drools'
 * decision-table format by hand) and the starter pack: their tests pass, a wrong expectation
 * fails showing expected and actual, their rules run beside the built-in ones, and each usual
 * authoring mistake is refused naming sheet and cell, with no Drools line number or stack trace.
 */
class RulePackTest {
    private static final Path SAMPLE = Path.of("../samples/packs/kunming-discretion");
    private static final String WORKBOOK = "裁量基准与免罚清单.drl.xlsx";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void ownCache() {
        cli = Cli.cachingIn(dir);
    }

    @Test
    void theSamplePacksTestsPass() {
        Cli.Result result = cli.run("rules", "test", SAMPLE.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("通过    用例!2 一般情节罚款4万低于下限").contains("10 个通过，0 个未通过");
    }

    @Test
    void aWrongExpectationFailsShowingExpectedAndActual() throws IOException {
        Path pack = copy(workbook -> cell(workbook.getSheet("用例"), 2, 11).setCellValue("KM-CL-001"));
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("未通过  用例!3 一般情节罚款5万恰为下限：应有 KM-CL-001，实有 无");

        Path junit = dir.resolve("tests.xml");
        Cli.Result xml = cli.run("rules", "test", pack.toString(), "--format", "junit", "-o", junit.toString());
        assertThat(xml.code()).isEqualTo(1);
        assertThat(read(junit)).contains("<testcase classname=\"rules\" name=\"用例!3 一般情节罚款5万恰为下限\">")
                .contains("<failure message=\"应有 KM-CL-001，实有 无\"");
    }

    @Test
    void packRulesRunBesideTheBuiltInOnesAndGiveTheIntendedFindings() throws IOException {
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, """
                案件编号,执法机关,立案日期,执法领域,处罚依据,处罚种类,罚款金额,情节复杂或重大违法,初次违法且危害后果轻微,及时改正,处罚决定日期
                A1,昆明市市场监督管理局,2025-03-01,食品药品,食品安全法 第124条,罚款,40000,否,否,否,2025-04-01
                A2,昆明市市场监督管理局,2025-03-01,食品药品,食品安全法 第124条,罚款,80000,否,否,否,2025-04-01
                A3,昆明市市场监督管理局,2025-03-01,食品药品,食品安全法 第126条,罚款,2000,否,是,是,2025-04-01
                A4,昆明市市场监督管理局,2025-03-01,食品药品,食品安全法 第124条,罚款,350000,是,否,否,2025-04-01
                """, StandardCharsets.UTF_8);
        Cli.Result result = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", SAMPLE.toString(),
                "--format", "json");
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(ruleIds(result.out(), "KM-")).containsExactly("KM-CL-001 A1", "KM-MF-001 A3", "KM-CL-002 A4");
        assertThat(result.out()).contains("依据食品安全法 第124条、一般情节，罚款40000元不在5万元至15万元之间");
        assertThat(result.out()).contains("\"ruleId\": \"ENF-");

        Cli.Result only = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", SAMPLE.toString(),
                "--format", "json", "--skip", "KM-CL");
        assertThat(ruleIds(only.out(), "KM-")).containsExactly("KM-MF-001 A3");
    }

    @Test
    void drlThatDoesNotCompileIsExplainedInChineseWithItsLine() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("drl"));
        Files.writeString(pack.resolve("pack.yaml"), "name: 测试\n");
        Cli.Result unclosed = compile(pack, "$c : PenaltyCase( fineAmount > 1 ) )");
        assertThat(unclosed.code()).as(unclosed.toString()).isEqualTo(2);
        assertThat(unclosed.err()).contains("文件 drl/bad.drl：第 6 行无法编译：规则“KM-X-1”中，此处不应出现“)”",
                "请检查括号是否成对").doesNotContain("mismatched");

        Cli.Result field = compile(pack, "$c : PenaltyCase( fineAmunt > 1 )");
        assertThat(field.err()).contains("文件 drl/bad.drl：规则无法编译：无法识别条件“fineAmunt > 1”左边的字段")
                .doesNotContain("第 -1 行").doesNotContain("Unable");

        Cli.Result type = compile(pack, "$c : Penalty( fineAmount > 1 )");
        assertThat(type.err()).contains("找不到类型“Penalty”", "import org.fazhi.model.PenaltyCase;");

        Cli.Result english = cli.run("check", "../samples/kunming-2025", "--rules", pack.toString(), "--lang", "en");
        assertThat(english.err()).contains("Unable to find class: Penalty");
    }

    private Cli.Result compile(Path pack, String condition) throws IOException {
        Files.writeString(pack.resolve("bad.drl"), """
                package km;
                import org.fazhi.model.PenaltyCase;
                global org.fazhi.evaluate.HitCollector hits;
                rule "KM-X-1"
                when
                    %s
                then
                    hits.add("KM-X-1", $c);
                end
                """.formatted(condition));
        return cli.run("check", "../samples/kunming-2025", "--rules", pack.toString());
    }

    @Test
    void aPackWithoutCasesIsNotPassedAsTested() throws IOException {
        Path untested = copy(workbook -> workbook.removeSheetAt(workbook.getSheetIndex("用例")));
        Cli.Result alone = cli.run("rules", "test", untested.toString(), "--as-of", "2025-12-31");
        assertThat(alone.code()).as(alone.toString()).isEqualTo(2);
        assertThat(alone.err()).contains(untested.getFileName().toString(), "中没有用例，无法测试", "「用例」工作表")
                .doesNotContain("Exception");
        assertThat(alone.out()).doesNotContain("共 0 个用例");

        Path tested = dir.resolve("starter");
        assertThat(cli.run("rules", "new", tested.toString()).code()).isZero();
        Cli.Result beside = cli.run("rules", "test", tested.toString(), untested.toString(), "--lang", "en");
        assertThat(beside.code()).as(beside.toString()).isZero();
        assertThat(beside.err()).contains(untested.getFileName() + " holds no test case; its rules are not tested");
        assertThat(beside.err()).doesNotContain("starter holds");
    }

    @Test
    void theStarterPackPassesItsOwnTestsAndRunsInACheck() {
        Path pack = dir.resolve("我的规则");
        assertThat(cli.run("rules", "new", pack.toString()).code()).isZero();
        Cli.Result test = cli.run("rules", "test", pack.toString());
        assertThat(test.code()).as(test.toString()).isZero();
        assertThat(cli.run("check", "../samples/kunming-2025", "--as-of", "2025-12-31", "--rules", pack.toString(),
                "-q").code()).isIn(0, 1);
        assertThat(cli.run("rules", "new", pack.toString()).code()).isEqualTo(2);
    }

    @Test
    void severalRowsMatchingOneRecordGiveOneFindingPerRule() throws IOException {
        Path pack = dir.resolve("starter");
        assertThat(cli.run("rules", "new", pack.toString()).code()).isZero();
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, """
                案件编号,执法机关,立案日期,当事人类型,罚款金额
                B1,示例市市场监督管理局,2025-03-01,自然人,80000
                """, StandardCharsets.UTF_8);
        Cli.Result result = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", pack.toString(),
                "--format", "json", "--only", "USR");
        assertThat(ruleIds(result.out(), "USR-")).containsExactly("USR-001 B1");
    }

    @Test
    void aNumberCellCountsByItsValueWhateverItsDisplayFormat() throws IOException {
        Path pack = copy(workbook -> {
            org.apache.poi.ss.usermodel.CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            cell(workbook.getSheet("裁量基准"), 8, 4).setCellStyle(thousands);
            cell(workbook.getSheet("用例"), 1, 7).setCellStyle(thousands);
        });
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void aCaseNamingNoKnownRuleIsRefusedNamingTheCell() throws IOException {
        Path pack = copy(workbook -> {
            cell(workbook.getSheet("用例"), 2, 11).setCellValue("KM-CL-001、ENF-0I6");
            cell(workbook.getSheet("用例"), 3, 12).setCellValue("KM-XX-009");
        });
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「用例」单元格 L3", "「应有问题」中的“ENF-0I6”不是已有的规则编号", "ENF-016")
                .contains("工作表「用例」单元格 M4", "“KM-XX-009”").doesNotContain("KM-CL-001”");
        Cli.Result en = cli.run("--lang", "en", "rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(en.err()).contains("\"ENF-0I6\" in 应有问题 is no known rule ID. The closest is ENF-016.");
    }

    @Test
    void aCaseMayNameAnyBuiltInRule() throws IOException {
        Path pack = copy(workbook -> cell(workbook.getSheet("用例"), 2, 12).setCellValue("KM-CL-002、ENF-002"));
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void withNoPackTheBuiltInExamplesAreTheTests() {
        Cli.Result result = cli.run("rules", "test", "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("通过    ENF-001 violating").contains("通过    ENF-001 passing");
    }

    @Test
    void anIdTwoPlacesDeclareIsRefusedNamingBoth() throws IOException {
        Path pack = copy(workbook -> {
            cell(workbook.getSheet("规则目录"), 1, 0).setCellValue("ENF-001");
            cell(workbook.getSheet("裁量基准"), 8, 6).setCellValue("ENF-001");
            cell(workbook.getSheet("裁量基准"), 9, 6).setCellValue("ENF-001");
        });
        Cli.Result result = cli.run("rules", "test", pack.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「规则目录」单元格 A2：规则编号 ENF-001 已在 内置规则目录 中使用");
    }

    @Test
    void packYamlSkipsTheBuiltInRulesItReplaces() throws IOException {
        Cli.Result before = cli.run("check", "../samples/kunming-2025", "--as-of", "2025-12-31", "--format", "json");
        assertThat(before.out()).contains("\"ruleId\": \"DEC-001\"");
        Path pack = copy(workbook -> { });
        Files.writeString(pack.resolve("pack.yaml"), "name: 替代\nskip: [DEC-001]\n", StandardCharsets.UTF_8);
        Cli.Result after = cli.run("check", "../samples/kunming-2025", "--as-of", "2025-12-31", "--format", "json",
                "--rules", pack.toString());
        assertThat(after.out()).doesNotContain("\"ruleId\": \"DEC-001\"");
    }

    @Test
    void aSkipThatNamesNoBuiltInRuleIsRefusedAtPackYamlWithTheClosestId() throws IOException {
        Path pack = copy(workbook -> { });
        Files.writeString(pack.resolve("pack.yaml"), "name: 替代\nskip: [ENF-99, XYZ-1]\n", StandardCharsets.UTF_8);
        Cli.Result result = cli.run("check", "../samples/kunming-2025", "--as-of", "2025-12-31",
                "--rules", pack.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("pack.yaml", "skip 中的“ENF-99”不是任何内置规则的编号或编号前缀。最接近的是 ENF-009。",
                "skip 中的“XYZ-1”不是任何内置规则的编号或编号前缀。请改正").doesNotContain("--only", "—");
    }

    @Test
    void aPacksParametersHaveDefaultsThatParamsOverride() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("limits"));
        Files.writeString(pack.resolve("pack.yaml"), "parameters: {usr_limit: 100000}\n", StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("limits.drl"), """
                package org.fazhi.user;
                import org.fazhi.model.PenaltyCase;
                import org.fazhi.evaluate.RunContext;
                import org.fazhi.evaluate.HitCollector;
                global HitCollector hits;
                rule "USR-101 fine above the pack's limit"
                when
                    $ctx : RunContext()
                    $c : PenaltyCase( fineAmount != null, fineAmount.intValue() > RunContext.param($ctx, this, "usr_limit") )
                then
                    hits.add("USR-101", $c);
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("limits.yaml"), """
                - id: USR-101
                  severity: warning
                  recordType: case
                  title: {zh: "罚款超过本包限额", en: "Fine above the pack's limit"}
                  message: {zh: "罚款{fine_amount}元，超过{usr_limit}元", en: "Fine {fine_amount} above {usr_limit}"}
                  clause: 一
                  fields: [fine_amount]
                  parameters: [usr_limit]
                """, StandardCharsets.UTF_8);
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, """
                案件编号,执法机关,立案日期,罚款金额
                A1,昆明市市场监督管理局,2025-03-01,80000
                A2,昆明市市场监督管理局,2025-03-01,350000
                """, StandardCharsets.UTF_8);
        Cli.Result defaults = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", pack.toString(),
                "--format", "json", "--only", "USR");
        assertThat(ruleIds(defaults.out(), "USR-")).containsExactly("USR-101 A2");
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "usr_limit: 50000\n", StandardCharsets.UTF_8);
        Cli.Result overridden = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", pack.toString(),
                "--format", "json", "--only", "USR", "--params", params.toString());
        assertThat(ruleIds(overridden.out(), "USR-")).containsExactly("USR-101 A1", "USR-101 A2");
    }

    @Test
    void aPacksOwnListFlagAndDateParametersTakeTheirTypeFromHowTheyAreWritten() throws IOException {
        Path pack = Files.createDirectories(dir.resolve("typed"));
        Files.writeString(pack.resolve("pack.yaml"),
                "parameters: {usr_fields: [食品药品], usr_on: true, usr_since: 2025-02-01}\n", StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("typed.drl"), """
                package org.fazhi.user;
                import org.fazhi.model.PenaltyCase;
                import org.fazhi.evaluate.RunContext;
                import org.fazhi.evaluate.HitCollector;
                global HitCollector hits;
                rule "USR-102 a listed field filed since the pack's date"
                when
                    $ctx : RunContext()
                    $c : PenaltyCase( field != null, filingDate != null,
                                      RunContext.flag($ctx, this, "usr_on"),
                                      RunContext.listed($ctx, this, "usr_fields", field),
                                      !filingDate.isBefore(RunContext.date($ctx, this, "usr_since")) )
                then
                    hits.add("USR-102", $c);
                end
                """, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("typed.yaml"), """
                - id: USR-102
                  severity: warning
                  recordType: case
                  title: {zh: "所列领域自某日起立案", en: "A listed field filed since a day"}
                  message: {zh: "{field}案件于{filing_date}立案", en: "{field} case filed on {filing_date}"}
                  clause: 一
                  fields: [field, filing_date]
                  parameters: [usr_fields, usr_on, usr_since]
                """, StandardCharsets.UTF_8);
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, """
                案件编号,执法机关,立案日期,执法领域
                A1,昆明市市场监督管理局,2025-02-01,食品药品
                A2,昆明市市场监督管理局,2025-03-01,道路交通
                A3,昆明市市场监督管理局,2025-01-31,食品药品
                """, StandardCharsets.UTF_8);
        Cli.Result defaults = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", pack.toString(),
                "--format", "json", "--only", "USR");
        assertThat(defaults.code()).as(defaults.toString()).isZero();
        assertThat(ruleIds(defaults.out(), "USR-")).containsExactly("USR-102 A1");
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "usr_on: false\n", StandardCharsets.UTF_8);
        Cli.Result off = cli.run("check", cases.toString(), "--as-of", "2025-12-31", "--rules", pack.toString(),
                "--format", "json", "--only", "USR", "--params", params.toString());
        assertThat(off.code()).as(off.toString()).isZero();
        assertThat(ruleIds(off.out(), "USR-")).isEmpty();
    }

    @Test
    void aPackSetsBuiltInFlagAndListParametersInTheirOwnTypes() throws IOException {
        Path pack = copy(workbook -> { });
        Files.writeString(pack.resolve("pack.yaml"),
                "parameters: {publicity_warning_only: false, single_officer_fields: [道路交通]}\n",
                StandardCharsets.UTF_8);
        Cli.Result result = cli.run("check", "../samples/kunming-2025", "--as-of", "2025-12-31", "--format", "json",
                "--rules", pack.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("\"publicity_warning_only\": false");
    }

    @Test
    void aPackParameterOfTheWrongTypeIsRefusedNamingPackYamlAndTheKey() throws IOException {
        Path pack = copy(workbook -> { });
        Files.writeString(pack.resolve("pack.yaml"), "parameters: {single_officer_fields: 5, usr_city: 昆明}\n",
                StandardCharsets.UTF_8);
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("pack.yaml", "参数“single_officer_fields”的值“5”应为列表",
                "“usr_city”的值“昆明”看不出是什么类型").doesNotContain("没有参数", "java.");
    }

    @Test
    void aMisspeltPackYamlKeyIsRefusedInChineseWithoutJacksonsText() throws IOException {
        Path pack = copy(workbook -> { });
        Files.writeString(pack.resolve("pack.yaml"), "name: 示例\nskipp: [ENF-010]\n", StandardCharsets.UTF_8);
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("pack.yaml", "“skipp”不是这里可用的键", "skip")
                .doesNotContain("Unrecognized", "java.");
    }

    @Test
    void aRuleIdTwoPacksDeclareIsRefusedAtTheLaterCellNamingTheEarlierOne() throws IOException {
        Path first = copy(workbook -> { });
        Path second = copy(workbook -> { });
        Cli.Result result = cli.run("check", "../samples/kunming-2025", "--as-of", "2025-12-31",
                "--rules", first.toString(), "--rules", second.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        String later = second.getFileName() + "/" + WORKBOOK;
        String earlier = first.getFileName() + "/" + WORKBOOK;
        assertThat(result.err()).contains("文件 " + later + " 工作表「规则目录」单元格 A2：规则编号 KM-CL-001 已在 文件 "
                + earlier + " 工作表「规则目录」单元格 A2 中使用，不能重复。").doesNotContain("!A2");
    }

    @Test
    void aHeaderTypoIsRefusedNamingTheCell() throws IOException {
        refused(workbook -> cell(workbook.getSheet("裁量基准"), 4, 2).setCellValue("CONDITON"),
                "工作表「裁量基准」单元格 C5", "CONDITON", "CONDITION");
    }

    @Test
    void anUnmergedObjectTypeRowIsRefusedAsACrossProduct() throws IOException {
        refused(workbook -> {
            Sheet sheet = workbook.getSheet("裁量基准");
            sheet.removeMergedRegion(0);
            cell(sheet, 5, 2).setCellValue("$c : 行政处罚案件");
            cell(sheet, 5, 1).setCellValue("行政处罚案件");
            cell(sheet, 5, 2).setCellValue("行政处罚案件");
        }, "单元格 C6", "B6", "交叉组合");
    }

    @Test
    void anUnknownFieldIsRefusedWithTheClosestOne() throws IOException {
        refused(workbook -> cell(workbook.getSheet("裁量基准"), 6, 4).setCellValue("「罚款金」 < $param"),
                "单元格 E7", "罚款金", "「罚款金额(元)」");
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws IOException {
        refused(workbook -> cell(workbook.getSheet("裁量基准"), 8, 4).setCellValue("一万"), "单元格 E9", "一万");
    }

    @Test
    void aRuleRowWithoutAnIdIsRefused() throws IOException {
        refused(workbook -> cell(workbook.getSheet("裁量基准"), 9, 6).setBlank(), "单元格 G10", "没有规则编号");
    }

    @Test
    void whatDroolsStillRefusesIsNamedByTheCellItCameFrom() throws IOException {
        refused(workbook -> cell(workbook.getSheet("裁量基准"), 6, 4).setCellValue("「罚款金额」 <<< $param"),
                "单元格 E9", "单元格 E11", "无法识别“<”");
    }

    @Test
    void curlyQuotesAreReadAsAsciiWithANote() throws IOException {
        Path pack = copy(workbook -> cell(workbook.getSheet("免罚清单"), 3, 6).setCellValue("报告(“$param”)"));
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
        Cli.Result check = cli.run("rules", "--rules", pack.toString());
        assertThat(check.err()).contains("工作表「免罚清单」单元格 G4", "中文引号");
    }

    @Test
    void mergedCellsWhoseCoveredCellsAreAbsentCountForEveryCell() throws IOException {
        Path pack = copy(workbook -> {
            Sheet sheet = workbook.getSheet("裁量基准");
            Row row = sheet.getRow(5);
            for (int c = 2; c <= 5; c++) {
                Cell covered = row.getCell(c);
                if (covered != null) {
                    row.removeCell(covered);
                }
            }
        });
        Cli.Result result = cli.run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isZero();
    }

    @Test
    void aSecondRunUsesTheCachedPack() {
        cli.run("rules", "--rules", SAMPLE.toString());
        try (Stream<Path> entries = Files.list(dir.resolve("cache/fazhi/packs"))) {
            assertThat(entries.count()).isEqualTo(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Cli.Result again = cli.run("rules", "--rules", SAMPLE.toString());
        assertThat(again.out()).contains("KM-MF-001");
    }

    private void refused(Consumer<Workbook> mistake, String... expected) throws IOException {
        Path pack = copy(mistake);
        Cli.Result result = cli.run("rules", "test", pack.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(expected).doesNotContain("Line ", "Exception", "\tat ");
        Cli.Result check = cli.run("check", "../samples/kunming-2025", "--rules", pack.toString());
        assertThat(check.code()).isEqualTo(2);
    }

    private Path copy(Consumer<Workbook> change) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack" + System.nanoTime()));
        Files.copy(SAMPLE.resolve("pack.yaml"), pack.resolve("pack.yaml"));
        try (InputStream in = Files.newInputStream(SAMPLE.resolve(WORKBOOK)); Workbook workbook = WorkbookFactory.create(in);
             OutputStream out = Files.newOutputStream(pack.resolve(WORKBOOK))) {
            change.accept(workbook);
            workbook.write(out);
        }
        return pack;
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        return row.getCell(c, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** "ruleId recordId" of each finding whose rule starts so, in report order. */
    private static java.util.List<String> ruleIds(String json, String prefix) throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        java.util.List<String> ids = new java.util.ArrayList<>();
        root.get("findings").forEach(f -> {
            if (f.get("ruleId").asText().startsWith(prefix)) {
                ids.add(f.get("ruleId").asText() + " " + f.get("recordId").asText());
            }
        });
        return ids;
    }
}

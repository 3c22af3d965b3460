package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule-row cell of a decision table is read as its field's type, with the spellings of
 * records, and the rule made from it matches as written: each pack's test cases pass.
 */
class TableValuesTest {
    @TempDir
    Path dir;

    /** One condition column on 「处罚决定日期」, and cases the day before, on and after 2025-01-01. */
    private static String datePack(String code, String value, String before, String on, String after) {
        return """
                sheet¦表
                row¦1¦RuleTable 日期
                row¦2¦NAME¦CONDITION¦ACTION
                row¦3¦¦$c : 案件
                row¦4¦¦%s¦报告("$param")
                row¦5¦说明¦决定日期¦编号
                row¦6¦决定日期¦%s¦DT-001
                sheet¦规则目录
                row¦1¦编号¦级别¦记录类型¦标题¦问题说明
                row¦2¦DT-001¦提示¦案件¦决定日期¦决定日期{处罚决定日期}
                sheet¦用例
                row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦处罚决定日期¦应有问题
                row¦2¦前一天¦案件¦甲局¦2024-03-01¦2024-12-31¦%s
                row¦3¦当天¦案件¦甲局¦2024-03-01¦2025-01-01¦%s
                row¦4¦后一天¦案件¦甲局¦2024-03-01¦2025-01-02¦%s
                row¦5¦未填¦案件¦甲局¦2024-03-01¦¦无
                """.formatted(code, value, before, on, after);
    }

    /** 「罚款金额」 above the cell's value (50000 meant), and cases at 50000 and 50001. */
    static String finePack(String value) {
        return """
                sheet¦裁量基准
                row¦1¦RuleTable 罚款
                row¦2¦NAME¦CONDITION¦ACTION
                row¦3¦¦$c : 行政处罚案件
                row¦4¦¦「罚款金额」 > $param¦报告("$param")
                row¦5¦说明¦罚款高于¦编号
                row¦6¦大额罚款¦%s¦FN-001
                sheet¦规则目录
                row¦1¦编号¦级别¦记录类型¦标题¦问题说明
                row¦2¦FN-001¦提示¦案件¦大额罚款¦罚款{罚款金额}元
                sheet¦用例
                row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦罚款金额¦应有问题
                row¦2¦恰为5万¦案件¦甲局¦2024-03-01¦50000¦无
                row¦3¦高于5万¦案件¦甲局¦2024-03-01¦50001¦FN-001
                row¦4¦未填¦案件¦甲局¦2024-03-01¦¦无
                """.formatted(value);
    }

    static void passes(Cli.Result result, int cases) {
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains(cases + " 个通过，0 个未通过");
    }

    @ParameterizedTest
    @ValueSource(strings = {"@2025-01-01", "2025-01-01", "2025/1/1", "2025年1月1日", "20250101", "#45658",
            "#45658|yyyy-mm-dd"})
    void aDateInAnySpellingOfRecordsMakesAWorkingCondition(String value) throws IOException {
        passes(TablePack.test(dir, datePack("「处罚决定日期」 < $param", value, "DT-001", "无", "无")), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"「处罚决定日期」 >= $param", "decision_date >= $param"})
    void theDayItselfIsOnTheSideTheOperatorSays(String code) throws IOException {
        passes(TablePack.test(dir, datePack(code, "@2025-01-01", "无", "DT-001", "DT-001")), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01, 2025-01-01", "2025-01-01，2025-01-01"})
    void twoDatesInOneCellFillDollarOneAndDollarTwo(String value) throws IOException {
        passes(TablePack.test(dir, datePack("「处罚决定日期」 >= $1 && 「处罚决定日期」 <= $2", value,
                "无", "DT-001", "无")), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#50000", "50000", "5万", "==25000*2|50000"})
    void aNumberIsItsValueAndAFormulaItsSavedResult(String value) throws IOException {
        passes(TablePack.test(dir, finePack(value)), 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=25000*2", "=25000*2<v/>"})
    void aFormulaSavedWithoutItsResultIsRefusedNamingTheCellNotReadAsZero(String value) throws IOException {
        Cli.Result result = TablePack.test(dir, finePack(value));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「裁量基准」单元格 B6：公式“=25000*2”没有保存计算结果", "打开并保存")
                .doesNotContain("Exception", "在「规则目录」中没有对应的行");
    }

    @Test
    void aTestCaseValueThatIsAFormulaWithoutItsResultIsRefusedNamingTheCell() throws IOException {
        Cli.Result result = TablePack.test(dir, finePack("50000").replace("¦50001¦FN-001", "¦=50000+1<v/>¦FN-001"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「用例」单元格 E3：公式“=50000+1”没有保存计算结果");
    }

    @ParameterizedTest
    @ValueSource(strings = {"50,000", "50，000", "'50,000'", "#50000|#,##0"})
    void aNumberWithThousandsSeparatorsIsOneNumber(String value) throws IOException {
        passes(TablePack.test(dir, finePack(value.replace("'", "\""))), 3);
    }

    /** A condition on 「执法领域」 (text) or 「处罚种类」 (a set), and cases each way. */
    private static String listPack(String code, String value, String... expected) {
        return """
                sheet¦表
                row¦1¦RuleTable 多值
                row¦2¦NAME¦CONDITION¦ACTION
                row¦3¦¦$c : 案件
                row¦4¦¦%s¦报告("$param")
                row¦5¦说明¦值¦编号
                row¦6¦多值¦%s¦MV-001
                sheet¦规则目录
                row¦1¦编号¦级别¦记录类型¦标题¦问题说明
                row¦2¦MV-001¦提示¦案件¦多值¦{执法领域}{处罚种类}
                sheet¦用例
                row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦执法领域¦处罚种类¦应有问题
                row¦2¦食品¦案件¦甲局¦2024-03-01¦食品药品¦罚款¦%s
                row¦3¦市场¦案件¦甲局¦2024-03-01¦市场监管¦罚款、没收违法所得¦%s
                row¦4¦交通¦案件¦甲局¦2024-03-01¦交通运输¦没收违法所得¦%s
                row¦5¦未填¦案件¦甲局¦2024-03-01¦¦¦无
                """.formatted(code, value, expected[0], expected[1], expected[2]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"食品药品\", \"市场监管\"", "食品药品,市场监管", "食品药品、市场监管", "食品药品，市场监管",
            "“食品药品”，“市场监管”"})
    void inMatchesARecordWithAnyOfTheValues(String value) throws IOException {
        passes(TablePack.test(dir, listPack("「执法领域」 in ($param)", value, "MV-001", "MV-001", "无")), 4);
    }

    @Test
    void notInMatchesARecordWithNoneOfTheValues() throws IOException {
        passes(TablePack.test(dir, listPack("「执法领域」 not in ($param)", "食品药品、市场监管", "无", "无", "MV-001")), 4);
    }

    @Test
    void inWithOneValueIsThatValue() throws IOException {
        passes(TablePack.test(dir, listPack("「执法领域」 in ($param)", "交通运输", "无", "无", "MV-001")), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"罚款、没收违法所得", "罚款,没收违法所得", "没收违法所得 罚款"})
    void containsOnASetFieldWithSeveralValuesNeedsThemAll(String value) throws IOException {
        passes(TablePack.test(dir, listPack("「处罚种类」 contains $param", value, "无", "MV-001", "无")), 4);
    }

    @Test
    void containsOnASetFieldWithOneValueNeedsThatOne() throws IOException {
        passes(TablePack.test(dir, listPack("「处罚种类」 contains $param", "没收违法所得", "无", "MV-001", "MV-001")), 4);
    }
    @ParameterizedTest
    @ValueSource(strings = {"「罚款金额」 >", "fine_amount >", "「罚款金额」＞"})
    void aFieldAndASignTakeTheCellAsTheValueOfTheComparison(String code) throws IOException {
        passes(TablePack.test(dir, finePack("50000").replace("「罚款金额」 > $param", code)), 3);
    }

    @Test
    void aFieldAloneMeansEqualToTheCell() throws IOException {
        passes(TablePack.test(dir, listPack("「执法领域」", "市场监管", "无", "MV-001", "无")), 4);
    }

    @Test
    void aFieldAndInTakeTheCellAsAList() throws IOException {
        passes(TablePack.test(dir, listPack("「执法领域」 in", "食品药品、市场监管", "MV-001", "MV-001", "无")), 4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"是¦MD-001¦无", "否¦无¦MD-001"})
    void aYesNoFieldAloneIsReadAsYesOrNo(String valueAndExpected) throws IOException {
        String[] cells = valueAndExpected.split("¦");
        passes(TablePack.test(dir, """
                sheet¦表
                row¦1¦RuleTable 重大
                row¦2¦NAME¦CONDITION¦ACTION
                row¦3¦¦$c : 案件
                row¦4¦¦「重大执法决定」¦报告("$param")
                row¦5¦说明¦重大¦编号
                row¦6¦重大¦%s¦MD-001
                sheet¦规则目录
                row¦1¦编号¦级别¦记录类型¦标题¦问题说明
                row¦2¦MD-001¦提示¦案件¦重大¦{重大执法决定}
                sheet¦用例
                row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦重大执法决定¦应有问题
                row¦2¦重大¦案件¦甲局¦2024-03-01¦是¦%s
                row¦3¦非重大¦案件¦甲局¦2024-03-01¦否¦%s
                row¦4¦未填¦案件¦甲局¦2024-03-01¦¦无
                """.formatted(cells[0], cells[1], cells[2])), 3);
    }

    @Test
    void aCompleteConditionWithoutParamIsRefusedAtItsCellNotFailedAtRunTime() throws IOException {
        Cli.Result result = TablePack.test(dir, finePack("X").replace("「罚款金额」 > $param", "「罚款金额」 > 50000"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「裁量基准」单元格 B4：条件“「罚款金额」 > 50000”中没有 $param")
                .doesNotContain("Exception", "fineAmount");
    }

    @ParameterizedTest
    @ValueSource(strings = {"==", "!="})
    void aSetFieldComparedWithEqualsIsRefusedSuggestingContains(String sign) throws IOException {
        Cli.Result result = TablePack.test(dir, listPack("「处罚种类」 " + sign + " $param", "罚款", "无", "无", "无"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「表」单元格 B4：「处罚种类」可以有几项", "不能用 " + sign + " 比较",
                "「处罚种类」 contains $param").doesNotContain("Exception", "java", "penaltyKinds");
    }

    @Test
    void aFieldLikeNoneOfTheTypeIsRefusedWithoutAnEmptySuggestion() throws IOException {
        Cli.Result result = TablePack.test(dir, finePack("50000").replace("「罚款金额」 > $param", "「天气预报情况说明」 > $param"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("单元格 B4：「行政处罚案件」没有字段“天气预报情况说明”，也没有相近的字段")
                .doesNotContain("最接近的是 —");
    }

    /** One condition column on 「处罚依据」, and cases with the basis the rule names and another. */
    private static String basisPack(String code, String value) {
        return """
                sheet¦表
                row¦1¦RuleTable 依据
                row¦2¦NAME¦CONDITION¦ACTION
                row¦3¦¦$c : 案件
                row¦4¦¦%s¦报告("$param")
                row¦5¦说明¦处罚依据¦编号
                row¦6¦修正后条款¦%s¦BS-001
                sheet¦规则目录
                row¦1¦编号¦级别¦记录类型¦标题¦问题说明
                row¦2¦BS-001¦提示¦案件¦依据{处罚依据}¦依据{处罚依据}
                sheet¦用例
                row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦处罚依据¦应有问题
                row¦2¦全角括号¦案件¦甲局¦2024-03-01¦食品安全法（2021修正） 第124条¦BS-001
                row¦3¦其他条款¦案件¦甲局¦2024-03-01¦食品安全法 第124条¦无
                """.formatted(code, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"「处罚依据」 == $param¦食品安全法（2021修正） 第124条",
        "「处罚依据」 in ($param)¦“食品安全法（2021修正） 第124条”，广告法（2021修正） 第59条"})
    void aTextValueKeepsItsFullWidthBracketsAsRecordsWriteThem(String codeAndValue) throws IOException {
        String[] cells = codeAndValue.split("¦");
        passes(TablePack.test(dir, basisPack(cells[0], cells[1])), 2);
    }
    @Test
    void aTableSavedInExcel97FormatIsReadAsTheSame() throws IOException {
        Path pack = dir.resolve("xls");
        TablePack.write(pack, finePack("#50000"), "规则.drl.xls");
        passes(Cli.cachingIn(dir)
                .run("rules", "test", pack.toString(), "--as-of", "2025-12-31"), 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"裁量基准.xlsx", "裁量基准.drl.csv", "tests/用例.xlsm"})
    void aSpreadsheetThePackDoesNotReadIsRefusedNamingIt(String name) throws IOException {
        Path pack = dir.resolve("unread");
        TablePack.write(pack, finePack("#50000"));
        Files.createDirectories(pack.resolve(name).getParent());
        Files.writeString(pack.resolve(name), "RuleTable 罚款");
        Cli.Result result = Cli.cachingIn(dir)
                .run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(Path.of("unread", name).toString(), "规则包不读取这个文件", ".drl.xlsx");
    }
    @Test
    void aWorkbookWithAnOpeningPasswordIsRefusedSayingSoInChinese() throws Exception {
        Path pack = dir.resolve("locked");
        TablePack.write(pack, finePack("#50000"));
        Path book = pack.resolve("规则.drl.xlsx");
        org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
        org.apache.poi.poifs.crypt.Encryptor encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                org.apache.poi.poifs.crypt.EncryptionMode.standard).getEncryptor();
        encryptor.confirmPassword("密码");
        try (org.apache.poi.openxml4j.opc.OPCPackage opc = org.apache.poi.openxml4j.opc.OPCPackage.open(
                new java.io.ByteArrayInputStream(Files.readAllBytes(book)));
             java.io.OutputStream os = encryptor.getDataStream(fs)) {
            opc.save(os);
        }
        try (java.io.OutputStream out = Files.newOutputStream(book)) {
            fs.writeFilesystem(out);
        }
        Cli.Result result = Cli.cachingIn(dir)
                .run("rules", "test", pack.toString(), "--as-of", "2025-12-31");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("规则.drl.xlsx", "打开密码").doesNotContain("Exception");
    }
    @Test
    void aTableWrittenWithoutItsTitleRowIsRefusedRatherThanLosingItsFirstRule() throws IOException {
        String withoutTitles = finePack("#50000").replace("row¦5¦说明¦罚款高于¦编号\n", "")
                .replace("row¦6¦大额罚款¦#50000¦FN-001", "row¦5¦大额罚款¦#50000¦FN-001\n                row¦6¦更大罚款¦#90000¦FN-001");
        Cli.Result result = TablePack.test(dir, withoutTitles);
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「裁量基准」单元格 C5", "第 5 行是列名行", "FN-001");
    }

    @Test
    void aTableWithNoRuleRowsIsRefused() throws IOException {
        String empty = finePack("#50000").replace("row¦6¦大额罚款¦#50000¦FN-001\n", "")
                .replace("sheet¦规则目录", """
                        row¦8¦RuleTable 罚款
                        row¦9¦NAME¦CONDITION¦ACTION
                        row¦10¦¦$c : 行政处罚案件
                        row¦11¦¦「罚款金额」 > $param¦报告("$param")
                        row¦12¦说明¦罚款高于¦编号
                        row¦13¦大额罚款¦#50000¦FN-001
                        sheet¦规则目录""");
        Cli.Result result = TablePack.test(dir, empty);
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「裁量基准」单元格 A1", "没有规则行");
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.TableValuesTest.passes;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a decision table is laid out on its sheet: where its rule rows end, and the columns beside
 * and between its own. What fazhi cannot read as the author means is an error at its cell (exit
 * 2), never a rule silently lost nor an internal error.
 */
class TableLayoutTest {
    @TempDir
    Path dir;

    private static final String CATALOGUE_AND_CASES = """
            sheet¦规则目录
            row¦1¦编号¦级别¦记录类型¦标题¦问题说明
            row¦2¦LY-001¦提示¦案件¦大额罚款¦罚款{罚款金额}元
            row¦3¦LY-002¦提示¦案件¦其他组织¦{当事人类型}
            sheet¦用例
            row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦罚款金额¦当事人类型¦应有问题
            row¦2¦大额¦案件¦甲局¦2024-03-01¦60000¦法人¦LY-001
            row¦3¦其他组织¦案件¦甲局¦2024-03-01¦100¦其他组织¦LY-002
            row¦4¦都不是¦案件¦甲局¦2024-03-01¦100¦法人¦无
            """;

    private static String table(String... ruleRows) {
        return tableOnFines("「罚款金额」 > $param", ruleRows);
    }

    private static String tableOnFines(String fineCode, String... ruleRows) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < ruleRows.length; i++) {
            if (!ruleRows[i].isEmpty()) {
                rows.append("row¦").append(6 + i).append('¦').append(ruleRows[i]).append('\n');
            }
        }
        return """
                sheet¦裁量基准
                row¦1¦RuleTable 罚款
                row¦2¦NAME¦CONDITION¦CONDITION¦ACTION
                row¦3¦¦$c : 行政处罚案件
                merge¦B3:C3
                row¦4¦¦%s¦「当事人类型」 == $param¦报告("$param")
                row¦5¦说明¦罚款高于¦当事人类型¦编号
                """.formatted(fineCode) + rows + CATALOGUE_AND_CASES;
    }

    @Test
    void ruleRowsAfterABlankRowAreRead() throws IOException {
        passes(TablePack.test(dir, table("大额¦#50000¦¦LY-001", "", "", "其他组织¦¦其他组织¦LY-002")), 3);
    }

    @Test
    void droolsErrorsInRowsAfterABlankRowNameTheirOwnCells() throws IOException {
        Cli.Result result = TablePack.test(dir, tableOnFines("「罚款金额」 <<< $param", "大额¦#50000¦¦LY-001", "", "",
                "其他组织¦#1¦其他组织¦LY-002"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("单元格 B6", "单元格 B9").doesNotContain("单元格 B7", "Line ");
    }

    @Test
    void aNoteWrittenInTheTablesColumnsBelowItIsRefusedNamingItsRow() throws IOException {
        Cli.Result result = TablePack.test(dir, table("大额¦#50000¦¦LY-001", "其他组织¦¦其他组织¦LY-002", "",
                "注：本表依据裁量基准第三条"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「裁量基准」单元格 A9：第 9 行在表的规则行中，却既没有条件也没有规则编号");
    }

    /** The table with columns B, C and D: fine, a spacer or notes column, party type. */
    private static String withThirdColumn(String keyword, String code, String label, String note) {
        return """
                sheet¦裁量基准
                row¦1¦RuleTable 罚款
                row¦2¦NAME¦CONDITION¦%s¦CONDITION¦ACTION¦
                row¦3¦¦$c : 行政处罚案件
                merge¦B3:D3
                row¦4¦¦「罚款金额」 > $param¦%s¦「当事人类型」 == $param¦报告("$param")
                row¦5¦说明¦罚款高于¦%s¦当事人类型¦编号¦备注
                row¦6¦大额¦#50000¦%s¦¦LY-001¦依据第三条
                row¦7¦其他组织¦¦¦其他组织¦LY-002
                """.formatted(keyword, code, label, note) + CATALOGUE_AND_CASES;
    }

    @Test
    void aBlankSpacerColumnInsideTheTableIsIgnored() throws IOException {
        passes(TablePack.test(dir, withThirdColumn("", "", "", "")), 3);
    }

    @Test
    void aNotesColumnInsideOrBesideTheTableIsIgnoredWithANote() throws IOException {
        passes(TablePack.test(dir, withThirdColumn("", "", "说明", "按第三条")), 3);
        Cli.Result listed = TablePack.run(dir, withThirdColumn("", "", "说明", "按第三条"), "rules", "--rules", "{pack}");
        assertThat(listed.err()).contains("工作表「裁量基准」单元格 C5：这一列在表中但没有列类型（C2 为空）",
                "单元格 F5：这一列在表中但没有列类型（F2 为空）");
    }

    @Test
    void codeInAColumnWithoutAColumnTypeIsRefusedNamingTheCell() throws IOException {
        Cli.Result result = TablePack.test(dir, withThirdColumn("", "「执法领域」 == $param", "领域", "食品药品"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("单元格 C2：这一列在表中有代码（C4）却没有列类型").doesNotContain("Exception");
    }
}

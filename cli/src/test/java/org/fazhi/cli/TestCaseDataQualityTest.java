package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test case may name the data-quality rules a row shows, and they are compared like any other:
 * a row without its agency has DQ-001, a filing date after the as-of date DQ-006.
 */
class TestCaseDataQualityTest {
    @TempDir
    Path dir;

    private static String pack(String... rows) {
        return withHeader("row¦1¦用例名称¦记录类型¦执法机关¦立案日期¦罚款金额¦应有问题¦不应有问题", rows);
    }

    private static String withHeader(String header, String... rows) {
        return TableValuesTest.finePack("50000").replaceAll("(?s)sheet¦用例.*", "")
                + "sheet¦用例\n" + header + "\n" + String.join("\n", rows) + "\n";
    }

    @Test
    void aRowWithoutItsAgencyShowsDq001AndOneWithItDoesNot() throws IOException {
        TableValuesTest.passes(TablePack.test(dir, pack(
                "row¦2¦无机关¦案件¦¦2024-03-01¦100¦DQ-001¦",
                "row¦3¦有机关¦案件¦甲局¦2024-03-01¦100¦无¦DQ-001")), 2);
    }

    @Test
    void aRowThatShowsDq001FailsTheCaseThatSaysItMustNot() throws IOException {
        Cli.Result result = TablePack.test(dir, pack("row¦2¦无机关¦案件¦¦2024-03-01¦100¦无¦DQ-001"));
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("未通过", "无机关", "DQ-001");
    }

    @Test
    void aDateAfterTheAsOfDateShowsDq006() throws IOException {
        TableValuesTest.passes(TablePack.test(dir, pack(
                "row¦2¦立案在后¦案件¦甲局¦2026-01-01¦100¦DQ-006¦",
                "row¦3¦立案当天¦案件¦甲局¦2025-12-31¦100¦无¦DQ-006")), 2);
    }

    @Test
    void aBlankDecidingFieldShowsDq004() throws IOException {
        TableValuesTest.passes(TablePack.test(dir, pack(
                "row¦2¦未填罚款¦案件¦甲局¦2024-03-01¦¦DQ-004¦")), 1);
    }

    @Test
    void twoRowsOfAGroupWithOneIdentifierShowDq003OnTheSecond() throws IOException {
        TableValuesTest.passes(TablePack.test(dir, withHeader(
                "row¦1¦用例名称¦用例组¦记录类型¦案件编号¦执法机关¦立案日期¦罚款金额¦应有问题¦不应有问题",
                "row¦2¦第一件¦重号¦案件¦CF-1¦甲局¦2024-03-01¦100¦无¦DQ-003",
                "row¦3¦第二件¦重号¦案件¦CF-1¦甲局¦2024-03-01¦100¦DQ-003¦")), 2);
    }

    @Test
    void aRuleNoTestRowCanShowIsRefusedNamingTheCell() throws IOException {
        Cli.Result result = TablePack.test(dir, pack("row¦2¦列缺失¦案件¦甲局¦2024-03-01¦100¦DQ-007¦DQ-002"));
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("工作表「用例」单元格 F2：「应有问题」中的 DQ-007 不会出现在用例的一行上",
                "工作表「用例」单元格 G2：「不应有问题」中的 DQ-002");
    }
}

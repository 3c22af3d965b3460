package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.RowView.CellKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParserTest {
    private static FieldSpec field(String type, String key) {
        return RecordTypes.byKey(type).orElseThrow().field(key).orElseThrow();
    }

    private static ValueParser.Result text(FieldSpec f, String text) {
        return ValueParser.parse(f, CellKind.TEXT, text, false, Map.of());
    }

    private static final FieldSpec DATE = field("case", "filing_date");
    private static final FieldSpec BOOL = field("case", "on_platform");
    private static final FieldSpec DECIMAL = field("case", "fine_amount");
    private static final FieldSpec INT = field("decision", "public_comment_days");
    private static final FieldSpec ENUM = field("case", "party_type");
    private static final FieldSpec SET = field("case", "penalty_types");
    private static final FieldSpec FREE_SET = field("case", "officer_ids");
    private static final FieldSpec TEXT = field("case", "case_id");

    @ParameterizedTest
    @ValueSource(strings = {"2023-01-11", "2023/1/11", "2023.1.11", "20230111", "2023年1月11日", "2023年01月11号",
            " 2023-01-11 ", "2023-01-11 10:30", "2023-01-11T10:30:00", "2023/1/11 9:05", "２０２３－０１－１１",
            "2023-01-11 10:30:00.000"})
    void dateSpellings(String s) {
        assertThat(text(DATE, s)).isEqualTo(ValueParser.Result.of(LocalDate.of(2023, 1, 11)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-13-01", "2023-1", "2023年1月", "23-1-11", "明天", "2023-01-11 上午",
            "2023-01/11", "202301111", "0000-01-01", "2023--01-11"})
    void badDates(String s) {
        assertThat(text(DATE, s)).isEqualTo(ValueParser.Result.bad(CellProblem.Kind.UNPARSEABLE));
    }

    @Test
    void numericDates() {
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "20230111", false, Map.of()).value())
                .isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "44937", false, Map.of()).value())
                .isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(ValueParser.parse(DATE, CellKind.DATE, "44937.4375", false, Map.of()).value())
                .isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(ValueParser.parse(DATE, CellKind.DATE, "43475", true, Map.of()).value())
                .isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(ValueParser.parse(DATE, CellKind.DATE, "59", false, Map.of()).value())
                .isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(ValueParser.parse(DATE, CellKind.DATE, "61", false, Map.of()).value())
                .isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "-5", false, Map.of()).problem())
                .isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "20231301", false, Map.of()).problem())
                .isEqualTo(CellProblem.Kind.UNPARSEABLE);
        // a year or a month alone names no day; as serials they would be days of 1905 and the 2450s
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "2025", false, Map.of()).problem())
                .isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "202503", false, Map.of()).problem())
                .isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(ValueParser.parse(DATE, CellKind.NUMBER, "45721", false, Map.of()).value())
                .isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(ValueParser.parse(DATE, CellKind.BOOL, "1", false, Map.of()).problem())
                .isEqualTo(CellProblem.Kind.UNPARSEABLE);
    }

    @ParameterizedTest
    @CsvSource({"是,true", "否,false", "有,true", "无,false", "Y,true", "n,false", "YES,true", "No,false",
            "true,true", "FALSE,false", "1,true", "0,false", "√,true", "×,false", "ｙｅｓ,true", "Ｎ,false", " 是 ,true"})
    void boolSpellings(String s, boolean expected) {
        assertThat(text(BOOL, s)).isEqualTo(ValueParser.Result.of(expected));
    }

    @Test
    void boolFromCellsAndFailures() {
        assertThat(ValueParser.parse(BOOL, CellKind.BOOL, "1", false, Map.of()).value()).isEqualTo(true);
        assertThat(ValueParser.parse(BOOL, CellKind.BOOL, "0", false, Map.of()).value()).isEqualTo(false);
        assertThat(ValueParser.parse(BOOL, CellKind.NUMBER, "1", false, Map.of()).value()).isEqualTo(true);
        assertThat(ValueParser.parse(BOOL, CellKind.NUMBER, "0.0", false, Map.of()).value()).isEqualTo(false);
        assertThat(ValueParser.parse(BOOL, CellKind.BLANK, null, false, Map.of())).isEqualTo(ValueParser.Result.ABSENT);
        assertThat(text(BOOL, "不详").problem()).isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(text(BOOL, "2").problem()).isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(ValueParser.expected(BOOL)).contains("是/否");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12000|12000", "12,000|12000", "１２０００|12000", "1.2万|12000",
            "￥3000|3000", "¥3000|3000", "3000元|3000", "1.5万元|15000", "¥ 1,234.50 元|1234.5", "1.2E4|12000",
            "0.5|0.5", "-200|-200", "人民币3000元|3000", "2亿|200000000", "3000.00|3000"})
    void decimalSpellings(String s, String expected) {
        BigDecimal v = (BigDecimal) text(DECIMAL, s).value();
        assertThat(v).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"很多", "12元5角", "1.2.3", "万", "¥", "12,000元整", "1e99999", "三千"})
    void badDecimals(String s) {
        assertThat(text(DECIMAL, s)).isEqualTo(ValueParser.Result.bad(CellProblem.Kind.UNPARSEABLE));
    }

    @ParameterizedTest
    @CsvSource({"30,30", "30天,30", "３０日,30", "20学时,20", "2小时,2", "3次,3", "1万,10000", "30.0,30",
        "2024年,2024", "2024年度,2024", "' 2024 年度 ',2024", "3年,3"})
    void intSpellings(String s, int expected) {
        assertThat(text(INT, s)).isEqualTo(ValueParser.Result.of(expected));
    }

    @Test
    void intMustBeIntegral() {
        assertThat(text(INT, "30.5").problem()).isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(text(INT, "年度").problem()).isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(text(DECIMAL, "3年").problem()).as("years are no amount").isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(text(INT, "99999999999").problem()).isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(ValueParser.parse(INT, CellKind.NUMBER, "1.5", false, Map.of()).problem())
                .isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(ValueParser.parse(INT, CellKind.NUMBER, "30", false, Map.of()).value()).isEqualTo(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"警告、罚款", "警告,罚款", "警告，罚款", "警告;罚款", "警告；罚款", "警告/罚款", "警告\n罚款",
            " 警告 、、 罚款 ", "警告、罚款、警告"})
    void setSpellings(String s) {
        assertThat(text(SET, s).value()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class))
                .containsExactly("警告", "罚款");
    }

    @Test
    void setFailuresAndFreeSets() {
        assertThat(text(SET, "警告、罚金").problem()).isEqualTo(CellProblem.Kind.UNKNOWN_WORD);
        assertThat(text(SET, "、 ,").value()).isNull();
        Object ids = text(FREE_SET, "Z-001、Z-002；Z-003").value();
        assertThat(ids).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class))
                .containsExactly("Z-001", "Z-002", "Z-003");
        assertThat((java.util.Set<?>) ids).isUnmodifiable();
        assertThat(ValueParser.parse(FREE_SET, CellKind.NUMBER, "53010012", false, Map.of()).value())
                .isEqualTo(java.util.Set.of("53010012"));
        assertThat(ValueParser.parse(SET, CellKind.TEXT, "罚金", false, Map.of("罚金", "罚款")).value())
                .isEqualTo(java.util.Set.of("罚款"));
    }

    @Test
    void enums() {
        assertThat(text(ENUM, "法人").value()).isEqualTo("法人");
        assertThat(text(ENUM, " 其他组织 ").value()).isEqualTo("其他组织");
        assertThat(text(ENUM, "公司").problem()).isEqualTo(CellProblem.Kind.UNKNOWN_WORD);
        assertThat(ValueParser.parse(ENUM, CellKind.TEXT, "公司", false, Map.of("公司", "法人")).value()).isEqualTo("法人");
        assertThat(ValueParser.parse(BOOL, CellKind.TEXT, "重大", false, Map.of("重大", "是")).value()).isEqualTo(true);
    }

    @Test
    void textKeepsAllDigitsOfNumbers() {
        assertThat(ValueParser.parse(TEXT, CellKind.NUMBER, "20230001", false, Map.of()).value()).isEqualTo("20230001");
        assertThat(ValueParser.parse(TEXT, CellKind.NUMBER, "2.0230001E7", false, Map.of()).value()).isEqualTo("20230001");
        assertThat(ValueParser.parse(TEXT, CellKind.NUMBER, "123456789012345", false, Map.of()).value())
                .isEqualTo("123456789012345");
        assertThat(ValueParser.parse(TEXT, CellKind.DATE, "44937", false, Map.of()).value()).isEqualTo("2023-01-11");
        assertThat(text(TEXT, "  A-1 ").value()).isEqualTo("A-1");
        assertThat(text(TEXT, " \u3000 ")).isEqualTo(ValueParser.Result.ABSENT);
    }

    @Test
    void placeholdersAreAbsentInEveryFieldButBoolWhereWuIsNo() {
        for (String nothing : List.of("/", "／", "\\", "-", "—", "——", "--", "无", "暂无", "不适用", "空", "N/A", "n/a",
                "NULL", "null", "#N/A", " 暂无 ", "－")) {
            for (FieldSpec f : List.of(DATE, DECIMAL, INT, ENUM, SET, FREE_SET, TEXT)) {
                assertThat(text(f, nothing)).as(f.key() + " " + nothing).isEqualTo(ValueParser.Result.ABSENT);
            }
            Object bool = text(BOOL, nothing).value();
            assertThat(text(BOOL, nothing).problem()).as(nothing).isNull();
            assertThat(bool).as(nothing).isEqualTo(nothing.equals("无") ? Boolean.FALSE : null);
        }
        // a word that only begins like one is a value (or a problem), not a placeholder
        assertThat(text(DATE, "无日期").problem()).isEqualTo(CellProblem.Kind.UNPARSEABLE);
        assertThat(text(TEXT, "无锡市").value()).isEqualTo("无锡市");
        assertThat(text(DECIMAL, "-5").value()).isEqualTo(new BigDecimal("-5"));
        // a mapping that gives a placeholder a meaning wins
        assertThat(ValueParser.parse(ENUM, CellKind.TEXT, "无", false, Map.of("无", "其他组织")).value()).isEqualTo("其他组织");
    }

    @Test
    void setsSplitOnRunsOfWhiteSpaceAndDropPlaceholderElements() {
        assertThat(text(FREE_SET, "53010001 53010002").value()).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class)).containsExactly("53010001", "53010002");
        assertThat(text(FREE_SET, "53010001\u3000\u3000 53010002\t53010003").value()).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class))
                .containsExactly("53010001", "53010002", "53010003");
        assertThat(text(SET, "警告 罚款、无").value()).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.iterable(String.class)).containsExactly("警告", "罚款");
    }

    @Test
    void anAmountHeadersScaleMultipliesNumbersWithoutTheirOwnUnit() {
        BigDecimal wan = BigDecimal.valueOf(10_000);
        assertThat(ValueParser.parse(DECIMAL, CellKind.NUMBER, "1.5", false, Map.of(), wan).value()).isEqualTo(
                new BigDecimal("15000"));
        assertThat(ValueParser.parse(DECIMAL, CellKind.TEXT, "15", false, Map.of(), wan).value()).isEqualTo(
                new BigDecimal("150000"));
        assertThat(ValueParser.parse(DECIMAL, CellKind.TEXT, "3000元", false, Map.of(), wan).value()).isEqualTo(
                new BigDecimal("3000"));
        assertThat(ValueParser.parse(DECIMAL, CellKind.TEXT, "2万", false, Map.of(), null).value()).isEqualTo(
                new BigDecimal("20000"));
        assertThat(ValueParser.parse(DECIMAL, CellKind.TEXT, "2万", false, Map.of(), wan).value()).isEqualTo(
                new BigDecimal("20000"));
        assertThat(ValueParser.parse(DECIMAL, CellKind.TEXT, "1.5万元", false, Map.of(), BigDecimal.valueOf(1000))
                .value()).isEqualTo(new BigDecimal("15000"));
        assertThat(ValueParser.parse(DECIMAL, CellKind.TEXT, "￥8", false, Map.of(), BigDecimal.valueOf(1000))
                .value()).isEqualTo(new BigDecimal("8000"));
    }

    @Test
    void headerUnits() {
        assertThat(Text.headerUnit("罚款金额（万元）")).isEqualTo("万元");
        assertThat(Text.headerUnit("*罚款金额 [千元]*")).isEqualTo("千元");
        assertThat(Text.headerUnit("罚款金额")).isNull();
        assertThat(Text.headerUnit("（元）")).isNull();
    }

    @Test
    void headerNormalisation() {
        assertThat(Text.header("罚款金额（元）")).isEqualTo(Text.header("罚款金额(元)")).isEqualTo("罚款金额");
        assertThat(Text.header("罚款金额【元】")).isEqualTo("罚款金额");
        assertThat(Text.header("罚款金额[元]")).isEqualTo("罚款金额");
        assertThat(Text.header("*案件编号")).isEqualTo("案件编号");
        assertThat(Text.header(" 案件 编号 * ")).isEqualTo("案件编号");
        assertThat(Text.header("Case_ID")).isEqualTo("caseid");
        assertThat(Text.header("ＦＩＮＥ＿ＡＭＯＵＮＴ")).isEqualTo("fineamount");
        assertThat(Text.columnLetter(0)).isEqualTo("A");
        assertThat(Text.columnLetter(27)).isEqualTo("AB");
    }
}

package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.read.Workbooks.row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.model.Officer;
import org.fazhi.model.PenaltyCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MappingTest {
    private static final String YAML = """
            case:                       # record type key
              sheets: [处罚台账, penalties]
              columns:
                "Case No.": case_id
                "Authority": agency
                "立案时间": filing_date
              values:
                complex_or_major: {"重大": "是", "一般": "否"}
                penalty_types: {"罚金": "罚款"}
                party_type: {"公司": "法人"}
            officer:
              columns:
                "证号": officer_id
            """;
    private static final String JSON = """
            {"case": {"sheets": ["处罚台账", "penalties"],
                      "columns": {"Case No.": "case_id", "Authority": "agency", "立案时间": "filing_date"},
                      "values": {"complex_or_major": {"重大": "是", "一般": "否"},
                                 "penalty_types": {"罚金": "罚款"},
                                 "party_type": {"公司": "法人"}}},
             "officer": {"columns": {"证号": "officer_id"}}}
            """;

    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource({"mapping.yaml", "mapping.yml", "mapping.json"})
    void mappingAddsSheetNamesHeadersAndWords(String name) throws Exception {
        Mapping mapping = Mapping.load(file(name, name.endsWith("json") ? JSON : YAML));
        Path workbook = new Workbooks()
                .sheet("处罚台账",
                        row("Case No.", "AUTHORITY", "立案时间 ", "情节复杂或重大违法", "处罚种类", "当事人类型"),
                        row("P-1", "局", "2023-01-01", "重大", "警告、罚金", "公司"),
                        row("P-2", "局", "2023-01-02", "一般", "罚款", "法人"),
                        row("P-3", "局", "2023-01-03", "是", "", "自然人"))
                .sheet("人员信息", row("证号", "姓名"), row("Z9", "王五"))
                .write(dir.resolve("book.xlsx"));

        Reading r = Reading.of(mapping, workbook);

        assertThat(r.records).hasSize(4);
        PenaltyCase p1 = (PenaltyCase) r.record(0);
        assertThat(p1.getCaseId()).isEqualTo("P-1");
        assertThat(p1.getAgency()).isEqualTo("局");
        assertThat(p1.getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(p1.getComplexOrMajor()).isTrue();
        assertThat(p1.getPenaltyTypes()).containsExactly("警告", "罚款");
        assertThat(p1.getPartyType()).isEqualTo("法人");
        assertThat(((PenaltyCase) r.record(1)).getComplexOrMajor()).isFalse();
        assertThat(((PenaltyCase) r.record(2)).getComplexOrMajor()).as("built-in words still work").isTrue();
        assertThat(((PenaltyCase) r.record(2)).getPenaltyTypes()).isNull();
        assertThat(((Officer) r.record(3)).getOfficerId()).isEqualTo("Z9");
        assertThat(r.records).allSatisfy(rec -> assertThat(rec.getProblems()).isEmpty());
    }

    @Test
    void mappingSheetsNameCsvFiles() throws Exception {
        Mapping mapping = Mapping.load(file("m.yaml", YAML));
        Path csv = Files.writeString(dir.resolve("penalties.csv"), "Case No.,Authority,立案时间\nX,局,2023-01-01\n");
        assertThat(Reading.of(mapping, csv).record(0).typeKey()).isEqualTo("case");
    }

    @Test
    void noneAddsNothing() {
        assertThat(Mapping.none().isEmpty()).isTrue();
        assertThat(Mapping.none().columns("case")).isEmpty();
        assertThat(Mapping.none().value("case", "party_type", "公司")).isEqualTo("公司");
    }

    private InputException rejected(String name, String text) throws Exception {
        Path f = file(name, text);
        try {
            Mapping.load(f);
        } catch (InputException e) {
            assertThat(e.message(Lang.ZH)).contains(name);
            assertThat(e.message(Lang.EN)).contains(name);
            return e;
        }
        throw new AssertionError("mapping accepted: " + text);
    }

    @Test
    void unknownRecordTypeIsRejectedListingTheValidTypes() throws Exception {
        InputException e = rejected("m.yaml", "penalty:\n  columns: {\"a\": case_id}\n");
        assertThat(e.key()).isEqualTo("read.mapping.unknownType");
        assertThat(e.message(Lang.EN)).contains("penalty", "decision/重大行政决策, case/行政处罚案件, officer/");
    }

    @Test
    void aMisspeltNameIsRejectedSuggestingTheClosest() throws Exception {
        InputException type = rejected("t.yaml", "offcer:\n  columns: {\"证号\": officer_id}\n");
        assertThat(type.key()).isEqualTo("read.mapping.unknownType.suggest");
        assertThat(type.message(Lang.ZH)).contains("“offcer”不存在，是否应为“officer”？");
        assertThat(type.message(Lang.EN)).contains("did you mean \"officer\"?");

        InputException key = rejected("k.yaml", "case:\n  columns: {\"编号\": case_idd}\n");
        assertThat(key.key()).isEqualTo("read.mapping.unknownKey.suggest");
        assertThat(key.message(Lang.EN)).contains("did you mean \"case_id\"?");

        InputException chinese = rejected("c.yaml", "行政处罚案:\n  columns: {\"编号\": case_id}\n");
        assertThat(chinese.message(Lang.ZH)).contains("是否应为“行政处罚案件”？");
    }

    @Test
    void recordTypesByChineseNameAndTargetsByChineseHeader() throws Exception {
        Mapping mapping = Mapping.load(file("m.yaml", """
                行政处罚案件:
                  sheets: [处罚台账]
                  columns:
                    "编号": 案件编号
                    "办案单位": 执法机关
                  values:
                    情节复杂或重大违法: {"重大": "是"}
                """));
        assertThat(mapping.columns("case")).containsEntry("编号", "case_id").containsEntry("办案单位", "agency");
        assertThat(mapping.value("case", "complex_or_major", "重大")).isEqualTo("是");
        assertThat(mapping.sheets("case")).containsExactly("处罚台账");
    }

    @Test
    void aTypeNamedTwiceIsRejected() throws Exception {
        InputException e = rejected("m.yaml", "case:\n  sheets: [a]\n行政处罚案件:\n  sheets: [b]\n");
        assertThat(e.key()).isEqualTo("read.mapping.twice");
    }

    @Test
    void ignoreSkipsSheetsAndFilesOnPurpose() throws Exception {
        Mapping mapping = Mapping.load(file("m.yaml", "ignore: [统计表, \"*汇总*\", 说明.csv, \"备份?\"]\n"));
        Path workbook = new Workbooks()
                .sheet("cases", row("case_id", "agency", "filing_date"), row("C1", "局", "2023-01-01"))
                .sheet("2025年案件汇总表", row("case_id", "agency", "filing_date"), row("C2", "局", "2023-01-01"))
                .sheet("统计表", row("case_id", "agency", "filing_date"), row("C3", "局", "2023-01-01"))
                .sheet("备份1", row("case_id", "agency", "filing_date"), row("C4", "局", "2023-01-01"))
                .sheet("备份10", row("case_id", "agency", "filing_date"), row("C5", "局", "2023-01-01"))
                .write(dir.resolve("export.xlsx"));
        Path notes = Files.writeString(dir.resolve("说明.csv"), "officer_id\nZ1\n");
        Reading r = Reading.of(mapping, workbook, notes);
        assertThat(r.records).extracting(org.fazhi.model.Record::getId).containsExactly("C1", "C5");
        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::ignoredReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("cases", null),
                org.assertj.core.groups.Tuple.tuple("2025年案件汇总表", "read.ignored.mapping"),
                org.assertj.core.groups.Tuple.tuple("统计表", "read.ignored.mapping"),
                org.assertj.core.groups.Tuple.tuple("备份1", "read.ignored.mapping"),
                org.assertj.core.groups.Tuple.tuple("备份10", null),
                org.assertj.core.groups.Tuple.tuple(null, "read.ignored.mapping"));
    }

    @Test
    void unknownColumnTargetIsRejectedListingTheFields() throws Exception {
        InputException e = rejected("m.json", "{\"officer\": {\"columns\": {\"证号\": \"officer_no\"}}}");
        assertThat(e.key()).startsWith("read.mapping.unknownKey");
        assertThat(e.message(Lang.EN)).contains("officer_no", "officer_id", "training_hours");
    }

    @Test
    void unknownValuesKeyIsRejected() throws Exception {
        InputException e = rejected("m.yaml", "case:\n  values:\n    fine: {\"a\": \"b\"}\n");
        assertThat(e.key()).isEqualTo("read.mapping.unknownKey");
        assertThat(e.message(Lang.ZH)).contains("fine", "fine_amount");
    }

    @Test
    void unknownSectionIsRejected() throws Exception {
        InputException e = rejected("m.yaml", "case:\n  headers:\n    a: case_id\n");
        assertThat(e.key()).isEqualTo("read.mapping.unknownSection");
        assertThat(e.message(Lang.EN)).contains("case.headers", "sheets, columns, values");
    }

    @Test
    void aTargetWordTheFieldDoesNotAcceptIsRejected() throws Exception {
        InputException e = rejected("m.yaml", "case:\n  values:\n    penalty_types: {\"罚金\": \"罚钱\"}\n");
        assertThat(e.key()).isEqualTo("read.mapping.unknownWord");
        assertThat(e.message(Lang.EN)).contains("罚钱", "罚款");
        InputException b = rejected("b.yaml", "case:\n  values:\n    on_platform: {\"已录\": \"可能\"}\n");
        assertThat(b.key()).isEqualTo("read.mapping.unknownWord");
    }

    @Test
    void aMalformedFileIsRejected() throws Exception {
        assertThat(rejected("m.json", "{\"case\": ").key()).isEqualTo("read.mapping.parse");
        assertThat(rejected("n.yaml", "case: [\n").key()).isEqualTo("read.mapping.parse");
        assertThat(rejected("s.yaml", "- case\n").key()).isEqualTo("read.mapping.shape");
        assertThat(rejected("c.yaml", "case:\n  columns: [a, b]\n").key()).isEqualTo("read.mapping.shape");
    }

    @Test
    void aSyntaxErrorIsNamedByLineAndColumnInTheUsersLanguageWithoutTheParsersText() throws Exception {
        InputException yaml = rejected("m4.yaml", "case:\n  columns:\n    \"编号\": case_id\n   \"机关\": agency\n");
        assertThat(yaml.message(Lang.ZH)).contains("第 4 行").doesNotContain("while parsing", "expected", "\n");
        InputException json = rejected("m7.json", "{\"case\": {\"columns\": {\"编号\": \"case_id\",}}}");
        assertThat(json.message(Lang.ZH)).contains("第 1 行").doesNotContain("Unexpected character");
        assertThat(json.message(Lang.EN)).contains("line 1").doesNotContain("Unexpected character");
    }

    @Test
    void aMappingSavedAsGbkIsToldToBeSavedAsUtf8() throws Exception {
        Path f = dir.resolve("gbk.yaml");
        Files.write(f, "case:\n  columns:\n    \"编号\": case_id\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThatThrownBy(() -> Mapping.load(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.mapping.parse");
            assertThat(e.message(Lang.ZH)).contains("gbk.yaml", "UTF-8").doesNotContain("Invalid", "byte");
        });
    }

    @Test
    void aKeyWrittenTwiceIsRejectedNamingIt() throws Exception {
        InputException e = rejected("dup.yaml", "case:\n  columns:\n    \"编号\": case_id\n    \"编号\": agency\n");
        assertThat(e.message(Lang.ZH)).contains("“编号”", "第 4 行");
    }

    @Test
    void aMissingFileIsRejected() {
        assertThatThrownBy(() -> Mapping.load(dir.resolve("nope.yaml"))).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.key()).isEqualTo("read.mapping.notFound");
                    assertThat(e.message(Lang.EN)).contains("nope.yaml");
                });
    }
}

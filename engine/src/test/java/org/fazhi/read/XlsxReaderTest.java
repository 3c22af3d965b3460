package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.read.Workbooks.row;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.model.CellProblem;
import org.fazhi.model.Officer;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {
    @TempDir
    Path dir;

    @Test
    void titleRowsAboveTheHeaderAreSkippedAndRowNumbersAreThoseExcelShows() throws Exception {
        Path file = new Workbooks().sheet("2025年行政处罚案件台账",
                row("2025年行政处罚案件台账"),
                row("填报单位：某某局", null, null, "单位：元"),
                null,
                row("案件编号", "执法机关", "立案日期", "罚款金额(元)"),
                row("CF-001", "市场监管局", "2023-01-11", 12000),
                row("CF-002", "市场监管局", "2023/1/12", "1.2万")).write(dir.resolve("cases.xlsx"));

        Reading r = Reading.of(file);

        assertThat(r.records).hasSize(2);
        PenaltyCase first = (PenaltyCase) r.record(0);
        assertThat(first.getCaseId()).isEqualTo("CF-001");
        assertThat(first.getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(first.getFineAmount()).isEqualByComparingTo("12000");
        assertThat(first.getSource().row()).isEqualTo(5);
        assertThat(first.getSource().sheet()).isEqualTo("2025年行政处罚案件台账");
        assertThat(first.getSource().file()).isEqualTo(file.toString().replace('\\', '/'));
        assertThat(r.record(1).getSource().row()).isEqualTo(6);
        assertThat(((PenaltyCase) r.record(1)).getFineAmount()).isEqualByComparingTo("12000");
        assertThat(r.summary(0)).isEqualTo(new InputSummary(first.getSource().file(), "2025年行政处罚案件台账",
                "case", 2, 0, InputSummary.SkippedRows.NONE, List.of(), null, List.of(), "xlsx", false));
    }

    @Test
    void shuffledColumnsFullWidthHeadersUnitsAndRequiredMarkers() throws Exception {
        Path file = new Workbooks().sheet("执法案件",
                row("罚款金额（元）", "＊立案日期", "执法机关 *", "ＣＡＳＥ＿ＩＤ", "没收金额【元】", " 处罚种类 "),
                row("3000元", "2023年1月11日", "城管局", "A1", "￥500", "警告、罚款")).write(dir.resolve("x.xlsx"));

        PenaltyCase c = (PenaltyCase) Reading.of(file).record(0);

        assertThat(c.getCaseId()).isEqualTo("A1");
        assertThat(c.getAgency()).isEqualTo("城管局");
        assertThat(c.getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(c.getFineAmount()).isEqualByComparingTo("3000");
        assertThat(c.getConfiscationAmount()).isEqualByComparingTo("500");
        assertThat(c.getPenaltyTypes()).containsExactly("警告", "罚款");
        assertThat(c.getProblems()).isEmpty();
    }

    @Test
    void realExcelDatesDateTimesFormulasBooleansAndLongIds() throws Exception {
        Path file = new Workbooks().sheet("cases",
                row("case_id", "agency", "filing_date", "decision_date", "service_date", "fine_amount",
                        "confiscation_amount", "on_platform", "publicity_date", "notice_date"),
                row(20230001, "局", LocalDate.of(2023, 3, 1), LocalDateTime.of(2023, 3, 5, 10, 30),
                        new Workbooks.ChineseDate(LocalDate.of(2023, 3, 9)), "=1000*3", 1.2e4, true,
                        20230310, 45000),
                row(123456789012345L, "局", "2023-03-01", null, null, 0.5, null, false, null, null))
                .write(dir.resolve("dates.xlsx"));

        Reading r = Reading.of(file);

        PenaltyCase c = (PenaltyCase) r.record(0);
        assertThat(c.getCaseId()).isEqualTo("20230001");
        assertThat(c.getFilingDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(c.getDecisionDate()).isEqualTo(LocalDate.of(2023, 3, 5));
        assertThat(c.getServiceDate()).isEqualTo(LocalDate.of(2023, 3, 9));
        assertThat(c.getFineAmount()).isEqualTo(new BigDecimal("3000"));
        assertThat(c.getConfiscationAmount()).isEqualTo(new BigDecimal("12000"));
        assertThat(c.getOnPlatform()).isTrue();
        assertThat(c.getPublicityDate()).as("8-digit number without date format").isEqualTo(LocalDate.of(2023, 3, 10));
        assertThat(c.getNoticeDate()).as("serial without date format").isEqualTo(LocalDate.of(2023, 3, 15));
        PenaltyCase d = (PenaltyCase) r.record(1);
        assertThat(d.getCaseId()).isEqualTo("123456789012345");
        assertThat(d.getFineAmount()).isEqualTo(new BigDecimal("0.5"));
        assertThat(d.getOnPlatform()).isFalse();
        assertThat(d.getDecisionDate()).isNull();
        assertThat(d.getProblems()).isEmpty();
    }

    @Test
    void formulaCachedTextAndBooleanValues() throws Exception {
        Path file = new Workbooks().sheet("cases",
                row("case_id", "agency", "filing_date", "suspected_crime", "decision_date"),
                row("=\"CF-\"&\"007\"", "=\"市\"&\"局\"", "=DATE(2023,5,6)", "=1>2", "=\"2023-05-07\""))
                .write(dir.resolve("f.xlsx"));

        PenaltyCase c = (PenaltyCase) Reading.of(file).record(0);

        assertThat(c.getCaseId()).isEqualTo("CF-007");
        assertThat(c.getAgency()).isEqualTo("市局");
        assertThat(c.getSuspectedCrime()).isFalse();
        assertThat(c.getDecisionDate()).isEqualTo(LocalDate.of(2023, 5, 7));
        // DATE() without a date style on the cell is a plain serial in a date column
        assertThat(c.getFilingDate()).isEqualTo(LocalDate.of(2023, 5, 6));
    }

    @Test
    void date1904WorkbooksKeepTheirDates() throws Exception {
        Path file = new Workbooks().date1904().sheet("cases",
                row("case_id", "agency", "filing_date"),
                row("A", "局", LocalDate.of(2023, 1, 11))).write(dir.resolve("mac.xlsx"));

        assertThat(((PenaltyCase) Reading.of(file).record(0)).getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 11));
    }

    @Test
    void blankRowsAreSkippedAndCountedUnknownColumnsListedAndDuplicateColumnsReported() throws Exception {
        Path file = new Workbooks().sheet("officers",
                row("执法证件号", "姓名", "备注", "证件号码", "officer_id", "岗位"),
                row("Z1", "张三", "x", "y", "dup", "行政执法/法制审核"),
                row("", "  ", null),
                null,
                null,
                row(null, "李四"),
                row(),
                null)
                .write(dir.resolve("o.xlsx"));

        Reading r = Reading.of(file);

        assertThat(r.records).hasSize(2);
        Officer o = (Officer) r.record(0);
        assertThat(o.getOfficerId()).isEqualTo("Z1");
        assertThat(o.getRoles()).containsExactly("行政执法", "法制审核");
        Record blankId = r.record(1);
        assertThat(blankId.getSource().row()).isEqualTo(6);
        assertThat(blankId.getId()).isNull();
        assertThat(blankId.getProblems()).containsExactly(new CellProblem("officer_id", "A", "执法证件号", null,
                CellProblem.Kind.REQUIRED_BLANK, ValueParser.expected(blankId.type().idField())));
        InputSummary s = r.summary(0);
        assertThat(s.rows()).isEqualTo(2);
        assertThat(s.blankRowsSkipped()).isEqualTo(3);
        assertThat(s.unknownColumns()).containsExactly("备注", "证件号码", "officer_id");
    }

    @Test
    void badCellsBecomeProblemsAndTheRestOfTheRowIsRead() throws Exception {
        Path file = new Workbooks().sheet("cases",
                row("case_id", "agency", "filing_date", "fine_amount", "party_type", "penalty_types", "on_platform"),
                row("A", "局", "2023-02-30", "很多", "个人", "警告、罚金", "也许")).write(dir.resolve("bad.xlsx"));

        PenaltyCase c = (PenaltyCase) Reading.of(file).record(0);

        assertThat(c.getCaseId()).isEqualTo("A");
        assertThat(c.getFilingDate()).isNull();
        assertThat(c.getFineAmount()).isNull();
        assertThat(c.getPartyType()).isNull();
        assertThat(c.getPenaltyTypes()).isNull();
        assertThat(c.getOnPlatform()).isNull();
        assertThat(c.getProblems()).extracting(CellProblem::field, CellProblem::column, CellProblem::raw, CellProblem::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("filing_date", "C", "2023-02-30", CellProblem.Kind.UNPARSEABLE),
                        org.assertj.core.groups.Tuple.tuple("fine_amount", "D", "很多", CellProblem.Kind.UNPARSEABLE),
                        org.assertj.core.groups.Tuple.tuple("party_type", "E", "个人", CellProblem.Kind.UNKNOWN_WORD),
                        org.assertj.core.groups.Tuple.tuple("penalty_types", "F", "警告、罚金", CellProblem.Kind.UNKNOWN_WORD),
                        org.assertj.core.groups.Tuple.tuple("on_platform", "G", "也许", CellProblem.Kind.UNPARSEABLE));
        assertThat(Reading.problem(c, "party_type").expected()).isEqualTo("自然人、法人、其他组织");
    }

    @Test
    void sheetsAreRecognisedByAliasByContainedAliasAndByHeadersOrListedAsIgnored() throws Exception {
        Path file = new Workbooks()
                .sheet("说明", row("本表由某系统导出"), row("请勿修改"))
                .sheet("人员", row("执法证件号", "姓名"), row("Z1", "张三"))
                .sheet("2025年 行政复议案件 汇总", row("复议案号", "复议机关"), row("F1", "市政府"))
                .sheet("Sheet3", row("检查编号", "检查机关", "检查日期", "企业名称"), row("J1", "局", "2023-01-01", "某公司"))
                .sheet("空表")
                .write(dir.resolve("multi.xlsx"));

        Reading r = Reading.of(file);

        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::recordType, InputSummary::rows,
                InputSummary::ignoredReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("说明", null, 0, "read.ignored.unrecognised"),
                org.assertj.core.groups.Tuple.tuple("人员", "officer", 1, null),
                org.assertj.core.groups.Tuple.tuple("2025年 行政复议案件 汇总", "reconsideration", 1, null),
                org.assertj.core.groups.Tuple.tuple("Sheet3", "inspection", 1, null),
                org.assertj.core.groups.Tuple.tuple("空表", null, 0, "read.ignored.empty"));
        assertThat(r.records).extracting(Record::typeKey).containsExactly("officer", "reconsideration", "inspection");
    }

    @Test
    void hiddenRowsAndColumnsAreRead() throws Exception {
        Workbooks wb = new Workbooks().sheet("cases",
                row("case_id", "agency", "filing_date"),
                row("A", "局", "2023-01-01"),
                row("B", "局", "2023-01-02"));
        wb.last().getRow(1).setZeroHeight(true);
        wb.last().setColumnHidden(1, true);
        Reading r = Reading.of(wb.write(dir.resolve("h.xlsx")));

        assertThat(r.records).extracting(Record::getId).containsExactly("A", "B");
        assertThat(r.records).extracting(Record::getAgency).containsExactly("局", "局");
    }

    @Test
    void aMissingRequiredColumnNamesFileSheetKeyAndSpellings() throws Exception {
        Path file = new Workbooks().sheet("cases", row("案件编号", "执法机关"), row("A", "局"))
                .write(dir.resolve("missing.xlsx"));

        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.missingColumn");
            assertThat(e.message(Lang.ZH)).contains("missing.xlsx", "cases", "filing_date", "立案日期", "映射");
            assertThat(e.message(Lang.EN)).contains("missing.xlsx", "cases", "filing_date", "立案日期", "mapping");
        });
    }

    @Test
    void aRecognisedSheetWithoutAnyHeaderRowLacksItsRequiredColumns() throws Exception {
        Path file = new Workbooks().sheet("cases", row("A", "局"), row("B", "局"))
                .write(dir.resolve("noheader.xlsx"));

        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.message(Lang.EN)).contains("noheader.xlsx", "case_id"));
    }
}

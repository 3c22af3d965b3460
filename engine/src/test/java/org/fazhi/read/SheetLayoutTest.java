package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.read.Workbooks.row;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** records.md "Sheet layout": workbooks laid out the way case-handling systems export them. */
class SheetLayoutTest {
    @TempDir
    Path dir;

    /** A real export: a merged title, a two-row header, an agency merged over a block, a subtotal, a total and footers. */
    @Test
    void aRealExportIsReadRecordForRecordAndItsSummaryRowsAreCountedNotRead() throws Exception {
        Path file = new Workbooks().sheet("行政处罚案件",
                row("2025年行政处罚案件台账"),
                row("填报单位：某市场监督管理局    统计时间：2025年"),
                row("序号", "案件编号", "执法机关", "立案日期", "处罚决定", null, null, "罚款金额（万元）", "执法人员证件号"),
                row(null, null, null, null, "处罚决定日期", "送达日期", "公示日期"),
                row(1, "CF-001", "市场监管局", "2025-01-10", "2025-02-01", "2025-02-03", "2025-02-05", 1.5,
                        "53010001 53010002"),
                row(2, "CF-002", null, "2025-01-11", "2025-02-02", "2025-02-04", "2025-02-06", 15, "53010001"),
                row(3, "CF-003", null, "2025/3/1", "／", "无", "—", "暂无", "53010002"),
                row(4, "CF-004", null, "2025.3.2", null, null, null, "2万", "53010002"),
                row(5, "CF-005", null, "20250303", null, null, null, "3000元", "53010002"),
                row("小　计", null, null, null, null, null, null, 2000),
                row(6, "CF-006", "城管局", "2025-04-01", null, null, null, 0.2, "53010003"),
                row("合计", "共6件", null, null, null, null, null, 2000.2),
                null,
                row("填表人：张三", null, null, null, "审核人：李四"),
                row("注：金额单位为万元"))
                .merged("A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4", "C5:C9",
                        "A15:I15")
                .write(dir.resolve("export.xlsx"));

        Reading r = Reading.of(file);

        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getCaseId())
                .containsExactly("CF-001", "CF-002", "CF-003", "CF-004", "CF-005", "CF-006");
        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getAgency())
                .containsExactly("市场监管局", "市场监管局", "市场监管局", "市场监管局", "市场监管局", "城管局");
        assertThat(r.records).allSatisfy(rec -> assertThat(rec.getProblems()).isEmpty());
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(5, 6, 7, 8, 9, 11);
        PenaltyCase first = (PenaltyCase) r.record(0);
        assertThat(first.getDecisionDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(first.getServiceDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(first.getPublicityDate()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(first.getOfficerIds()).containsExactly("53010001", "53010002");
        assertThat(fines(r)).containsExactly(new BigDecimal("15000"), new BigDecimal("150000"), null,
                new BigDecimal("20000"), new BigDecimal("3000"), new BigDecimal("2000"));
        PenaltyCase placeholders = (PenaltyCase) r.record(2);
        assertThat(placeholders.getDecisionDate()).isNull();
        assertThat(placeholders.getServiceDate()).isNull();
        assertThat(placeholders.getPublicityDate()).isNull();

        InputSummary s = r.summary(0);
        assertThat(s.rows()).isEqualTo(6);
        assertThat(s.summaryRowsSkipped()).isEqualTo(new InputSummary.SkippedRows(4, List.of(10, 12, 14, 15)));
        assertThat(s.blankRowsSkipped()).as("row 13, before the footers").isEqualTo(1);
        assertThat(s.unknownColumns()).as("序号 is a row number; 处罚决定 a group heading").isEmpty();
    }

    @Test
    void theHeaderIsSoughtAmongTheFirstTwentyRowsAndNotBeyond() throws Exception {
        Object[][] rows = new Object[22][];
        for (int i = 0; i < 19; i++) {
            rows[i] = row("说明第" + (i + 1) + "行");
        }
        rows[19] = row("*案件编号*", "执法\n机关", "立案日期（日）");
        rows[20] = row("CF-1", "城管局", "2025-01-02");
        Reading r = Reading.of(new Workbooks().sheet("案件", rows).write(dir.resolve("twenty.xlsx")));
        assertThat(r.records).hasSize(1);
        assertThat(r.record(0).getSource().row()).isEqualTo(21);

        Object[][] deeper = new Object[23][];
        for (int i = 0; i < 20; i++) {
            deeper[i] = row("说明第" + (i + 1) + "行");
        }
        deeper[20] = row("案件编号", "执法机关", "立案日期");
        deeper[21] = row("CF-1", "城管局", "2025-01-02");
        Path beyond = new Workbooks().sheet("案件", deeper).write(dir.resolve("beyond.xlsx"));
        assertThatThrownBy(() -> Reading.of(beyond)).isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).key()).isEqualTo("read.error.missingColumn");
    }

    @Test
    void aTwoRowHeaderWithoutMergesTakesTheLowerRowsKnownHeaders() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "处罚决定", null, "其他"),
                row(null, null, null, "处罚决定日期", "罚款金额", "附注"),
                row("CF-1", "城管局", "2025-01-02", "2025-02-01", 500, "x")).write(dir.resolve("two.xlsx"));
        Reading r = Reading.of(file);
        PenaltyCase c = (PenaltyCase) r.record(0);
        assertThat(c.getDecisionDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(c.getFineAmount()).isEqualByComparingTo("500");
        assertThat(c.getSource().row()).isEqualTo(3);
        assertThat(r.summary(0).unknownColumns()).containsExactly("附注");
    }

    @Test
    void aTwoRowHeaderWhoseLowerRowHoldsMostKnownHeadersKeepsTheHeadingsMergedDown() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件信息", null, "案件编号", "处罚决定", null),
                row("执法机关", "立案日期", null, "处罚决定日期", "送达日期"),
                row("城管局", "2025-01-02", "CF-1", "2025-02-01", "2025-02-03"))
                .merged("A1:B1", "C1:C2", "D1:E1")
                .write(dir.resolve("lower.xlsx"));
        Reading r = Reading.of(file);
        PenaltyCase c = (PenaltyCase) r.record(0);
        assertThat(c.getCaseId()).isEqualTo("CF-1");
        assertThat(c.getAgency()).isEqualTo("城管局");
        assertThat(c.getServiceDate()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(r.summary(0).unknownColumns()).isEmpty();
    }

    @Test
    void aKnownHeaderBelowAKnownHeaderMakesNoSecondHeaderRow() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "当事人"),
                row("CF-1", "城管局", "2025-01-02", "立案日期")).write(dir.resolve("one.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).hasSize(1);
        assertThat(((PenaltyCase) r.record(0)).getPartyName()).isEqualTo("立案日期");
    }

    @Test
    void amountHeadersScaleByTheirUnitAndACellsOwnUnitWins() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "罚款金额（千元）", "没收金额 (CNY)"),
                row("CF-1", "城管局", "2025-01-02", 1.5, 300),
                row("CF-2", "城管局", "2025-01-02", "2万", "1万元"),
                row("CF-3", "城管局", "2025-01-02", "800元", "12,000")).write(dir.resolve("units.xlsx"));
        Reading r = Reading.of(file);
        assertThat(fines(r)).containsExactly(new BigDecimal("1500"), new BigDecimal("20000"), new BigDecimal("800"));
        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getConfiscationAmount())
                .containsExactly(new BigDecimal("300"), new BigDecimal("10000"), new BigDecimal("12000"));
    }

    @Test
    void anotherUnitInAnAmountHeaderIsAnInputErrorNamingTheColumn() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "罚款金额（美元）"),
                row("CF-1", "城管局", "2025-01-02", 15)).write(dir.resolve("usd.xlsx"));
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.amountUnit");
            assertThat(e.message(Lang.ZH)).contains("D 列", "罚款金额（美元）", "美元", "（万元）");
            assertThat(e.message(Lang.EN)).contains("column D", "美元");
        });
    }

    @Test
    void rowNumberColumnsAreIgnoredAndAColumnWithoutHeadingCountsOnlyWithValues() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("序号", "No.", "行号", "案件编号", "执法机关", "立案日期", null, null, "自定义"),
                row(1, 1, 1, "CF-1", "城管局", "2025-01-02", null, "手写", "a"),
                row(2, 2, 2, "CF-2", "城管局", "2025-01-02", null, null, "b", "溢出")).write(dir.resolve("no.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).hasSize(2);
        assertThat(r.summary(0).unknownColumns()).containsExactly("自定义", "(H)", "(J)");
    }

    @Test
    void aRowHoldingNothingButItsRowNumberIsBlank() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("序号", "案件编号", "执法机关", "立案日期"),
                row(1, "CF-1", "城管局", "2025-01-02"),
                row(2),
                row(3, "CF-3", "城管局", "2025-01-02"),
                row(4),
                row(5)).write(dir.resolve("numbered.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(2, 4);
        assertThat(r.summary(0).blankRowsSkipped()).isEqualTo(1);
    }

    @Test
    void totalRowsAreThoseTheSpecDefinesAndNoOthers() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("序号", "案件编号", "执法机关", "立案日期", "当事人"),
                row(1, "CF-1", "城管局", "2025-01-02", "合计"),
                row("合 计", "CF-2", "城管局", "2025-01-02"),
                row(null, "总计：", null, null),
                row(null, null, "累计", null),
                row(null, null, null, "小计"),
                row("小计", "32件"),
                row(2, "CF-3", "城管局", "2025-01-02")).write(dir.resolve("totals.xlsx"));
        Reading r = Reading.of(file);
        // 合计 beside a real identifier, and 小计 in the fourth cell, are records
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(2, 3, 6, 8);
        assertThat(r.summary(0).summaryRowsSkipped().rows()).containsExactly(4, 5, 7);
    }

    @Test
    void totalRowsWithAScopeAUnitOrAPlaceholderIdentifierAreSkippedToo() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("序号", "案件编号", "执法机关", "立案日期", "罚款金额"),
                row(1, "CF-1", "城管局", "2025-01-02", 300),
                row("本页小计", null, null, null, 300),
                row("本月合计", "—", "—", "—", 300),
                row("合计（元）", "/", null, null, 300),
                row("合计数", 2, null, null, 300),
                row("共计", "32", null, null, 300),
                row("总合计", "共2件", null, null, 600),
                row("本页", "CF-2", "城管局", "2025-01-03", 100),
                row("合计", "CF-3", "城管局", "2025-01-04", 100)).write(dir.resolve("totals2.xlsx"));
        Reading r = Reading.of(file);
        // a scope word alone is no total, and a total word beside a real identifier is a record
        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getCaseId()).containsExactly("CF-1", "CF-2", "CF-3");
        assertThat(r.summary(0).summaryRowsSkipped().rows()).containsExactly(3, 4, 5, 6, 7, 8);
    }

    @Test
    void aTotalRowMayCarryItsCountInTheCellOfItsWord() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("序号", "案件编号", "执法机关", "立案日期", "罚款金额"),
                row(1, "CF-1", "城管局", "2025-01-02", 300),
                row("本页合计：2件", null, null, null, 300),
                row(null, "合 计：共2件", null, null, 600),
                row("合计 2 件", null, null, null, 600),
                row("合计金额", "CF-2", "城管局", "2025-01-03", 100))
                .merged("A3:B3")
                .write(dir.resolve("counted.xlsx"));
        Reading r = Reading.of(file);
        // words after a total word that do not count make no total
        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getCaseId()).containsExactly("CF-1", "CF-2");
        assertThat(r.summary(0).summaryRowsSkipped().rows()).containsExactly(3, 4, 5);
    }

    @Test
    void aUnitInTheGroupHeadingOverAmountColumnsScalesThemUnlessTheirOwnHeaderStatesOne() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "金额（万元）", null, null),
                row(null, null, null, "罚款金额", "没收金额", "罚款金额（元）"),
                row("CF-1", "城管局", "2025-01-02", 1.5, 0.2, 300))
                .merged("A1:A2", "B1:B2", "C1:C2", "D1:F1")
                .write(dir.resolve("group.xlsx"));
        PenaltyCase c = (PenaltyCase) Reading.of(file).record(0);
        assertThat(c.getFineAmount()).isEqualByComparingTo("15000");
        assertThat(c.getConfiscationAmount()).isEqualByComparingTo("2000");

        Path csv = dir.resolve("行政处罚案件.csv");
        Files.writeString(csv, "案件编号,执法机关,立案日期,金额（万元）,,处罚情况\n"
                + ",,,罚款金额,没收金额,处罚决定日期\nG-1,局,2025-03-01,1.5,0.2,2025-03-02\n", StandardCharsets.UTF_8);
        PenaltyCase g = (PenaltyCase) Reading.of(csv).record(0);
        assertThat(g.getFineAmount()).as("a merge kept in its first cell spans the blank cells after it")
                .isEqualByComparingTo("15000");
        assertThat(g.getConfiscationAmount()).isEqualByComparingTo("2000");
    }

    @Test
    void aHeadingThatSpansNoAmountColumnOrStatesNoMoneyLeavesItUnscaled() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "处罚（2025年）", "金额（万元）", null),
                row(null, null, null, "罚款金额", "没收金额", null),
                row("CF-1", "城管局", "2025-01-02", 300, 0.2, null))
                .merged("A1:A2", "B1:B2", "C1:C2")
                .write(dir.resolve("single.xlsx"));
        PenaltyCase c = (PenaltyCase) Reading.of(file).record(0);
        assertThat(c.getFineAmount()).isEqualByComparingTo("300");
        assertThat(c.getConfiscationAmount()).isEqualByComparingTo("2000");
    }

    @Test
    void aUnitOfMoneyStatedInATitleLineScalesAmountsWhoseHeadersStateNone() throws Exception {
        Path file = dir.resolve("行政处罚案件.csv");
        Files.writeString(file, "2025年行政处罚案件台账（金额单位：万元）\n"
                + "案件编号,执法机关,立案日期,罚款金额,没收金额（元）\nU-1,局,2025-03-01,2,3\n", StandardCharsets.UTF_8);
        PenaltyCase c = (PenaltyCase) Reading.of(file).record(0);
        assertThat(c.getFineAmount()).isEqualByComparingTo("20000");
        assertThat(c.getConfiscationAmount()).isEqualByComparingTo("3");

        Path plain = dir.resolve("cases.csv");
        Files.writeString(plain, "2025年台账（统计时间：2025年）\n案件编号,执法机关,立案日期,罚款金额\nU-1,局,2025-03-01,2\n",
                StandardCharsets.UTF_8);
        assertThat(((PenaltyCase) Reading.of(plain).record(0)).getFineAmount()).isEqualByComparingTo("2");
    }

    @Test
    void footerLikeRowsFollowedByDataAreRecordsAndBlankRowsBetweenRecordsStayCounted() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期"),
                row("CF-1", "城管局", "2025-01-02"),
                row("备注：补录", "城管局", "2025-01-02"),
                null,
                row("合计"),
                null,
                row("CF-3", "城管局", "2025-01-02"),
                null,
                row("负责人：王五"),
                row("联系电话：123"),
                null).write(dir.resolve("footers.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(2, 3, 7);
        InputSummary s = r.summary(0);
        assertThat(s.blankRowsSkipped()).as("rows 4, 6 and 8; not 11, after the last footer").isEqualTo(3);
        assertThat(s.summaryRowsSkipped().rows()).containsExactly(5, 9, 10);
    }

    @Test
    void pageMarksBlankNoticesAndSignOffLinesUnderATableAreFooters() throws Exception {
        Path file = dir.resolve("行政处罚案件.csv");
        Files.writeString(file, String.join("\n",
                "案件编号,执法机关,立案日期",
                "CF-1,城管局,2025-01-02",
                "合计,,",
                "以下空白,,",
                "填表人：张三,,审核人：李四",
                "制表：王五,,",
                "打印日期：2025年12月31日,,",
                "第1页 共1页,,") + "\n", StandardCharsets.UTF_8);
        Reading r = Reading.of(file);
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(2);
        assertThat(r.summary(0).summaryRowsSkipped().rows()).containsExactly(3, 4, 5, 6, 7, 8);

        Path more = dir.resolve("cases.csv");
        Files.writeString(more, "案件编号,执法机关,立案日期\n第1页,城管局,2025-01-02\nCF-2,城管局,2025-01-03\n",
                StandardCharsets.UTF_8);
        assertThat(Reading.of(more).records).as("footer-like rows followed by a record are records").hasSize(2);
    }

    @Test
    void aPagedExportsRepeatedHeadersAndPageMarksBetweenRecordsAreNoRecords() throws Exception {
        Path file = dir.resolve("行政处罚案件.csv");
        Files.writeString(file, String.join("\n",
                "案件编号,执法机关,立案日期",
                "CF-1,城管局,2025-01-02",
                "第1页 共2页,,",
                "案件编号,执法机关,立案日期",
                "CF-2,城管局,2025-01-03",
                "案件编号,城管局,2025-01-04",
                "第2页 共2页,,") + "\n", StandardCharsets.UTF_8);
        Reading r = Reading.of(file);
        // a row holding a heading beside real values is a record
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(2, 5, 6);
        assertThat(r.summary(0).summaryRowsSkipped().rows()).containsExactly(3, 4, 7);

        Path twoRows = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "处罚决定", null),
                row(null, null, null, "处罚决定日期", "罚款金额（元）"),
                row("CF-1", "城管局", "2025-01-02", "2025-02-02", 300),
                row("案件编号", "执法机关", "立案日期", "处罚决定", null),
                row(null, null, null, "处罚决定日期", "罚款金额（元）"),
                row("CF-2", "城管局", "2025-01-03", "2025-02-03", 400))
                .merged("A1:A2", "B1:B2", "C1:C2", "D1:E1", "A4:A5", "B4:B5", "C4:C5", "D4:E4")
                .write(dir.resolve("paged.xlsx"));
        Reading paged = Reading.of(twoRows);
        assertThat(paged.records).extracting(rec -> ((PenaltyCase) rec).getCaseId()).containsExactly("CF-1", "CF-2");
        assertThat(paged.summary(0).summaryRowsSkipped().rows()).containsExactly(4, 5);
    }

    @Test
    void aValueMergedAcrossColumnsBelongsToItsFirstColumnAndOneMergedDownToEveryRow() throws Exception {
        Path file = new Workbooks().sheet("案件",
                row("案件编号", "执法机关", "立案日期", "当事人", "执法领域"),
                row("CF-1", "城管局", "2025-01-02", "张三"),
                row("CF-2", null, "2025-01-03", "李四", "市容"),
                row("CF-3", null, null, "王五"),
                row(null, null, null, null))
                .merged("B2:B4", "C3:C4", "D2:E2")
                .write(dir.resolve("merges.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).hasSize(3);
        PenaltyCase one = (PenaltyCase) r.record(0);
        assertThat(one.getPartyName()).isEqualTo("张三");
        assertThat(one.getField()).isNull();
        PenaltyCase three = (PenaltyCase) r.record(2);
        assertThat(three.getAgency()).isEqualTo("城管局");
        assertThat(three.getFilingDate()).isEqualTo(LocalDate.of(2025, 1, 3));
        assertThat(r.records).allSatisfy(rec -> assertThat(rec.getProblems()).isEmpty());
    }

    @Test
    void everyMissingRequiredColumnIsNamedInOneMessageWithTheHeaderRow() throws Exception {
        Path file = new Workbooks().sheet("行政处罚案件",
                row("2025年台账"),
                row("案件编号", "当事人", "罚款金额"),
                row("CF-1", "张三", 100)).write(dir.resolve("missing.xlsx"));
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.missingColumn");
            assertThat(e.message(Lang.ZH)).contains("第 2 行", "「执法机关」(执法机关 / agency)",
                    "「立案日期」(立案日期 / filing_date)").doesNotContain("案件编号」");
        });
    }

    @Test
    void aSheetRecognisedOnlyByAContainedNameThatLacksARequiredColumnIsIgnoredAndTheRunGoesOn() throws Exception {
        Path file = new Workbooks()
                .sheet("案件统计", row("执法机关", "立案日期", "件数"), row("城管局", "2025-01-01", 32))
                .sheet("执法人员", row("执法证件号", "姓名"), row("53010001", "张三"))
                .write(dir.resolve("stats.xlsx"));
        Reading r = Reading.of(file);
        assertThat(r.records).hasSize(1);
        InputSummary stats = r.summary(0);
        assertThat(stats.ignored()).isTrue();
        assertThat(stats.recordType()).isEqualTo("case");
        assertThat(stats.ignoredReason()).isEqualTo("read.ignored.missingColumns");
        assertThat(stats.missingColumns()).containsExactly("case_id");
        assertThat(stats.rows()).isZero();
        assertThat(r.summary(1).ignored()).isFalse();
    }

    @Test
    void aTextFileGetsTheSameLayoutRules() throws Exception {
        Path file = dir.resolve("行政处罚案件.csv");
        Files.writeString(file, String.join("\n",
                "2025年行政处罚案件台账,,,",
                "案件编号,执法机关,立案日期,处罚决定",
                ",,,处罚决定日期",
                "CF-1,城管局,2025-01-02,2025-02-01",
                "",
                "CF-2,城管局,2025-01-03,无",
                "合计,,,",
                "填表人：张三,,,") + "\n", StandardCharsets.UTF_8);
        Reading r = Reading.of(file);
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(4, 6);
        assertThat(((PenaltyCase) r.record(0)).getDecisionDate()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(r.record(1).getProblems()).isEmpty();
        InputSummary s = r.summary(0);
        assertThat(s.blankRowsSkipped()).isEqualTo(1);
        assertThat(s.summaryRowsSkipped().rows()).containsExactly(7, 8);
    }

    private static List<BigDecimal> fines(Reading r) {
        return r.records.stream().map(Record.class::cast).map(rec -> ((PenaltyCase) rec).getFineAmount()).toList();
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.model.CellProblem;
import org.fazhi.model.CellProblem.Kind;
import org.fazhi.model.SheetColumns;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DataQualityRulesTest {
    private final RuleRunner runner = new RuleRunner();

    private static Rec penaltyCase(String id) {
        return Rec.of("case").with("case_id", id).with("agency", "昆明市市场监督管理局").with("filing_date", "2025-01-02");
    }

    private static Rec decision(String id) {
        return Rec.of("decision").with("decision_id", id).with("agency", "昆明市人民政府");
    }

    private static Rec officer(String id) {
        return Rec.of("officer").with("officer_id", id).with("agency", "昆明市市场监督管理局");
    }

    // ---- DQ-001 --------------------------------------------------------------------------------

    @Test
    void dq001NamesTheBlankRequiredFieldAndItsColumn() {
        List<Finding> findings = runner.run(Rec.of("case").with("case_id", "AJ-1").with("filing_date", "2025-01-02")
                .problem(new CellProblem("agency", "B", "执法机关", null, Kind.REQUIRED_BLANK, null)));
        assertThat(of("DQ-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.recordId()).isEqualTo("AJ-1");
            assertThat(f.fields()).containsEntry("agency", null);
            assertThat(f.message()).contains("执法机关").contains("B列");
            assertThat(f.messageEn()).contains("agency").contains("column B");
        });
        assertThat(of("DQ-002", findings)).isEmpty();
    }

    @Test
    void dq001QuietForACompleteRecord() {
        assertThat(of("DQ-001", runner.run(penaltyCase("AJ-1")))).isEmpty();
    }

    // ---- DQ-002 --------------------------------------------------------------------------------

    @Test
    void dq002ShowsTheRawValueAndWhatWasExpected() {
        List<Finding> findings = runner.run(penaltyCase("AJ-1")
                .problem(new CellProblem("fine_amount", "K", "罚款金额(元)", "三千块", Kind.UNPARSEABLE, "金额，如 3000、1.2万")));
        assertThat(of("DQ-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("fine_amount", "三千块");
            assertThat(f.message()).contains("三千块").contains("应为：数字 (12000").contains("K列");
            // what a cell may hold is said in the message's language; only the cell's own text stays Chinese
            assertThat(f.messageEn()).contains("三千块").contains("fine_amount").contains("column K")
                    .contains("expected a number (12000").doesNotContain("数字");
        });
        assertThat(of("DQ-001", findings)).isEmpty();
    }

    @Test
    void dq002ReportsAnUnknownWord() {
        List<Finding> findings = runner.run(decision("JC-1").problem(new CellProblem("legality_review_method", "P",
                "合法性审查方式", "书面审查", Kind.UNKNOWN_WORD, "合法性审查、征求意见、会签、其他")));
        assertThat(of("DQ-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legality_review_method", "书面审查");
            assertThat(f.message()).contains("书面审查").contains("合法性审查、征求意见、会签、其他");
        });
    }

    @Test
    void dq002OneFindingPerCell() {
        List<Finding> findings = runner.run(penaltyCase("AJ-1")
                .problem(new CellProblem("fine_amount", "K", "罚款金额", "abc", Kind.UNPARSEABLE, "金额"))
                .problem(new CellProblem("penalty_types", "I", "处罚种类", "罚金", Kind.UNKNOWN_WORD, "警告、罚款")));
        assertThat(of("DQ-002", findings)).hasSize(2)
                .extracting(f -> f.fields().keySet().iterator().next())
                .containsExactlyInAnyOrder("fine_amount", "penalty_types");
    }

    // ---- DQ-003 --------------------------------------------------------------------------------

    @Test
    void dq003OneFindingPerRepeatNamingTheFirstRow() {
        List<Finding> findings = runner.run(decision("JC-1").row(5), decision("JC-1").row(9), decision("JC-2").row(7),
                decision("JC-1").row(12));
        assertThat(of("DQ-003", findings)).hasSize(2).allSatisfy(f -> {
            assertThat(f.recordId()).isEqualTo("JC-1");
            assertThat(f.fields()).containsEntry("decision_id", "JC-1");
            assertThat(f.message()).contains("JC-1").contains("第5行");
            assertThat(f.messageEn()).contains("JC-1").contains("row 5");
        }).extracting(f -> f.source().row()).containsExactly(9, 12);
    }

    @Test
    void dq003FirstIsTheFirstRecordReadSoRecordsCanBeCheckedAsTheyAreRead() {
        List<Finding> findings = runner.run(decision("JC-1").row(20), decision("JC-1").row(3));
        assertThat(of("DQ-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.source().row()).isEqualTo(3);
            assertThat(f.message()).contains("第20行");
        });
    }

    @Test
    void dq003SameIdInDifferentTypesIsFine() {
        List<Finding> findings = runner.run(penaltyCase("2025-001"),
                Rec.of("litigation").with("case_id", "2025-001").with("agency", "昆明市市场监督管理局"));
        assertThat(of("DQ-003", findings)).isEmpty();
    }

    @Test
    void dq003IgnoresBlankIds() {
        List<Finding> findings = runner.run(decision(null), decision(null), decision("JC-1"));
        assertThat(of("DQ-003", findings)).isEmpty();
    }

    @Test
    void dq003CountsRepeatsAcrossAgencies() {
        List<Finding> findings = runner.run(decision("JC-1"), decision("JC-1").with("agency", "昆明市发展和改革委员会"));
        assertThat(of("DQ-003", findings)).hasSize(1);
    }

    // ---- DQ-004 --------------------------------------------------------------------------------

    @Test
    void dq004OneFindingPerBlankFieldNamingEveryRule() {
        // discussed: the rules that turn on these fields apply (v2 "reached discussion")
        List<Finding> findings = runner.run(decision("JC-1").with("discussion_date", "2025-03-01"));
        List<Finding> undecided = of("DQ-004", findings);
        assertThat(undecided).extracting(f -> f.fields().keySet().iterator().next())
                .containsExactlyInAnyOrder("in_annual_catalog", "public_interest", "market_activity",
                        "stability_risk", "technical");
        assertThat(undecided).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(undecided).filteredOn(f -> f.fields().containsKey("public_interest")).singleElement()
                .satisfies(f -> {
                    // v2: DEC-006 applies to every decision, so only DEC-007 turns on public_interest
                    assertThat(f.message()).startsWith("台账未填写「涉及公众切身利益」，无法检查“")
                            .contains("（DEC-007）。").doesNotContain("DEC-006").doesNotContain("public_interest");
                    assertThat(f.messageEn()).contains("public_interest").contains("(DEC-007)");
                });
    }

    @Test
    void dq004QuietOnceTheFieldsAreFilled() {
        List<Finding> findings = runner.run(decision("JC-1").with("in_annual_catalog", "是")
                .with("public_interest", "否").with("market_activity", "否").with("stability_risk", "否")
                .with("technical", "否").with("decision_date", "2025-04-01").with("archived", "是"));
        assertThat(of("DQ-004", findings)).isEmpty();
    }

    @Test
    void dq004SuppressedWhileTheRuleDoesNotApply() {
        // DEC-015 applies only once decision_date is present: a blank archived does not matter before.
        List<Finding> notDecided = runner.run(decision("JC-1"));
        assertThat(of("DQ-004", notDecided)).noneMatch(f -> f.fields().containsKey("archived"));
        assertThat(of("DQ-004", notDecided)).noneMatch(f -> f.messageEn().contains("DEC-015"));

        List<Finding> decided = runner.run(decision("JC-1").with("decision_date", "2025-04-01"));
        assertThat(of("DQ-004", decided)).filteredOn(f -> f.fields().containsKey("archived")).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).contains("DEC-015"));
    }

    @Test
    void dq004OnlyWhereSomeValueOfTheBlankWouldMakeTheRuleFire() {
        // ENF-012 fires on a minor first offence that was corrected and still penalised (decided): with
        // 首次轻微 = 否 no value of 已改正 makes it fire, so a blank 已改正 leaves nothing undecided.
        Rec notMinor = penaltyCase("AJ-1").with("first_offense_minor", "否").with("penalty_types", "警告")
                .with("decision_date", "2025-04-01");
        assertThat(of("DQ-004", runner.run(notMinor)))
                .noneMatch(f -> f.fields().containsKey("corrected") && f.message().contains("ENF-012"));

        Rec minor = penaltyCase("AJ-2").with("first_offense_minor", "是").with("penalty_types", "警告")
                .with("decision_date", "2025-04-01");
        assertThat(of("DQ-004", runner.run(minor))).filteredOn(f -> f.fields().containsKey("corrected"))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("ENF-012"));
    }

    @Test
    void dq004NotForARuleThatFiredAnyway() {
        // ENF-012 fired with both fields filled in; a rule that fired is decided, blank or not.
        Rec both = penaltyCase("AJ-1").with("first_offense_minor", "是").with("corrected", "是")
                .with("penalty_types", "警告").with("decision_date", "2025-04-01");
        List<Finding> findings = runner.run(both);
        assertThat(of("ENF-012", findings)).hasSize(1);
        assertThat(of("DQ-004", findings)).noneMatch(f -> f.message().contains("ENF-012"));
    }

    @Test
    void dq004EndsWithTheRulesHintForTheField() {
        List<Finding> findings = runner.run(decision("JC-1").with("decision_date", "2025-04-01"));
        assertThat(of("DQ-004", findings)).filteredOn(f -> f.fields().containsKey("archived")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("台账未填写「已归档」，无法检查“决策未归档”（DEC-015）。")
                        .endsWith("决策全过程材料已归档的请填“是”；尚未归档的请填“否”。"));
    }

    // ---- DQ-007 --------------------------------------------------------------------------------

    @Test
    void dq007OnceForTheSheetInsteadOfOneDq004PerRecord() {
        SheetColumns sheet = Rec.sheetWithout("decision", "决策.xlsx", "重大行政决策", "archived");
        List<Finding> findings = runner.run(
                decision("JC-1").with("decision_date", "2025-04-01").in(sheet),
                decision("JC-2").with("decision_date", "2025-04-02").in(sheet),
                decision("JC-3").in(sheet));
        assertThat(of("DQ-004", findings)).noneMatch(f -> f.fields().containsKey("archived"));
        assertThat(of("DQ-007", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.recordType()).isEqualTo("decision");
            assertThat(f.recordId()).isNull();
            assertThat(f.agency()).isNull();
            assertThat(f.source()).isEqualTo(new SourceRef("决策.xlsx", "重大行政决策", 1));
            assertThat(f.fields()).containsOnlyKeys("archived");
            // JC-3 is not decided yet: DEC-015 does not apply to it, so it is not counted
            assertThat(f.message()).isEqualTo("列「已归档」缺失：规则 DEC-015 未对本表 2 条记录评估。"
                    + "请在导出中加入该列，或在映射文件中指明它对应的列。");
            assertThat(f.messageEn()).startsWith("Column 'archived' is missing: rule DEC-015 was not evaluated on 2 ");
        });
    }

    @Test
    void dq007NamesEveryRuleTheColumnLeavesUndecided() {
        SheetColumns sheet = Rec.sheetWithout("decision", "决策.xlsx", "重大行政决策", "public_interest");
        assertThat(of("DQ-007", runner.run(decision("JC-1").with("discussion_date", "2025-03-01").in(sheet))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("规则 DEC-007 未对本表 1 条记录"));
    }

    @Test
    void dq007QuietWhenTheColumnExists() {
        SheetColumns sheet = Rec.sheetWithout("decision", "决策.xlsx", "重大行政决策");
        List<Finding> findings = runner.run(decision("JC-1").with("decision_date", "2025-04-01").in(sheet));
        assertThat(of("DQ-007", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).anyMatch(f -> f.fields().containsKey("archived"));
    }

    @Test
    void dq007QuietWhenNoRecordWouldBeUndecided() {
        SheetColumns sheet = Rec.sheetWithout("decision", "决策.xlsx", "重大行政决策", "archived");
        assertThat(of("DQ-007", runner.run(decision("JC-1").in(sheet), decision("JC-2").in(sheet)))).isEmpty();
    }

    @Test
    void dq007CountsTheWholeSheetAcrossBatchesAndEachSheetApart() {
        SheetColumns first = Rec.sheetWithout("decision", "a.xlsx", "重大行政决策", "archived");
        SheetColumns second = Rec.sheetWithout("decision", "b.xlsx", "重大行政决策", "archived");
        List<Rec> records = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            records.add(decision("JC-A" + i).with("decision_date", "2025-04-01").in(first));
        }
        records.add(decision("JC-B1").with("decision_date", "2025-04-01").in(second));
        List<Finding> findings = new RuleRunner().batch(3).run(records.toArray(new Rec[0]));
        assertThat(of("DQ-007", findings)).extracting(f -> f.source().file(), f -> f.message().contains("本表 7 条"),
                f -> f.message().contains("本表 1 条"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a.xlsx", true, false),
                        org.assertj.core.groups.Tuple.tuple("b.xlsx", false, true));
    }

    // ---- DQ-005 --------------------------------------------------------------------------------

    @Test
    void dq005UnknownOfficerInOfficerIds() {
        List<Finding> findings = runner.run(officer("ZF-1"), officer("ZF-2"),
                penaltyCase("AJ-1").with("officer_ids", "ZF-1、ZF-9"));
        assertThat(of("DQ-005", findings)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("AJ-1");
            assertThat(f.fields()).containsEntry("officer_ids", "ZF-9");
            assertThat(f.message()).contains("ZF-9").contains("执法人员证件号").doesNotContain("ZF-1");
            assertThat(f.messageEn()).contains("ZF-9").contains("officer_ids");
        });
    }

    @Test
    void dq005OneFindingPerUnknownOfficer() {
        List<Finding> findings = runner.run(officer("ZF-1"), penaltyCase("AJ-1").with("officer_ids", "ZF-8、ZF-9"));
        assertThat(of("DQ-005", findings)).extracting(f -> f.fields().get("officer_ids"))
                .containsExactlyInAnyOrder("ZF-8", "ZF-9");
    }

    @Test
    void dq005AnUnknownOfficerTypedInBothWidthsIsOneFinding() {
        List<Finding> findings = runner.run(officer("ZF-1"), penaltyCase("AJ-1").with("officer_ids", "ZF-9、ＺＦ－９、ZF-1"));
        assertThat(of("DQ-005", findings)).extracting(f -> f.fields().get("officer_ids")).containsExactly("ZF-9");
    }

    @Test
    void dq005UnknownLegalReviewer() {
        List<Finding> findings = runner.run(officer("ZF-1"), officer("ZF-2"),
                penaltyCase("AJ-1").with("officer_ids", "ZF-1、ZF-2").with("legal_reviewer_id", "FZ-7"));
        assertThat(of("DQ-005", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("legal_reviewer_id", "FZ-7");
            assertThat(f.message()).contains("FZ-7").contains("法制审核人员证件号");
        });
    }

    @Test
    void dq005QuietForKnownOfficersOfAnyAgency() {
        Rec elsewhere = Rec.of("officer").with("officer_id", "FZ-1").with("agency", "昆明市司法局");
        Evaluation evaluation = runner.evaluate(officer("ZF-1"), officer("ZF-2"), elsewhere,
                penaltyCase("AJ-1").with("officer_ids", "ZF-1、ZF-2").with("legal_reviewer_id", "FZ-1"));
        assertThat(of("DQ-005", evaluation.findings())).isEmpty();
        assertThat(evaluation.skippedWithoutOfficers()).isEmpty();
    }

    @Test
    void dq005SkippedWhenNoOfficersAreSupplied() {
        Evaluation evaluation = runner.evaluate(
                penaltyCase("AJ-1").with("officer_ids", "ZF-1、ZF-9").with("legal_reviewer_id", "FZ-7"));
        assertThat(of("DQ-005", evaluation.findings())).isEmpty();
        assertThat(evaluation.skippedWithoutOfficers()).contains("DQ-005");
    }

    // ---- DQ-006 --------------------------------------------------------------------------------

    /** The pairs of dates DQ-006 checks: {@code first} must be on or before {@code second}. */
    static Stream<Arguments> chronologicalPairs() {
        return Stream.of(
                Arguments.of("case", "filing_date", "decision_date"),
                Arguments.of("case", "decision_date", "service_date"),
                Arguments.of("case", "decision_date", "publicity_date"),
                Arguments.of("case", "filing_date", "notice_date"),
                Arguments.of("case", "violation_date", "filing_date"),
                Arguments.of("case", "decision_date", "service_dispatch_date"),
                Arguments.of("case", "violation_date", "violation_end_date"),
                Arguments.of("decision", "discussion_date", "decision_date"),
                Arguments.of("decision", "decision_date", "published_date"),
                Arguments.of("document", "issue_date", "filing_date"),
                Arguments.of("reconsideration", "acceptance_date", "decision_date"),
                Arguments.of("suggestion", "received_date", "reply_date"));
    }

    @ParameterizedTest(name = "{0}: {1} before {2}")
    @MethodSource("chronologicalPairs")
    void dq006ImpossiblePair(String type, String first, String second) {
        List<Finding> findings = runner.run(complete(type, second).with(first, "2025-03-02").with(second, "2025-03-01"));
        assertThat(of("DQ-006", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry(first, "2025-03-02").containsEntry(second, "2025-03-01");
            assertThat(f.message()).contains("2025-03-02").contains("2025-03-01");
            assertThat(f.messageEn()).contains(first + " (2025-03-02) is later than " + second + " (2025-03-01)");
        });
    }

    @ParameterizedTest(name = "{0}: {1} and {2} on the same day")
    @MethodSource("chronologicalPairs")
    void dq006SameDayIsPossible(String type, String first, String second) {
        assertThat(of("DQ-006", runner.run(complete(type, second).with(first, "2025-03-01").with(second, "2025-03-01"))))
                .isEmpty();
    }

    @Test
    void dq006OneFindingPerImpossiblePair() {
        List<Finding> findings = runner.run(penaltyCase("AJ-1").with("violation_date", "2025-03-05")
                .with("filing_date", "2025-03-04").with("decision_date", "2025-03-03"));
        assertThat(of("DQ-006", findings)).hasSize(2)
                .extracting(f -> f.fields().keySet())
                .containsExactlyInAnyOrder(
                        java.util.Set.of("violation_date", "filing_date"),
                        java.util.Set.of("filing_date", "decision_date"));
    }

    @Test
    void dq006DateAfterTheAsOfDate() {
        List<Finding> findings = new RuleRunner().asOf(LocalDate.of(2025, 6, 30))
                .run(decision("JC-1").with("decision_date", "2025-07-01"));
        assertThat(of("DQ-006", findings)).singleElement().satisfies(f -> {
            assertThat(f.fields()).containsEntry("decision_date", "2025-07-01");
            assertThat(f.message()).contains("决定日期（2025-07-01）").contains("检查基准日（2025-06-30）");
            assertThat(f.messageEn()).contains("as-of date (2025-06-30)");
        });
    }

    @Test
    void dq006DateOnTheAsOfDateIsFine() {
        assertThat(of("DQ-006", new RuleRunner().asOf(LocalDate.of(2025, 6, 30))
                .run(decision("JC-1").with("decision_date", "2025-06-30")))).isEmpty();
    }

    @Test
    void dq006DeadlinesAndValidityMayLieAhead() {
        List<Finding> findings = new RuleRunner().asOf(LocalDate.of(2025, 6, 30)).run(
                decision("JC-1").with("decision_date", "2025-06-01").with("execution_deadline", "2026-06-30"),
                officer("ZF-1").with("certificate_valid_until", "2028-12-31"));
        assertThat(of("DQ-006", findings)).isEmpty();
    }

    @Test
    void dq006ScheduledHearingsMayLieAhead() {
        LocalDate asOf = LocalDate.of(2025, 6, 30);
        List<Finding> findings = new RuleRunner().asOf(asOf).run(
                penaltyCase("AJ-1").with("hearing_date", "2025-07-15"),
                Rec.of("litigation").with("case_id", "（2025）云01行初1号").with("agency", "昆明市人民政府")
                        .with("hearing_date", "2025-07-15"),
                Rec.of("reconsideration").with("case_id", "FY-1").with("agency", "昆明市人民政府")
                        .with("hearing_date", "2025-07-15"));
        assertThat(of("DQ-006", findings)).isEmpty();
        assertThat(of("DQ-006", new RuleRunner().asOf(asOf).run(Rec.of("suggestion").with("suggestion_id", "JY-1")
                .with("agency", "昆明市人民政府").with("received_date", "2025-07-01")))).as("a receipt may not")
                .singleElement().satisfies(f -> assertThat(f.fields()).containsKey("received_date"));
    }

    @Test
    void dq006BasisSaysDataQuality() {
        assertThat(org.fazhi.catalogue.Catalogue.builtIn().require("DQ-006").basis()).startsWith("数据质量");
    }

    @Test
    void dq006EveryLateDateOfARecordIsReported() {
        List<Finding> findings = new RuleRunner().asOf(LocalDate.of(2025, 6, 30)).run(penaltyCase("AJ-1")
                .with("filing_date", "2025-07-01").with("decision_date", "2025-07-02"));
        assertThat(of("DQ-006", findings)).extracting(f -> f.fields().keySet().iterator().next())
                .containsExactlyInAnyOrder("filing_date", "decision_date");
    }

    /** A record of the type without DQ findings, whose other dates are in order around the pair's. */
    private static Rec complete(String type, String second) {
        if (second.equals("violation_end_date")) {
            return penaltyCase("AJ-1").with("filing_date", "2025-03-02");
        }
        return switch (type) {
            case "case" -> penaltyCase("AJ-1");
            case "decision" -> decision("JC-1");
            case "document" -> Rec.of("document").with("doc_id", "WJ-1").with("agency", "昆明市人民政府");
            case "reconsideration" -> Rec.of("reconsideration").with("case_id", "FY-1").with("agency", "昆明市人民政府");
            case "suggestion" -> Rec.of("suggestion").with("suggestion_id", "JY-1").with("agency", "昆明市人民政府")
                    .with("received_date", "2025-01-02");
            default -> throw new IllegalArgumentException(type);
        };
    }
}

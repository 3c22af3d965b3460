package org.fazhi.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.error.InputException;
import org.fazhi.model.SourceRef;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.Gate;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;
import org.fazhi.report.WaiverStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final Catalogue CATALOGUE = new Catalogue(List.of(rule("ENF-018"), rule("DQ-001")),
            List.<ParameterSpec>of());

    @TempDir
    Path dir;

    @Test
    void aBaselineMatchesByRuleTypeAndIdWhateverTheRow() throws Exception {
        Path old = report(finding("ENF-018", "A-1", 10), finding("ENF-018", "A-2", 11));
        List<Finding> now = List.of(finding("ENF-018", "A-2", 3), finding("ENF-018", "A-1", 4),
                finding("ENF-018", "A-3", 5));
        List<Finding> marked = apply(now, Baseline.load(old), List.of()).findings();
        assertThat(marked).extracting(f -> f.isSuppressed()).containsExactly(true, true, false);
        Gate gate = Gate.of(FailOn.WARNING, marked);
        assertThat(gate.counted()).isEqualTo(1);
        assertThat(gate.baselined()).isEqualTo(2);
        assertThat(gate.passed()).isFalse();
    }

    @Test
    void aBaselineCountsRepeatsSoOneMoreOfTheSameIsNew() throws Exception {
        Path old = report(finding("ENF-018", "A-1", 10));
        List<Finding> now = List.of(finding("ENF-018", "A-1", 10), finding("ENF-018", "A-1", 10));
        List<Finding> marked = apply(now, Baseline.load(old), List.of()).findings();
        assertThat(marked).extracting(Finding::isSuppressed).containsExactly(true, false);
    }

    @Test
    void aBaselineKnowsAFindingWithoutARecordByTheColumnItNames() throws Exception {
        Path old = Files.writeString(dir.resolve("old.json"), "{\"schema\": \"fazhi-report/1\", \"findings\": ["
                + "{\"ruleId\": \"DQ-001\", \"recordType\": \"case\", \"recordId\": null,"
                + " \"fields\": {\"hearing_requested\": null}}]}");
        List<Finding> now = List.of(column("hearing_requested"), column("major_decision"));
        List<Finding> marked = apply(now, Baseline.load(old), List.of()).findings();
        assertThat(marked).extracting(Finding::isSuppressed).containsExactly(true, false);
    }

    @Test
    void aNewFindingOfTheSameRuleOnTheSameRecordAboutOtherFieldsIsNew() throws Exception {
        Path old = report(pair("violation_date", "filing_date"));
        List<Finding> now = List.of(pair("publicity_date", "decision_date"), pair("filing_date", "violation_date"));
        List<Finding> marked = apply(now, Baseline.load(old), List.of()).findings();
        assertThat(marked).extracting(Finding::isSuppressed).as("the fixed pair's finding is gone; the new one counts")
                .containsExactly(false, true);
    }

    private static Finding pair(String later, String earlier) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put(later, "2025-03-01");
        fields.put(earlier, "2025-03-02");
        return new Finding("DQ-001", Severity.WARNING, "case", "A-1", "某局", new SourceRef("a.xlsx", "案件", 2),
                fields, "数据质量", "", "m", "m", List.of(), null);
    }

    /** The findings marked one by one in report order, as a run marks them, and the waivers' fate. */
    private record Marked(List<Finding> findings, List<WaiverStatus> waivers) {
    }

    private static Marked apply(List<Finding> findings, Baseline baseline, List<Waiver> waivers) {
        Suppressions suppressions = new Suppressions(baseline, waivers, AS_OF);
        List<Finding> marked = findings.stream().map(suppressions::mark).toList();
        return new Marked(marked, suppressions.waivers());
    }

    private static Finding column(String key) {
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put(key, null);
        return new Finding("DQ-001", Severity.WARNING, "case", null, null, new SourceRef("a.xlsx", "案件", 1),
                fields, "数据质量", "", "m", "m", List.of(), null);
    }

    @Test
    void aWaiverCoversMatchingRecordsUntilItsLastDayAndIsCountedSeparately() {
        Waiver waiver = new Waiver("ENF-018", null, "A-*", "platform link from 2026", "Zhang", AS_OF);
        List<Finding> now = List.of(finding("ENF-018", "A-1", 2), finding("ENF-018", "B-1", 3));
        Marked result = apply(now, Baseline.none(), List.of(waiver));
        assertThat(result.findings().get(0).suppression())
                .isEqualTo(new Suppression("waiver", "platform link from 2026", "Zhang", "2025-12-31"));
        assertThat(result.findings().get(1).isSuppressed()).isFalse();
        assertThat(result.waivers()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(WaiverStatus.APPLIED);
            assertThat(s.matched()).isEqualTo(1);
        });
        Gate gate = Gate.of(FailOn.WARNING, result.findings());
        assertThat(gate.waived()).isEqualTo(1);
        assertThat(gate.counted()).isEqualTo(1);
    }

    @Test
    void anExpiredWaiverStopsApplyingAndIsReported() {
        Waiver waiver = new Waiver("ENF-018", null, "A-1", "r", "Zhang", AS_OF.minusDays(1));
        Marked result = apply(List.of(finding("ENF-018", "A-1", 2)), Baseline.none(), List.of(waiver));
        assertThat(result.findings().get(0).isSuppressed()).isFalse();
        assertThat(result.waivers()).extracting(WaiverStatus::status).containsExactly(WaiverStatus.EXPIRED);
    }

    @Test
    void aWaiverThatMatchesNothingIsStale() {
        Waiver waiver = new Waiver("ENF", "case", "Z-?", "r", "Zhang", AS_OF);
        Marked result = apply(List.of(finding("ENF-018", "Z-10", 2)), Baseline.none(), List.of(waiver));
        assertThat(result.waivers()).extracting(WaiverStatus::status).containsExactly(WaiverStatus.STALE);
    }

    @Test
    void aWaiverFileIsReadWithEitherSpellingOfApprovedBy() throws Exception {
        Path file = Files.writeString(dir.resolve("waivers.yaml"), """
                waivers:
                  - rule: enf-018
                    record: "KM-*"
                    reason: 平台对接中
                    approved-by: 张三
                    expires: 2026-06-30
                  - rule: DQ-001
                    recordType: case
                    record: KM-1
                    reason: 系统缺陷
                    approvedBy: 李四
                    expires: 2026-01-31
                """);
        assertThat(WaiverFile.load(file, CATALOGUE)).containsExactly(
                new Waiver("ENF-018", null, "KM-*", "平台对接中", "张三", LocalDate.of(2026, 6, 30)),
                new Waiver("DQ-001", "case", "KM-1", "系统缺陷", "李四", LocalDate.of(2026, 1, 31)));
    }

    @Test
    void anIncompleteOrUnknownWaiverIsAnInputError() throws Exception {
        Path noReason = Files.writeString(dir.resolve("a.yaml"), "- {rule: ENF-018, record: A, approvedBy: x, expires: 2026-01-01}\n");
        assertThatThrownBy(() -> WaiverFile.load(noReason, CATALOGUE)).isInstanceOf(InputException.class)
                .hasMessageContaining("entry 1").hasMessageContaining("reason");
        Path unknownRule = Files.writeString(dir.resolve("b.yaml"),
                "- {rule: XYZ-1, record: A, reason: r, approvedBy: x, expires: 2026-01-01}\n");
        assertThatThrownBy(() -> WaiverFile.load(unknownRule, CATALOGUE)).hasMessageContaining("XYZ-1");
        Path badDate = Files.writeString(dir.resolve("c.yaml"),
                "- {rule: ENF-018, record: A, reason: r, approvedBy: x, expires: soon}\n");
        assertThatThrownBy(() -> WaiverFile.load(badDate, CATALOGUE)).hasMessageContaining("soon");
    }

    @Test
    void aBaselineThatIsNotAReportIsAnInputError() throws Exception {
        Path notReport = Files.writeString(dir.resolve("x.json"), "{\"findings\": []}");
        assertThatThrownBy(() -> Baseline.load(notReport)).isInstanceOf(InputException.class)
                .hasMessageContaining("fazhi-report/1");
        assertThatThrownBy(() -> Baseline.load(dir.resolve("none.json"))).isInstanceOf(InputException.class);
    }

    private Path report(Finding... findings) throws Exception {
        StringBuilder json = new StringBuilder("{\"schema\": \"fazhi-report/1\", \"findings\": [");
        for (int i = 0; i < findings.length; i++) {
            // each finding as the JSON report writes it
            json.append(i == 0 ? "" : ",").append(org.fazhi.render.JsonRenderer.toJsonLine(findings[i]));
        }
        return Files.writeString(dir.resolve("old.json"), json.append("]}").toString());
    }

    private static Finding finding(String ruleId, String recordId, int row) {
        return new Finding(ruleId, Severity.WARNING, "case", recordId, "某局", new SourceRef("a.xlsx", "案件", row),
                Map.of(), "二(八)3", "", "m", "m", List.of(), null);
    }

    private static RuleSpec rule(String id) {
        return new RuleSpec(id, Severity.WARNING, "case", new Text("t", "t"), new Text("m", "m"), "c", "", "",
                List.of(), List.of(), Map.of(), List.of(), false, Map.of());
    }
}

package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SheetColumns;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;

class DataQualityChecksTest {
    private static final RecordType CASE = RecordTypes.byKey("case").orElseThrow();
    private static final FieldSpec HEARING_REQUESTED = CASE.requireField("hearing_requested");

    private static RuleSpec rule(String id, Map<String, Text> hints) {
        return new RuleSpec(id, Severity.ERROR, "case", new Text("当事人申请听证的，是否先听证后决定", "Hearing before decision"),
                new Text("m", "m"), "二(四)", "", "", List.of("hearing_requested"), List.of("hearing_requested"),
                hints, List.of(), false, Map.of());
    }

    @Test
    void theRulesOwnHintEndsTheMessage() {
        Text hint = new Text("当事人未申请听证的请填“否”；申请了的请填“是”，并填写听证日期。",
                "If the party did not ask for a hearing, enter 'no'; if it did, 'yes' and the hearing date.");
        Record record = CASE.newRecord(new SourceRef("a.xlsx", "案件", 2));
        List<Hit> hits = DataQualityChecks.undecided(record,
                Map.of(HEARING_REQUESTED, List.of(rule("ENF-006", Map.of("hearing_requested", hint)))),
                new MissingColumns());
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.ruleId()).isEqualTo("DQ-004");
            assertThat(hit.args().get("hint")).isEqualTo(hint);
            assertThat(((Text) hit.args().get("checks")).zh()).isEqualTo("“当事人申请听证的，是否先听证后决定”（ENF-006）");
            assertThat(hit.fieldsSeen()).containsEntry("hearing_requested", null);
        });
    }

    @Test
    void withoutAHintAGenericSentenceNamesTheField() {
        Record record = CASE.newRecord(new SourceRef("a.xlsx", "案件", 2));
        List<Hit> hits = DataQualityChecks.undecided(record,
                Map.of(HEARING_REQUESTED, List.of(rule("ENF-006", Map.of()))), new MissingColumns());
        assertThat(((Text) hits.get(0).args().get("hint")).zh()).isEqualTo("请根据案卷补填「申请听证」（是或否）。");
    }

    @Test
    void anAbsentColumnIsTalliedForTheSheetNotReportedOnTheRecord() {
        SheetColumns sheet = new SheetColumns(CASE, new SourceRef("a.xlsx", "案件", 3), List.of(CASE.idField()));
        MissingColumns missing = new MissingColumns();
        for (int row = 4; row < 7; row++) {
            Record record = CASE.newRecord(new SourceRef("a.xlsx", "案件", row), sheet);
            assertThat(DataQualityChecks.undecided(record,
                    Map.of(HEARING_REQUESTED, List.of(rule("ENF-006", Map.of()))), missing)).isEmpty();
        }
        assertThat(missing.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.sheet()).isSameAs(sheet);
            assertThat(gap.field()).isSameAs(HEARING_REQUESTED);
            assertThat(gap.records()).isEqualTo(3);
            assertThat(gap.ruleIds()).containsExactly("ENF-006");
        });
    }
}

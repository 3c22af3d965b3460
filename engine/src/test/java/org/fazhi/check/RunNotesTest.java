package org.fazhi.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Summary;
import org.junit.jupiter.api.Test;

class RunNotesTest {
    private static final Map<String, Object> RUN = Map.of("publicity_deadline_workdays", BigDecimal.valueOf(7));

    private static Record penaltyCase(String agency, String field) {
        RecordType type = RecordTypes.byKey("case").orElseThrow();
        Record record = type.newRecord(new SourceRef("in.xlsx", "行政处罚案件", 2));
        type.requireField("agency").set(record, agency);
        type.requireField("field").set(record, field);
        return record;
    }

    @Test
    void aCountInAnUncoveredYearIsOneNoteNamingTheYears() {
        RunContext context = new RunContext(LocalDate.of(2025, 12, 31), new Parameters(RUN), CalendarLoader.official());
        RunNotes notes = new RunNotes(context, new ScopeNames(), new Parameters(RUN));
        assertThat(notes.notes()).isEmpty();
        context.workdaysBetween(LocalDate.of(2018, 12, 20), LocalDate.of(2020, 1, 10));
        context.workdaysBetween(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 20));
        assertThat(notes.notes()).containsExactly(new Summary.Note(
                "工作日计算涉及节假日日历未覆盖的年份（2018、2019），按周一至周五计算",
                "Working days were counted in years no holiday calendar covers (2018, 2019), as Monday to Friday"));
    }

    @Test
    void aScopeOfTheParamsFileThatNoRecordHasIsANote() {
        Parameters parameters = new Parameters(RUN,
                Map.of("市场监管", Map.of("publicity_deadline_workdays", BigDecimal.valueOf(20)),
                        "治安管理", Map.of("publicity_deadline_workdays", BigDecimal.valueOf(5))),
                Map.of("昆明市公安局", Map.of("publicity_deadline_workdays", BigDecimal.valueOf(3)),
                        "昆明市市场监督管理局 ", Map.of("publicity_deadline_workdays", BigDecimal.valueOf(20))));
        ScopeNames scopes = new ScopeNames();
        scopes.add(penaltyCase("昆明市市场监督管理局", "市场监管"));
        RunContext context = new RunContext(LocalDate.of(2025, 12, 31), parameters, CalendarLoader.official());
        assertThat(new RunNotes(context, scopes, new Parameters(RUN)).notes()).extracting(Summary.Note::text)
                .containsExactly("参数文件按执法领域“治安管理”设定了参数，但没有记录属于该执法领域，请核对名称",
                        "参数文件按机关“昆明市公安局”设定了参数，但没有记录属于该机关，请核对名称");
    }
}

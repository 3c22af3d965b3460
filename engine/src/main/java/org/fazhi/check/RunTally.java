package org.fazhi.check;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.report.IndicatorCalculator;
import org.fazhi.report.Finding;
import org.fazhi.report.IndicatorDefinition;
import org.fazhi.report.Report;

/**
 * What a run counts as its records stream past (records per type, the agencies and fields they
 * name, the indicators' tallies), and the report it makes of them and the findings. A run may
 * count in many places: each partition of a cluster counts its records and hands its {@link Part}
 * on, and the driver {@link #add adds} the parts up before it makes the report.
 */
public final class RunTally implements Consumer<Record> {
    private final Catalogue catalogue;
    private final CheckRequest request;
    private final RecordCounts counts = new RecordCounts();
    private final ScopeNames scopes = new ScopeNames();
    private final IndicatorCalculator indicators;

    public RunTally(Catalogue catalogue, CheckRequest request) {
        this.catalogue = catalogue;
        this.request = request;
        this.indicators = new IndicatorCalculator(
                (record, name) -> request.parameters().forRecord(record).decimal(name), request.asOf(),
                IndicatorDefinition.rulesNotRun(catalogue, request.selection()::selects));
    }

    @Override
    public void accept(Record record) {
        counts.add(record);
        scopes.add(record);
        indicators.accept(record);
    }

    /** What this tally counted, and the years the context's working-day counts found no calendar for. */
    public Part part(RunContext context) {
        return new Part(counts, scopes, indicators.counts(), context.uncoveredYears());
    }

    /** Counts what another tally of the same run counted; its uncovered years go to {@code context}. */
    public void add(Part part, RunContext context) {
        counts.add(part.counts);
        scopes.add(part.scopes);
        indicators.add(part.indicators);
        context.addUncoveredYears(part.uncoveredYears);
    }

    /** The run's report: what was read, what was counted and what was found. */
    public Report report(RunContext context, List<InputSummary> inputs, Evaluation evaluation) {
        return new ReportBuilder(request, catalogue).build(inputs, counts, indicators, evaluation, notes(context));
    }

    /**
     * The run's report over findings that arrive already in report order (sorted elsewhere: a
     * cluster's executors), each handed to {@code written} once the gate has marked it, and not
     * kept: the report's findings are empty. Counts, gate and indicators are those of
     * {@link #report(RunContext, List, Evaluation)} over the same findings.
     */
    public Report report(RunContext context, List<InputSummary> inputs, Iterable<Finding> inReportOrder,
                         List<String> skippedWithoutOfficers, Consumer<Finding> written) {
        return new ReportBuilder(request, catalogue).build(inputs, counts, indicators, inReportOrder, skippedWithoutOfficers,
                notes(context), written);
    }

    private RunNotes notes(RunContext context) {
        return new RunNotes(context, scopes, new ParametersLoader(catalogue).defaults());
    }

    /** One tally's counts, serializable to travel from a cluster's executor to its driver. */
    public static final class Part implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RecordCounts counts;
        private final ScopeNames scopes;
        private final IndicatorCalculator.Counts indicators;
        private final ArrayList<Integer> uncoveredYears;

        private Part(RecordCounts counts, ScopeNames scopes, IndicatorCalculator.Counts indicators,
                     List<Integer> uncoveredYears) {
            this.counts = counts;
            this.scopes = scopes;
            this.indicators = indicators;
            this.uncoveredYears = new ArrayList<>(uncoveredYears);
        }
    }
}

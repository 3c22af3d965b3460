package org.fazhi.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.Parameters;
import org.fazhi.gate.Suppressions;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.InputSummary;
import org.fazhi.report.Finding;
import org.fazhi.report.IndicatorCalculator;
import org.fazhi.report.ParameterScopes;
import org.fazhi.report.Report;
import org.fazhi.report.Summary;

/** Assembles the report of a run: totals, indicators, gate verdict and the findings in report order. */
final class ReportBuilder {
    private final CheckRequest request;
    private final Catalogue catalogue;

    ReportBuilder(CheckRequest request, Catalogue catalogue) {
        this.request = request;
        this.catalogue = catalogue;
    }

    Report build(List<InputSummary> inputs, RecordCounts records, IndicatorCalculator indicators,
                 Evaluation evaluation, RunNotes notes) {
        Suppressions suppressions = new Suppressions(request.baseline(), request.waivers(), request.asOf());
        return build(inputs, records, indicators, evaluation.skippedWithoutOfficers(), notes, suppressions,
                new FindingPass(evaluation.findings(), suppressions, indicators, request.failOn(), request.spill()));
    }

    /**
     * The report of findings that stream past in report order, each handed to {@code written}
     * once marked; the report itself holds none of them.
     */
    Report build(List<InputSummary> inputs, RecordCounts records, IndicatorCalculator indicators,
                 Iterable<Finding> inReportOrder, List<String> skippedWithoutOfficers, RunNotes notes,
                 Consumer<Finding> written) {
        Suppressions suppressions = new Suppressions(request.baseline(), request.waivers(), request.asOf());
        return build(inputs, records, indicators, skippedWithoutOfficers, notes, suppressions,
                new FindingPass(inReportOrder, suppressions, indicators, request.failOn(), written));
    }

    private Report build(List<InputSummary> inputs, RecordCounts records, IndicatorCalculator indicators,
                         List<String> skippedWithoutOfficers, RunNotes notes, Suppressions suppressions,
                         FindingPass pass) {
        Summary summary = new Summary(
                records.asMap(),
                pass.severityCounts(),
                pass.ruleCounts(),
                pass.gate(),
                skipped(skippedWithoutOfficers),
                notes.notes(),
                records.byAgency());
        return new Report(Report.SCHEMA, new Report.Tool("fazhi", Version.current()), request.asOf().toString(),
                reported(request.parameters().asMap()), scopes(notes.defaults()), inputs, summary,
                indicators.indicators(),
                request.waivers().isEmpty() ? null : suppressions.waivers(), pass.findings());
    }

    /** Parameter values as a report holds them: numbers, true/false and lists as they are, dates as ISO text. */
    private static Map<String, Object> reported(Map<String, Object> parameters) {
        Map<String, Object> reported = new LinkedHashMap<>();
        parameters.forEach((name, value) -> reported.put(name, value instanceof LocalDate date ? date.toString() : value));
        return reported;
    }

    /** The defaults and every override of the params file, top level and scoped. */
    private ParameterScopes scopes(Parameters defaults) {
        Parameters run = request.parameters();
        Map<String, Object> overrides = new LinkedHashMap<>();
        run.asMap().forEach((name, value) -> {
            if (!value.equals(defaults.asMap().get(name))) {
                overrides.put(name, value);
            }
        });
        return new ParameterScopes(reported(defaults.asMap()), reported(overrides), reportedScopes(run.byField()),
                reportedScopes(run.byAgency()));
    }

    private static Map<String, Map<String, Object>> reportedScopes(Map<String, Map<String, Object>> scopes) {
        Map<String, Map<String, Object>> reported = new TreeMap<>();
        scopes.forEach((name, values) -> reported.put(name, reported(new TreeMap<>(values))));
        return reported;
    }

    /**
     * The rules the run did not evaluate, each group with its reason: those left out by
     * {@code --only}/{@code --skip} (or a pack's {@code skip}), then those that need officers when
     * none were supplied. Every report says of each that it did not run, not that it found nothing.
     */
    private List<Summary.SkippedRules> skipped(List<String> skippedWithoutOfficers) {
        List<Summary.SkippedRules> skipped = new ArrayList<>(2);
        List<String> unselected = catalogue.rules().stream().map(RuleSpec::id)
                .filter(id -> !request.selection().selects(id)).toList();
        if (!unselected.isEmpty()) {
            skipped.add(new Summary.SkippedRules(unselected,
                    Messages.get(Lang.ZH, "skipped.unselected"), Messages.get(Lang.EN, "skipped.unselected")));
        }
        if (!skippedWithoutOfficers.isEmpty()) {
            skipped.add(new Summary.SkippedRules(skippedWithoutOfficers,
                    Messages.get(Lang.ZH, "skipped.noOfficers"), Messages.get(Lang.EN, "skipped.noOfficers")));
        }
        return List.copyOf(skipped);
    }
}

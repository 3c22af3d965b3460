package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.Evaluator;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.StreamingEvaluator;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.RunContext;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;

/** Runs the built-in rules, precompiled as in production, over records built by {@link Rec}. */
public final class RuleRunner {
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

    private LocalDate asOf = DEFAULT_AS_OF;
    private final Map<String, Object> overrides = new LinkedHashMap<>();
    private Parameters fromFile;
    private WorkCalendar calendar = CalendarLoader.official();
    private int batch = 2;

    public RuleRunner asOf(LocalDate asOf) {
        this.asOf = asOf;
        return this;
    }

    /** Overrides a parameter for the whole run: a number, {@code true}/{@code false} or a list of words. */
    public RuleRunner param(String name, Object value) {
        overrides.put(name, value instanceof Number number ? new BigDecimal(number.toString()) : value);
        return this;
    }

    /** Parameters from a {@code --params} file, scopes included, read as the command line reads it. */
    public RuleRunner paramsFile(java.nio.file.Path file) throws org.fazhi.error.InputException {
        fromFile = new ParametersLoader(Catalogue.builtIn()).load(file);
        return this;
    }

    /** Records per batch of the streaming evaluation (2 unless set, so that few records make several batches). */
    public RuleRunner batch(int batch) {
        this.batch = batch;
        return this;
    }

    public RuleRunner calendar(WorkCalendar calendar) {
        this.calendar = calendar;
        return this;
    }

    public List<Finding> run(Rec... records) {
        return runRecords(Arrays.stream(records).map(Rec::build).toList());
    }

    public List<Finding> runRecords(List<Record> records) {
        return evaluate(records).findings();
    }

    /** The whole evaluation, including the rules skipped for want of officer records. */
    public Evaluation evaluate(Rec... records) {
        return evaluate(Arrays.stream(records).map(Rec::build).toList());
    }

    /**
     * Evaluates the records both ways — all in memory, and streaming in batches (of two unless
     * set) as a large export is checked — and fails unless both give the same findings; returns them.
     */
    public Evaluation evaluate(List<Record> records) {
        Catalogue catalogue = Catalogue.builtIn();
        Parameters base = fromFile != null ? fromFile : new ParametersLoader(catalogue).defaults();
        Map<String, Object> values = new LinkedHashMap<>(base.asMap());
        values.putAll(overrides);
        RunContext context = new RunContext(asOf, new Parameters(values, base.byField(), base.byAgency()), calendar);
        RuleEngine engine = new RuleEngine(List.of(RuleEngine.builtInRules()));
        Evaluation plain = new Evaluator(catalogue, engine, RuleSelection.all()).evaluate(records, context);
        OfficerDirectory officers = new OfficerDirectory(records.stream()
                .filter(Officer.class::isInstance).map(Officer.class::cast).toList());
        StreamingEvaluator streaming = new StreamingEvaluator(catalogue, engine, RuleSelection.all(), context,
                officers, batch, record -> { });
        records.forEach(record -> streaming.accept(() -> record));
        Evaluation streamed = streaming.finish();
        assertThat(streamed).as("streaming evaluation gives the same findings").isEqualTo(plain);
        return plain;
    }

    /** The findings of one rule. */
    public static List<Finding> of(String ruleId, List<Finding> findings) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}

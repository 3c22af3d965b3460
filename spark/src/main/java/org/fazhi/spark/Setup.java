package org.fazhi.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.check.CheckRequest;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.RunContext;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.gate.Baseline;
import org.fazhi.pack.Packs;
import org.fazhi.read.DateText;
import org.fazhi.read.Mapping;
import org.fazhi.read.ReadProgress;
import org.fazhi.report.FailOn;
import org.fazhi.report.spill.Spill;

/**
 * Everything a run evaluates with, loaded once per JVM (driver or executor) and kept for the
 * run's tasks: a Drools knowledge base cannot be serialised, so each executor builds its own the
 * first time a task needs it, and every later task of that executor shares it.
 */
record Setup(Catalogue catalogue, RuleEngine engine, Parameters parameters, WorkCalendar calendar, Mapping mapping,
             RuleSelection selection, LocalDate asOf, FailOn failOn) {
    private static final Map<JobSettings, Setup> LOADED = new ConcurrentHashMap<>();

    /** This JVM's setup for the run's settings, loaded on first use. */
    static Setup of(JobSettings settings) {
        return LOADED.computeIfAbsent(settings, s -> {
            try {
                return load(s);
            } catch (InputException e) {
                throw new InputFailure(e);
            }
        });
    }

    /** The request the engine's report is made for: the run's options, no baseline and no waivers. */
    CheckRequest request(List<Path> inputs) {
        return new CheckRequest(inputs, mapping, parameters, calendar, asOf, selection, failOn, Baseline.none(),
                List.of(), ReadProgress.NONE, Spill.inMemory());
    }

    /** A fresh context for one task: it remembers the uncovered years of that task's working-day counts. */
    RunContext newContext() {
        return new RunContext(asOf, parameters, calendar);
    }

    private static Setup load(JobSettings s) throws InputException {
        List<Path> ruleDirs = s.rules().stream().map(Path::of).toList();
        Packs packs = ruleDirs.isEmpty() ? Packs.none(Catalogue.builtIn())
                : Packs.load(ruleDirs, Catalogue.builtIn(), System.getenv());
        Catalogue catalogue = packs.catalogue();
        Parameters parameters = s.params() == null ? new ParametersLoader(catalogue).defaults()
                : new ParametersLoader(catalogue).load(Path.of(s.params()));
        WorkCalendar calendar = CalendarLoader.forRun(s.calendar() == null ? null : Path.of(s.calendar()));
        Mapping mapping = s.mapping() == null ? Mapping.none() : Mapping.load(Path.of(s.mapping()));
        RuleSelection selection = packs.selection(s.only(), s.skip());
        LocalDate asOf = DateText.asOf(s.asOf());
        FailOn failOn = FailOn.valueOf(s.failOn().trim().toUpperCase(Locale.ROOT));
        return new Setup(catalogue, packs.ruleEngine(), parameters, calendar, mapping, selection, asOf, failOn);
    }
}

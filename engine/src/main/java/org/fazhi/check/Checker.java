package org.fazhi.check;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.Evaluator;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Record;
import org.fazhi.read.InputReader;
import org.fazhi.read.InputSummary;
import org.fazhi.report.Report;

/** The pipeline of a check run: read the inputs, evaluate the rules, build the report. */
public final class Checker {
    private final Catalogue catalogue;
    private final RuleEngine engine;

    public Checker(Catalogue catalogue, RuleEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    public Report check(CheckRequest request) throws InputException {
        List<Record> records = new ArrayList<>();
        List<InputSummary> inputs = new InputReader(request.mapping()).read(request.inputs(), records::add);
        RunContext context = new RunContext(request.asOf(), request.parameters(), request.calendar());
        Evaluation evaluation = new Evaluator(catalogue, engine, request.selection()).evaluate(records, context);
        return new ReportBuilder(request).build(inputs, records, evaluation);
    }
}

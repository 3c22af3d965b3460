package org.fazhi.check;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RunContext;
import org.fazhi.evaluate.StreamingEvaluator;
import org.fazhi.model.Officer;
import org.fazhi.read.InputReader;
import org.fazhi.read.MergeScans;
import org.fazhi.model.InputSummary;
import org.fazhi.report.Report;

/**
 * The pipeline of a check run: read the officers ahead (the reference facts that cases join
 * with), then read every input and evaluate the records as they come, then build the report.
 * Records are not kept, and findings beyond the spill's threshold go to disk: memory grows with
 * neither the rows nor the findings.
 */
public final class Checker {
    private final Catalogue catalogue;
    private final RuleEngine engine;

    public Checker(Catalogue catalogue, RuleEngine engine) {
        this.catalogue = catalogue;
        this.engine = engine;
    }

    public Report check(CheckRequest request) throws InputException {
        RunContext context = new RunContext(request.asOf(), request.parameters(), request.calendar());
        RunTally tally = new RunTally(catalogue, request);
        List<InputSummary> inputs;
        StreamingEvaluator evaluator;
        // the two readings share the merged-cell scans of workbooks: each sheet is scanned once
        try (MergeScans scans = MergeScans.forTheRun()) {
            evaluator = new StreamingEvaluator(catalogue, engine, request.selection(), context,
                    officers(request, scans), StreamingEvaluator.DEFAULT_BATCH, tally, request.spill());
            inputs = new InputReader(request.mapping()).withProgress(request.progress()).withMergeScans(scans)
                    .readRows(request.inputs(), type -> true, evaluator);
        }
        Evaluation evaluation = evaluator.finish();
        return tally.report(context, inputs, evaluation);
    }

    /** Officers from any input of the run; only their sheets and files are parsed. */
    private static OfficerDirectory officers(CheckRequest request, MergeScans scans) throws InputException {
        List<Officer> officers = new ArrayList<>();
        new InputReader(request.mapping()).withMergeScans(scans).read(request.inputs(),
                type -> type.recordClass() == Officer.class,
                record -> {
                    if (record instanceof Officer officer) {
                        officers.add(officer);
                    }
                });
        return new OfficerDirectory(officers);
    }
}

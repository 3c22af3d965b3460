package org.fazhi.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.Evaluator;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.RunContext;
import org.fazhi.evaluate.StreamingEvaluator;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.read.InputReader;
import org.fazhi.read.Mapping;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated export, with its planted violations of every rule, checked the way a large export
 * is: streamed in batches of the production size on the worker threads. The findings must be
 * those of the all-in-memory evaluation, and every rule must find its planted cases.
 */
class GeneratedExportTest {
    @TempDir
    Path dir;

    @Test
    void streamingInProductionBatchesFindsWhatTheAllInMemoryPathFindsForEveryRule()
            throws IOException, InputException {
        new Generator(3000, 5, 0.1).writeCsv(dir);
        List<Record> records = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(dir), records::add);
        assertThat(records.size()).as("several batches").isGreaterThan(4 * StreamingEvaluator.DEFAULT_BATCH);

        Catalogue catalogue = Catalogue.builtIn();
        RunContext context = new RunContext(LocalDate.of(2025, 12, 31), new ParametersLoader(catalogue).defaults(),
                CalendarLoader.official());
        RuleEngine engine = new RuleEngine(List.of(RuleEngine.builtInRules()));
        Evaluation evaluation = new Evaluator(catalogue, engine, RuleSelection.all()).evaluate(records, context);
        StreamingEvaluator streaming = new StreamingEvaluator(catalogue, engine, RuleSelection.all(), context,
                new OfficerDirectory(records.stream().filter(Officer.class::isInstance).map(Officer.class::cast)
                        .toList()), StreamingEvaluator.DEFAULT_BATCH, record -> { });
        records.forEach(record -> streaming.accept(() -> record));
        assertThat(streaming.finish()).as("streaming evaluation gives the same findings").isEqualTo(evaluation);

        Set<String> fired = evaluation.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
        // DQ-007 needs a sheet without a deciding column, and a generated export has every column
        assertThat(fired).containsAll(Catalogue.builtIn().rules().stream().map(RuleSpec::id)
                .filter(id -> !id.equals("DQ-007")).toList());
    }
}

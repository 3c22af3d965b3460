package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.RunContext;
import org.fazhi.evaluate.StreamingEvaluator;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * Rows are parsed on several worker threads, in batches that may finish in any order; what
 * depends on reading order must not notice.
 */
class StreamingOrderTest {
    private static final int BATCH = 3;

    private static Record decision(String id, int row) {
        return Rec.of("decision").with("decision_id", id).with("agency", "昆明市人民政府").row(row).build();
    }

    @Test
    void repeatsAndTalliesFollowReadingOrderWhenEarlierBatchesParseSlowest() {
        Catalogue catalogue = Catalogue.builtIn();
        RunContext context = new RunContext(LocalDate.of(2025, 12, 31), new ParametersLoader(catalogue).defaults(),
                CalendarLoader.official());
        List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
        Set<String> parsedBy = ConcurrentHashMap.newKeySet();
        StreamingEvaluator evaluator = new StreamingEvaluator(catalogue,
                new RuleEngine(List.of(RuleEngine.builtInRules())), RuleSelection.all(), context,
                new OfficerDirectory(List.of()), BATCH, record -> seen.add(record.getSource().row()));
        int rows = 8 * BATCH;
        for (int i = 0; i < rows; i++) {
            // every id twice, the second time in a later batch; the first batches parse slowest
            Record record = decision("JC-" + (i % (rows / 2)), i + 2);
            long delay = Math.max(0, 40 - 5L * (i / BATCH));
            evaluator.accept(() -> {
                parsedBy.add(Thread.currentThread().getName());
                LockSupport.parkNanos(delay * 1_000_000);
                return record;
            });
        }
        Evaluation evaluation = evaluator.finish();

        assertThat(seen).as("the tallies see rows in reading order").isSorted().hasSize(rows);
        assertThat(parsedBy).as("the reader waits for a worker rather than taking a batch itself")
                .containsOnly("fazhi-evaluate");
        List<Finding> repeats = RuleRunner.of("DQ-003", evaluation.findings());
        assertThat(repeats).hasSize(rows / 2).allSatisfy(f -> {
            int first = Integer.parseInt(f.recordId().substring(3)) + 2;
            assertThat(f.source().row()).isEqualTo(first + rows / 2);
            assertThat(f.messageEn()).contains("row " + first);
        });
    }
}

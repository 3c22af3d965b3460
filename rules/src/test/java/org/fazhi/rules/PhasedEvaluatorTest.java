package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.Evaluation;
import org.fazhi.evaluate.Evaluator;
import org.fazhi.evaluate.OfficerDirectory;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.PhasedEvaluator;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * The phases run apart, as a cluster runs them — records dealt to several evaluators in any
 * order, the first use of each identifier found over all of them, the retained records grouped by
 * partition — give the findings of the reference evaluation over all records at once.
 */
class PhasedEvaluatorTest {
    private static final int SHARES = 3;

    @Test
    void phasesRunApartGiveTheFindingsOfOneEvaluation() {
        List<Record> records = everyRulesViolatingExample();
        Catalogue catalogue = Catalogue.builtIn();
        RuleEngine engine = new RuleEngine(List.of(RuleEngine.builtInRules()));
        RunContext context = new RunContext(LocalDate.of(2025, 12, 31), new ParametersLoader(catalogue).defaults(),
                CalendarLoader.official());
        Evaluation whole = new Evaluator(catalogue, engine, RuleSelection.all()).evaluate(records, context);
        OfficerDirectory officers = new OfficerDirectory(records.stream()
                .filter(Officer.class::isInstance).map(Officer.class::cast).toList());

        // the first use of each identity, over every record, in reading order
        Map<String, SourceRef> firsts = new HashMap<>();
        records.forEach(r -> {
            String identity = PhasedEvaluator.identityOf(r);
            if (identity != null) {
                firsts.putIfAbsent(identity, r.getSource());
            }
        });
        List<Finding> findings = new ArrayList<>();
        List<Record> retained = new ArrayList<>();
        for (int share = 0; share < SHARES; share++) {
            PhasedEvaluator phases = new PhasedEvaluator(catalogue, engine, RuleSelection.all(), context, officers);
            List<Record> dealt = new ArrayList<>();
            for (int i = records.size() - 1 - share; i >= 0; i -= SHARES) {
                dealt.add(records.get(i));
            }
            for (Record record : dealt) {
                String identity = PhasedEvaluator.identityOf(record);
                if (identity != null && !firsts.get(identity).equals(record.getSource())) {
                    phases.repeats(record, firsts.get(identity));
                }
            }
            retained.addAll(phases.perRecord(dealt));
            findings.addAll(phases.findings());
        }
        Map<String, List<Record>> partitions = new TreeMap<>();
        retained.forEach(r -> partitions.computeIfAbsent(PhasedEvaluator.partitionOf(r), k -> new ArrayList<>()).add(r));
        for (List<Record> partition : partitions.values()) {
            PhasedEvaluator phases = new PhasedEvaluator(catalogue, engine, RuleSelection.all(), context, officers);
            partition.sort(Comparator.comparing(Record::getSource));
            phases.crossRecord(partition);
            findings.addAll(phases.findings());
        }
        findings.sort(Finding.REPORT_ORDER);

        assertThat(whole.findings()).extracting(Finding::ruleId).contains("DQ-003", "ENF-020", "INS-001");
        assertThat(findings).isEqualTo(whole.findings());
    }

    /** One record per rule's violating example (several for the rules over groups), a repeat, and officers. */
    private static List<Record> everyRulesViolatingExample() {
        List<Record> records = new ArrayList<>();
        List<Rec> made = new ArrayList<>();
        Map<String, Integer> copies = Map.of("ENF-020", 5, "INS-001", 3);
        for (RuleSpec rule : Catalogue.builtIn().rules()) {
            Map<String, String> example = rule.examples().get("violating");
            if (rule.appliesToAllTypes() || example == null) {
                continue;
            }
            RecordType type = RecordTypes.byKey(rule.recordType()).orElseThrow();
            String idKey = type.idField().key();
            for (int i = 0; i < copies.getOrDefault(rule.id(), 1); i++) {
                Rec rec = Rec.of(type.key());
                example.forEach(rec::with);
                rec.with(idKey, example.get(idKey) + "-" + rule.id() + "-" + i);
                made.add(rec);
                records.add(rec.build());
            }
        }
        records.add(made.get(0).copy().build());
        records.add(Rec.of("officer").with("officer_id", "ZF-EXPIRED-01")
                .with("certificate_valid_until", "2025-03-31").build());
        return records;
    }
}

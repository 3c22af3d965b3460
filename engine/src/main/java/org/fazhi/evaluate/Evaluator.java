package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;

/**
 * Runs every selected rule over the records of a run. Records are evaluated per partition (one
 * record type of one agency), with the run context and the officer directory as reference
 * facts: per-record rules need nothing else, joins look officers up in the directory, and
 * cross-record rules group within one agency, so a partition holds everything they need.
 */
public final class Evaluator {
    private final Catalogue catalogue;
    private final RuleEngine engine;
    private final RuleSelection selection;

    public Evaluator(Catalogue catalogue, RuleEngine engine, RuleSelection selection) {
        this.catalogue = catalogue;
        this.engine = engine;
        this.selection = selection;
    }

    public Evaluation evaluate(List<Record> records, RunContext context) {
        OfficerDirectory officers = new OfficerDirectory(records.stream()
                .filter(Officer.class::isInstance).map(Officer.class::cast).toList());
        List<Hit> hits = new ArrayList<>();
        for (List<Record> partition : partitions(records).values()) {
            List<Object> facts = new ArrayList<>(partition.size() + 2);
            facts.add(context);
            facts.add(officers);
            facts.addAll(partition);
            hits.addAll(engine.evaluate(facts));
        }
        hits.addAll(DataQualityChecks.duplicates(records));
        for (Record record : records) {
            hits.addAll(DataQualityChecks.cellProblems(record));
            hits.addAll(DataQualityChecks.undecided(record, selectedRulesFor(record.typeKey())));
        }
        FindingFactory factory = new FindingFactory(catalogue, context.getParameters());
        List<Finding> findings = new ArrayList<>();
        for (Hit hit : hits) {
            if (selection.selects(hit.ruleId())) {
                findings.add(factory.make(hit));
            }
        }
        findings.sort(Finding.REPORT_ORDER);
        return new Evaluation(findings, skippedRules(officers));
    }

    private List<RuleSpec> selectedRulesFor(String recordType) {
        return catalogue.rulesFor(recordType).stream().filter(selection::selects).toList();
    }

    private List<String> skippedRules(OfficerDirectory officers) {
        if (officers.isSupplied()) {
            return List.of();
        }
        return catalogue.rules().stream()
                .filter(RuleSpec::needsOfficers)
                .filter(selection::selects)
                .map(RuleSpec::id)
                .toList();
    }

    /** One partition per record type and agency, in a stable order. */
    private static Map<String, List<Record>> partitions(List<Record> records) {
        Map<String, List<Record>> partitions = new TreeMap<>();
        for (Record record : records) {
            String agency = record.getAgency() == null ? "" : record.getAgency();
            partitions.computeIfAbsent(record.typeKey() + '\u0000' + agency, k -> new ArrayList<>()).add(record);
        }
        return partitions;
    }
}

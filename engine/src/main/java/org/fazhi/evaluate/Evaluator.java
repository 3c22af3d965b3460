package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.fazhi.report.spill.Spill;

/**
 * Runs every selected rule over the records of a run, all in memory: one session per partition
 * (one record type of one agency) with the run context and the officer directory as reference
 * facts. This is the plain, reference way of evaluating; {@link StreamingEvaluator} must give the
 * same findings while holding only a batch of records at a time.
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
        FindingCollector findings = new FindingCollector(catalogue, selection, context.getParameters(),
                Spill.inMemory());
        DuplicateIds duplicates = new DuplicateIds();
        for (Record record : records) {
            findings.add(duplicates.check(record));
            findings.checkCells(record);
        }
        DecidingFields deciding = new DecidingFields(catalogue, selection, engine);
        for (List<Record> partition : partitions(records).values()) {
            List<Hit> hits = engine.evaluate(facts(context, officers, partition), RuleEngine.Phase.ALL).hits();
            findings.addAll(hits);
            findings.undecided(deciding.undecided(partition, hits, context, officers));
        }
        return new Evaluation(findings.sorted(), findings.skippedRules(officers));
    }

    /** What one session sees: the run context and the officers as reference facts, then the records. */
    static List<Object> facts(RunContext context, OfficerDirectory officers, List<Record> records) {
        List<Object> facts = new ArrayList<>(records.size() + 2);
        facts.add(context);
        facts.add(officers);
        facts.addAll(records);
        return facts;
    }

    /** One partition per record type and agency, in a stable order. */
    static Map<String, List<Record>> partitions(List<Record> records) {
        Map<String, List<Record>> partitions = new TreeMap<>();
        for (Record record : records) {
            partitions.computeIfAbsent(partitionKey(record), k -> new ArrayList<>()).add(record);
        }
        return partitions;
    }

    /**
     * The partition of a record: its type and agency, the agency compared as parameter scopes
     * compare it (trimmed, full-width folded), so that cross-record rules see all of an agency's
     * records however a row writes its name.
     */
    static String partitionKey(Record record) {
        String agency = record.getAgency() == null ? "" : Parameters.fold(record.getAgency());
        return record.typeKey() + '\u0000' + agency;
    }
}

package org.fazhi.evaluate;

import java.util.List;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.model.Record;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.spill.Spill;

/**
 * A run's evaluation in the steps that can run apart, records in and findings out, with no I/O:
 * the per-record phase over any batch of records (the data-quality checks of their cells, the
 * per-record rules and their joins with the officers, the undecided rules of blank deciding
 * fields), the repeated identifiers once the first use of each is known, and the cross-record
 * rules over every retained record of one partition ({@link #partitionOf}). {@link
 * StreamingEvaluator} runs these steps on one machine; a cluster runs them on many and gets the
 * same findings, provided it groups the retained records by partition first (a cross-record rule
 * sees only the records of its session) and finds each identifier's first use over all records.
 * Thread-safe.
 */
public final class PhasedEvaluator {
    private final RuleEngine engine;
    private final RunContext context;
    private final OfficerDirectory officers;
    private final FindingCollector findings;
    private final DecidingFields deciding;

    /** An evaluator that holds its findings in memory (one partition of a cluster's run). */
    public PhasedEvaluator(Catalogue catalogue, RuleEngine engine, RuleSelection selection, RunContext context,
                           OfficerDirectory officers) {
        this(catalogue, engine, selection, context, officers, Spill.inMemory());
    }

    /** An evaluator whose findings beyond the spill's threshold go to disk. */
    public PhasedEvaluator(Catalogue catalogue, RuleEngine engine, RuleSelection selection, RunContext context,
                           OfficerDirectory officers, Spill spill) {
        this.engine = engine;
        this.context = context;
        this.officers = officers;
        this.findings = new FindingCollector(catalogue, selection, context.getParameters(), spill);
        this.deciding = new DecidingFields(catalogue, selection, engine);
    }

    /**
     * The per-record phase over a batch of records; the absent deciding columns of their sheets
     * are counted towards {@link #findings()}' DQ-007, so every record of a sheet must go through
     * the same evaluator.
     *
     * @return the records a rule retained for a cross-record rule
     */
    public List<Record> perRecord(List<Record> records) {
        records.forEach(findings::checkCells);
        RuleEngine.Outcome outcome = engine.evaluate(Evaluator.facts(context, officers, records),
                RuleEngine.Phase.PER_RECORD);
        findings.addAll(outcome.hits());
        findings.undecided(deciding.undecided(records, outcome.hits(), context, officers));
        return outcome.retained();
    }

    /** DQ-003 for a record whose identifier the record at {@code first} used earlier in reading order. */
    public void repeats(Record record, SourceRef first) {
        findings.add(DuplicateIds.repeated(record, first));
    }

    /** The cross-record rules over every retained record of one partition, in source order. */
    public void crossRecord(List<Record> partition) {
        findings.addAll(engine.evaluate(Evaluator.facts(context, officers, partition),
                RuleEngine.Phase.CROSS_RECORD).hits());
    }

    /** Every finding so far, with one DQ-007 per sheet and absent deciding column, in report order. */
    public List<Finding> findings() {
        return findings.sorted();
    }

    /** Rules skipped because they join with officers and none were supplied. */
    public List<String> skippedRules() {
        return findings.skippedRules(officers);
    }

    /** The partition of a record: its type and agency, the most that any cross-record rule groups. */
    public static String partitionOf(Record record) {
        return Evaluator.partitionKey(record);
    }

    /**
     * What two records share when the later repeats the earlier's identifier (DQ-003): the type
     * and the identifier folded; null when the identifier is blank.
     */
    public static String identityOf(Record record) {
        return DuplicateIds.identity(record);
    }

    /** A hit of the caller's own (a repeated identifier found in reading order). */
    void add(Hit hit) {
        findings.add(hit);
    }
}

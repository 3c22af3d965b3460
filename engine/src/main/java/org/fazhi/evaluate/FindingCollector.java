package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;
import org.fazhi.report.spill.FindingSorter;
import org.fazhi.report.spill.Spill;

/**
 * Turns hits into findings as they arrive, keeping only those of selected rules, and adds the
 * data-quality checks that follow from a record's own cells. Holds findings, not records, and
 * no more of them in memory than the spill's threshold: beyond it they go to disk in sorted
 * runs. Thread-safe: batches may report from several threads.
 */
final class FindingCollector {
    private final Catalogue catalogue;
    private final RuleSelection selection;
    private final FindingFactory factory;
    private final FindingSorter findings;
    private final MissingColumns missingColumns = new MissingColumns();

    FindingCollector(Catalogue catalogue, RuleSelection selection, Parameters parameters, Spill spill) {
        this.findings = spill.sorter(Finding.REPORT_ORDER);
        this.catalogue = catalogue;
        this.selection = selection;
        this.factory = new FindingFactory(catalogue, parameters);
    }

    /** DQ-001 and DQ-002 for one record. */
    void checkCells(Record record) {
        addAll(DataQualityChecks.cellProblems(record));
    }

    /** DQ-004 for the records left with undecided rules; their absent columns are kept for DQ-007. */
    void undecided(Map<Record, Map<FieldSpec, List<RuleSpec>>> undecided) {
        undecided.forEach((record, byField) -> addAll(DataQualityChecks.undecided(record, byField, missingColumns)));
    }

    void addAll(Collection<Hit> hits) {
        if (hits.isEmpty()) {
            // the common case, once or twice per record: no lock, no allocation
            return;
        }
        List<Finding> made = new ArrayList<>(hits.size());
        for (Hit hit : hits) {
            if (selection.selects(hit.ruleId())) {
                made.add(factory.make(hit));
            }
        }
        findings.addAll(made);
    }

    void add(Hit hit) {
        if (hit != null) {
            addAll(List.of(hit));
        }
    }

    /** Every finding in report order, with one DQ-007 per sheet and absent deciding column. */
    List<Finding> sorted() {
        if (selection.selects(DataQualityChecks.COLUMN_MISSING)) {
            for (MissingColumns.Gap gap : missingColumns.gaps()) {
                findings.add(DataQualityChecks.missingColumn(gap, factory));
            }
        }
        return findings.finish();
    }

    /** Rules skipped because they join with officers and none were supplied. */
    List<String> skippedRules(OfficerDirectory officers) {
        if (officers.isSupplied()) {
            return List.of();
        }
        return catalogue.rules().stream()
                .filter(RuleSpec::needsOfficers)
                .filter(selection::selects)
                .map(RuleSpec::id)
                .toList();
    }
}

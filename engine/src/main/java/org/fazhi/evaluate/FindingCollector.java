package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.report.Finding;

/**
 * Turns hits into findings as they arrive, keeping only those of selected rules, and adds the
 * data-quality checks that follow from a record's own cells. Holds findings, not records, so
 * memory grows with the number of findings. Thread-safe: batches may report from several threads.
 */
final class FindingCollector {
    private final Catalogue catalogue;
    private final RuleSelection selection;
    private final FindingFactory factory;
    private final List<Finding> findings = new ArrayList<>();
    /** The fields deciding the selected rules of each record type, worked out once rather than once per record. */
    private final Map<RecordType, DecidingFields> decidingByType = new HashMap<>();

    FindingCollector(Catalogue catalogue, RuleSelection selection, Parameters parameters) {
        this.catalogue = catalogue;
        this.selection = selection;
        this.factory = new FindingFactory(catalogue, parameters);
        for (RecordType type : RecordTypes.all()) {
            decidingByType.put(type, new DecidingFields(type,
                    catalogue.rulesFor(type.key()).stream().filter(selection::selects).toList()));
        }
    }

    /** DQ-001, DQ-002 and DQ-004 for one record. */
    void checkCells(Record record) {
        addAll(DataQualityChecks.cellProblems(record));
        addAll(DataQualityChecks.undecided(record, decidingByType.get(record.type())));
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
        synchronized (findings) {
            findings.addAll(made);
        }
    }

    void add(Hit hit) {
        if (hit != null) {
            addAll(List.of(hit));
        }
    }

    /** Every finding in report order. */
    List<Finding> sorted() {
        synchronized (findings) {
            List<Finding> all = new ArrayList<>(findings);
            all.sort(Finding.REPORT_ORDER);
            return all;
        }
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

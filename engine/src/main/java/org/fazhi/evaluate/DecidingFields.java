package org.fazhi.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * Which rules a blank deciding field leaves undecided (docs/spec/rules.md "Deciding fields and blanks"): a
 * rule that did not fire on a record is undecided when it fires on a copy of the record with its
 * blank deciding fields set to some {@link Candidates candidate values}, everything else as it is.
 * Decided by substitution and the rule itself, not by a second description of its condition, so
 * it holds for every rule as written, a user's included.
 *
 * <p>The copies of a batch are evaluated together in one session, each copy only by the rules it
 * stands for. Records with every deciding field filled, the most, cost one pass over those fields.
 * Rules decided over groups of records are not tried: one record alone never makes them fire.
 */
final class DecidingFields {
    private final RuleEngine engine;
    private final Map<RecordType, List<Rule>> byType = new HashMap<>();

    /** A selected per-record rule with deciding fields. */
    private record Rule(RuleSpec spec, FieldSpec[] decidedBy) {
    }

    /** A copy of a record with some blank deciding fields filled in, and the rules it is evaluated by. */
    private record Probe(Record original, Set<String> ruleIds) {
    }

    DecidingFields(Catalogue catalogue, RuleSelection selection, RuleEngine engine) {
        this.engine = engine;
        Set<String> crossRecord = engine.crossRecordRuleIds();
        for (RecordType type : RecordTypes.all()) {
            List<Rule> rules = new ArrayList<>();
            for (RuleSpec rule : catalogue.rulesFor(type.key())) {
                if (!rule.decidedBy().isEmpty() && selection.selects(rule) && !crossRecord.contains(rule.id())) {
                    rules.add(new Rule(rule, rule.decidedBy().stream().map(type::requireField)
                            .toArray(FieldSpec[]::new)));
                }
            }
            byType.put(type, List.copyOf(rules));
        }
    }

    /**
     * For each record left with an undecided rule: each blank deciding field (in the order the
     * rules name them) and the rules it leaves undecided, in catalogue order.
     *
     * @param hits what the rules reported on these records as they are
     */
    Map<Record, Map<FieldSpec, List<RuleSpec>>> undecided(List<Record> records, List<Hit> hits, RunContext context,
                                                         OfficerDirectory officers) {
        Map<Record, Probe> probes = new IdentityHashMap<>();
        List<Record> tried = new ArrayList<>();
        Map<Record, Set<String>> fired = null;
        for (Record record : records) {
            Map<List<FieldSpec>, Set<String>> byBlanks = null;
            for (Rule rule : byType.get(record.type())) {
                List<FieldSpec> blanks = blanks(record, rule.decidedBy);
                if (blanks.isEmpty()) {
                    continue;
                }
                fired = fired != null ? fired : firedBy(hits);
                if (fired.getOrDefault(record, Set.of()).contains(rule.spec.id())) {
                    continue;
                }
                byBlanks = byBlanks != null ? byBlanks : new LinkedHashMap<>();
                byBlanks.computeIfAbsent(blanks, k -> new HashSet<>()).add(rule.spec.id());
            }
            if (byBlanks != null) {
                byBlanks.forEach((blanks, ruleIds) -> {
                    Probe probe = new Probe(record, ruleIds);
                    for (Record copy : copies(record, blanks, context.getAsOf())) {
                        probes.put(copy, probe);
                        tried.add(copy);
                    }
                });
            }
        }
        if (tried.isEmpty()) {
            return Map.of();
        }
        Map<Record, Set<String>> undecided = new IdentityHashMap<>();
        List<Object> facts = Evaluator.facts(context, officers, tried);
        for (Hit hit : engine.evaluatePerRecord(facts, onlyProbedRules(probes))) {
            Probe probe = probes.get(hit.record());
            if (probe != null && probe.ruleIds.contains(hit.ruleId())) {
                undecided.computeIfAbsent(probe.original, k -> new HashSet<>()).add(hit.ruleId());
            }
        }
        Map<Record, Map<FieldSpec, List<RuleSpec>>> result = new IdentityHashMap<>();
        undecided.forEach((record, ruleIds) -> result.put(record, byField(record, ruleIds)));
        return result;
    }

    /** A match on a copy fires only for the rules the copy stands for. */
    private static AgendaFilter onlyProbedRules(Map<Record, Probe> probes) {
        return (Match match) -> {
            String id = RuleEngine.ruleId(match.getRule());
            for (Object fact : match.getObjects()) {
                Probe probe = fact instanceof Record ? probes.get(fact) : null;
                if (probe != null && probe.ruleIds.contains(id)) {
                    return true;
                }
            }
            return false;
        };
    }

    private Map<FieldSpec, List<RuleSpec>> byField(Record record, Set<String> ruleIds) {
        Map<FieldSpec, List<RuleSpec>> byField = new LinkedHashMap<>();
        for (Rule rule : byType.get(record.type())) {
            if (ruleIds.contains(rule.spec.id())) {
                for (FieldSpec field : blanks(record, rule.decidedBy)) {
                    byField.computeIfAbsent(field, k -> new ArrayList<>()).add(rule.spec);
                }
            }
        }
        return byField;
    }

    private static Map<Record, Set<String>> firedBy(List<Hit> hits) {
        Map<Record, Set<String>> fired = new IdentityHashMap<>();
        for (Hit hit : hits) {
            fired.computeIfAbsent(hit.record(), k -> new HashSet<>()).add(hit.ruleId());
        }
        return fired;
    }

    private static List<FieldSpec> blanks(Record record, FieldSpec[] fields) {
        List<FieldSpec> blanks = null;
        for (FieldSpec field : fields) {
            if (field.get(record) == null) {
                blanks = blanks != null ? blanks : new ArrayList<>(fields.length);
                blanks.add(field);
            }
        }
        return blanks == null ? List.of() : blanks;
    }

    /** Copies of the record with the blank fields set to every combination of their candidate values. */
    private static List<Record> copies(Record record, List<FieldSpec> blanks, LocalDate asOf) {
        List<Record> copies = List.of(record.type().copyOf(record));
        for (FieldSpec field : blanks) {
            List<Record> next = new ArrayList<>();
            for (Record partial : copies) {
                for (Object value : Candidates.of(field, asOf)) {
                    Record copy = partial.type().copyOf(partial);
                    field.set(copy, value);
                    next.add(copy);
                }
            }
            copies = next;
        }
        return copies;
    }
}

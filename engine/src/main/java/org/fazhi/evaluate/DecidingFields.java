package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;

/**
 * The fields that decide the selected rules of one record type (DQ-004), resolved once per run
 * rather than looked up by key for every record: most records have every deciding field filled,
 * and for them one pass over those fields is the whole cost.
 */
final class DecidingFields {
    private final Rule[] rules;
    private final FieldSpec[] all;

    /** One rule: the fields without which it does not apply, and those without which it cannot be decided. */
    private record Rule(String id, FieldSpec[] applicableWhen, FieldSpec[] decidedBy) {
    }

    DecidingFields(RecordType type, List<RuleSpec> selected) {
        Set<FieldSpec> union = new LinkedHashSet<>();
        List<Rule> list = new ArrayList<>();
        for (RuleSpec rule : selected) {
            FieldSpec[] decidedBy = fields(type, rule.decidedBy());
            list.add(new Rule(rule.id(), fields(type, rule.applicableWhen()), decidedBy));
            union.addAll(List.of(decidedBy));
        }
        this.rules = list.toArray(new Rule[0]);
        this.all = union.toArray(new FieldSpec[0]);
    }

    private static FieldSpec[] fields(RecordType type, List<String> keys) {
        return keys.stream().map(type::requireField).toArray(FieldSpec[]::new);
    }

    /**
     * For each blank deciding field of the record, in the order the rules name them, the rules it
     * leaves undecided; a rule whose {@code applicableWhen} fields are blank is not named.
     */
    Map<FieldSpec, List<String>> undecided(Record record) {
        if (noneBlank(record, all)) {
            return Map.of();
        }
        Map<FieldSpec, List<String>> byField = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (!noneBlank(record, rule.applicableWhen)) {
                continue;
            }
            for (FieldSpec field : rule.decidedBy) {
                if (field.get(record) == null) {
                    byField.computeIfAbsent(field, k -> new ArrayList<>()).add(rule.id);
                }
            }
        }
        return byField;
    }

    private static boolean noneBlank(Record record, FieldSpec[] fields) {
        for (FieldSpec field : fields) {
            if (field.get(record) == null) {
                return false;
            }
        }
        return true;
    }
}

package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.SourceRef;

/**
 * The data-quality rules that are about the export itself rather than the plan, and so need the
 * field declarations rather than DRL: blank required fields (DQ-001), unreadable cells (DQ-002),
 * repeated identifiers (DQ-003) and blank deciding fields (DQ-004).
 */
final class DataQualityChecks {
    static final String REQUIRED_BLANK = "DQ-001";
    static final String UNPARSEABLE = "DQ-002";
    static final String DUPLICATE_ID = "DQ-003";
    static final String UNDECIDED = "DQ-004";

    private DataQualityChecks() {
    }

    /** DQ-001 and DQ-002: one finding per cell the reader could not turn into a value. */
    static List<Hit> cellProblems(Record record) {
        List<Hit> hits = new ArrayList<>(record.getProblems().size());
        for (CellProblem problem : record.getProblems()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("field", fieldName(record, problem.field()));
            args.put("column", problem.column() == null ? "-" : problem.column());
            if (problem.raw() != null) {
                args.put("raw", problem.raw());
            }
            if (problem.expected() != null) {
                args.put("expected", problem.expected());
            }
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put(problem.field(), problem.raw());
            String ruleId = problem.isRequiredBlank() ? REQUIRED_BLANK : UNPARSEABLE;
            hits.add(new Hit(ruleId, record, args, seen, null, List.of()));
        }
        return hits;
    }

    /**
     * DQ-003: every record whose identifier was already used by an earlier record of its type
     * (in source order), naming where it was first used.
     */
    static List<Hit> duplicates(List<Record> records) {
        List<Record> ordered = new ArrayList<>(records);
        ordered.sort((a, b) -> a.getSource().compareTo(b.getSource()));
        Map<String, SourceRef> first = new HashMap<>();
        List<Hit> hits = new ArrayList<>();
        for (Record record : ordered) {
            String id = record.getId();
            if (id == null) {
                continue;
            }
            SourceRef earlier = first.putIfAbsent(record.typeKey() + '\u0000' + id, record.getSource());
            if (earlier != null) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("id", id);
                args.put("first_row", earlier.row());
                args.put("first_source", earlier.toString());
                args.put("first_place", place(earlier));
                Map<String, String> seen = Map.of(record.type().idField().key(), id);
                hits.add(new Hit(DUPLICATE_ID, record, args, seen, null, List.of()));
            }
        }
        return hits;
    }

    /**
     * DQ-004: one finding per blank deciding field of a record, naming the rules that could not
     * be evaluated because of it. A rule whose other preconditions ({@code applicableWhen}) are
     * blank does not apply anyway and is not named.
     */
    static List<Hit> undecided(Record record, List<RuleSpec> rules) {
        Map<String, List<String>> rulesByField = new LinkedHashMap<>();
        for (RuleSpec rule : rules) {
            if (rule.applicableWhen().stream().anyMatch(key -> record.value(key) == null)) {
                continue;
            }
            for (String key : rule.decidedBy()) {
                if (record.value(key) == null) {
                    rulesByField.computeIfAbsent(key, k -> new ArrayList<>()).add(rule.id());
                }
            }
        }
        List<Hit> hits = new ArrayList<>(rulesByField.size());
        rulesByField.forEach((key, ruleIds) -> {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("field", fieldName(record, key));
            args.put("rules", String.join(", ", ruleIds));
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put(key, null);
            hits.add(new Hit(UNDECIDED, record, args, seen, null, List.of()));
        });
        return hits;
    }

    /** Where a record is, in words: {@code cases.xlsx [执法案件] 第3行} / {@code cases.xlsx [执法案件] row 3}. */
    private static Text place(SourceRef source) {
        String where = source.sheet() == null ? source.file() : source.file() + " [" + source.sheet() + "]";
        return new Text(where + " 第" + source.row() + "行", where + " row " + source.row());
    }

    /** A field named in a sentence: its Chinese header, or its key in English. */
    private static Text fieldName(Record record, String key) {
        return record.type().field(key)
                .map(FieldSpec::header)
                .map(header -> new Text(header, key))
                .orElse(new Text(key, key));
    }
}

package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Text;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;

/**
 * The data-quality rules that are about the export itself rather than the plan, and so need the
 * field declarations rather than DRL: blank required fields (DQ-001), unreadable cells (DQ-002) and
 * blank deciding fields (DQ-004). Repeated identifiers (DQ-003) are {@link DuplicateIds}' job.
 */
final class DataQualityChecks {
    static final String REQUIRED_BLANK = "DQ-001";
    static final String UNPARSEABLE = "DQ-002";
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
     * DQ-004: one finding per blank deciding field of a record, naming the rules that could not
     * be evaluated because of it. A rule whose other preconditions ({@code applicableWhen}) are
     * blank does not apply anyway and is not named.
     */
    static List<Hit> undecided(Record record, DecidingFields deciding) {
        Map<FieldSpec, List<String>> rulesByField = deciding.undecided(record);
        List<Hit> hits = new ArrayList<>(rulesByField.size());
        rulesByField.forEach((field, ruleIds) -> {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("field", fieldName(field));
            args.put("rules", String.join(", ", ruleIds));
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put(field.key(), null);
            hits.add(new Hit(UNDECIDED, record, args, seen, null, List.of()));
        });
        return hits;
    }

    /** A field named in a sentence: its Chinese header, or its key in English. */
    private static Text fieldName(Record record, String key) {
        return record.type().field(key).map(DataQualityChecks::fieldName).orElse(new Text(key, key));
    }

    private static Text fieldName(FieldSpec field) {
        return new Text(field.header(), field.key());
    }
}

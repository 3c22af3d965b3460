package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.model.AcceptedValues;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;

/**
 * The data-quality rules that are about the export itself rather than the plan, and so need the
 * field declarations rather than DRL: blank required fields (DQ-001), unreadable cells (DQ-002),
 * blank deciding fields (DQ-004, whose rules {@link DecidingFields} finds) and absent deciding
 * columns (DQ-007). Repeated identifiers (DQ-003) are {@link DuplicateIds}' job.
 */
public final class DataQualityChecks {
    static final String REQUIRED_BLANK = "DQ-001";
    public static final String UNPARSEABLE = "DQ-002";
    static final String UNDECIDED = "DQ-004";
    public static final String COLUMN_MISSING = "DQ-007";

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
            Optional<FieldSpec> field = record.type().field(problem.field());
            if (field.isPresent()) {
                args.put("expected", new Text(AcceptedValues.describe(field.get(), problem.kind(), Lang.ZH),
                        AcceptedValues.describe(field.get(), problem.kind(), Lang.EN)));
            } else if (problem.expected() != null) {
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
     * DQ-004: one finding per blank deciding field of a record whose column the sheet has, naming
     * the rules it leaves undecided and what to fill in; a field whose column is absent goes to
     * {@code missing} instead, for one DQ-007 per sheet and column.
     */
    static List<Hit> undecided(Record record, Map<FieldSpec, List<RuleSpec>> rulesByField, MissingColumns missing) {
        List<Hit> hits = new ArrayList<>(rulesByField.size());
        rulesByField.forEach((field, rules) -> {
            if (!record.hasColumn(field)) {
                missing.add(record.columns(), field, rules);
                return;
            }
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("field", fieldName(field));
            args.put("checks", checks(rules));
            args.put("hint", hint(field, rules));
            args.put("rules", String.join(", ", rules.stream().map(RuleSpec::id).toList()));
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put(field.key(), null);
            hits.add(new Hit(UNDECIDED, record, args, seen, null, List.of()));
        });
        return hits;
    }

    /** DQ-007: one finding per sheet and absent deciding column, about the sheet, not a record. */
    static Finding missingColumn(MissingColumns.Gap gap, FindingFactory factory) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("column", fieldName(gap.field()));
        args.put("rules", new Text(String.join("、", gap.ruleIds()), String.join(", ", gap.ruleIds())));
        args.put("count", String.valueOf(gap.records()));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(gap.field().key(), null);
        return factory.forSheet(COLUMN_MISSING, gap.sheet().type().key(), gap.sheet().header(), fields, args);
    }

    /** The checks a blank leaves undone: “title”（ID）, for each rule. */
    private static Text checks(List<RuleSpec> rules) {
        List<String> zh = new ArrayList<>(rules.size());
        List<String> en = new ArrayList<>(rules.size());
        for (RuleSpec rule : rules) {
            zh.add("“" + rule.title().zh() + "”（" + rule.id() + "）");
            en.add("'" + rule.title().en() + "' (" + rule.id() + ")");
        }
        return new Text(String.join("、", zh), String.join(", ", en));
    }

    /** What to fill in: the rules' own hints for the field, else a sentence naming the field. */
    private static Text hint(FieldSpec field, List<RuleSpec> rules) {
        Set<String> zh = new LinkedHashSet<>();
        Set<String> en = new LinkedHashSet<>();
        for (RuleSpec rule : rules) {
            Text hint = rule.undecidedHint().get(field.key());
            if (hint != null) {
                zh.add(hint.zh());
                en.add(hint.en());
            }
        }
        if (zh.isEmpty()) {
            boolean yesNo = field.type() == FieldType.BOOL;
            return new Text("请根据案卷补填「" + field.header() + "」" + (yesNo ? "（是或否）" : "") + "。",
                    "Please fill in '" + field.key() + "' from the case file" + (yesNo ? " (yes or no)." : "."));
        }
        return new Text(String.join("", zh), String.join(" ", en));
    }

    /** A field named in a sentence: its Chinese header, or its key in English. */
    private static Text fieldName(Record record, String key) {
        return record.type().field(key).map(DataQualityChecks::fieldName).orElse(new Text(key, key));
    }

    private static Text fieldName(FieldSpec field) {
        return new Text(field.header(), field.key());
    }
}

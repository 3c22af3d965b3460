package org.fazhi.catalogue;

import java.util.List;
import java.util.Map;
import org.fazhi.report.Severity;

/**
 * One rule of the catalogue: everything about it except its condition, which is in the DRL.
 *
 * @param id               public rule ID, never reused
 * @param severity         error, warning or info
 * @param recordType       the record type key it checks, or {@code *} for every type
 * @param title            short title
 * @param message          message template; {@code {name}} is replaced by the value a rule reported,
 *                         else the record's field of that key, else the parameter of that name
 * @param clause           clause of the plan (e.g. {@code 二(三)3})
 * @param basis            the legal basis beyond the plan, if any
 * @param quote            the plan's words the rule enforces
 * @param fields           the fields a finding shows with the values seen
 * @param decidedBy        the deciding fields ("Decided by" in docs/spec/rules.md): while one is blank, the rule
 *                         may be undecided on a record (DQ-004, DQ-007)
 * @param undecidedHint    per deciding field, what to fill in when it leaves the rule undecided (the
 *                         end of the DQ-004 message); a field without one gets a generic sentence
 * @param parameters       parameters the rule reads
 * @param needsOfficers    the rule joins with officer records and is skipped when none are supplied
 * @param examples         a violating and a passing example record (field key → value)
 */
public record RuleSpec(
        String id,
        Severity severity,
        String recordType,
        Text title,
        Text message,
        String clause,
        String basis,
        String quote,
        List<String> fields,
        List<String> decidedBy,
        Map<String, Text> undecidedHint,
        List<String> parameters,
        boolean needsOfficers,
        Map<String, Map<String, String>> examples) {

    public RuleSpec {
        fields = fields == null ? List.of() : List.copyOf(fields);
        decidedBy = decidedBy == null ? List.of() : List.copyOf(decidedBy);
        undecidedHint = undecidedHint == null ? Map.of() : Map.copyOf(undecidedHint);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        examples = examples == null ? Map.of() : Map.copyOf(examples);
    }

    /** True when the rule checks every record type (the data-quality rules). */
    public boolean appliesToAllTypes() {
        return "*".equals(recordType);
    }
}

package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fazhi.model.SourceRef;

/**
 * One violation: the rule, the record (type, ID, agency), where it came from, the fields involved
 * with the values seen, the clause and the message in Chinese and English. For a cross-record
 * rule the record ID is the group key and {@code related} lists every member. A suppressed
 * finding (baseline or waiver) is still reported but does not count for the gate.
 */
public record Finding(
        String ruleId,
        Severity severity,
        String recordType,
        String recordId,
        String agency,
        SourceRef source,
        @JsonInclude(JsonInclude.Include.ALWAYS) Map<String, String> fields,
        String clause,
        String basis,
        String message,
        String messageEn,
        List<Related> related,
        @JsonInclude(JsonInclude.Include.NON_NULL) Suppression suppression) implements Serializable {

    /** The same finding, suppressed for the gate. */
    public Finding suppressedBy(Suppression why) {
        return new Finding(ruleId, severity, recordType, recordId, agency, source, fields, clause, basis, message,
                messageEn, related, why);
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    /**
     * Report order: file, sheet, row, rule; then record, message and fields, so that the order
     * never depends on the order in which findings were made.
     */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing(Finding::source)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::recordId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::message)
            .thenComparing(finding -> String.valueOf(finding.fields()));
}

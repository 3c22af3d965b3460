package org.fazhi.gate;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.fazhi.report.Finding;

/**
 * An accepted exception: findings of a rule (ID or prefix) on matching records do not count for
 * the gate until the waiver's last day, and stay visible, marked, in every report.
 *
 * @param rule       rule ID or prefix ({@code ENF-018}, {@code ENF})
 * @param recordType record type key it is limited to, or null for any
 * @param record     record ID, or a pattern with {@code *} (any run of characters) and {@code ?}
 * @param reason     why the exception was accepted
 * @param approvedBy who approved it
 * @param expires    its last day: from the next day on it no longer applies
 */
public record Waiver(String rule, String recordType, String record, String reason, String approvedBy,
                     LocalDate expires) {

    public boolean isExpired(LocalDate asOf) {
        return asOf.isAfter(expires);
    }

    boolean covers(Finding finding, Pattern recordPattern) {
        return finding.ruleId().startsWith(rule)
                && (recordType == null || recordType.equals(finding.recordType()))
                && finding.recordId() != null
                && recordPattern.matcher(finding.recordId()).matches();
    }

    /** The record pattern as a regular expression, compiled once per waiver. */
    Pattern recordPattern() {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : record.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(literal.toString())).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(literal.toString()));
        return Pattern.compile(regex.toString());
    }
}

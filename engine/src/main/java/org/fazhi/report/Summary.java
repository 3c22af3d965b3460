package org.fazhi.report;

import java.util.List;
import java.util.Map;

/**
 * The report's totals.
 *
 * @param records       records read per record type (records.md order)
 * @param findings      findings per severity (error, warning, info; zeros included)
 * @param byRule        findings per rule ID, sorted by ID
 * @param gate          the gate's verdict
 * @param skippedRules  rules not evaluated because what they join with was not supplied,
 *                      each with the reason
 * @param notes         what the reader of the report should know about the run that is no
 *                      finding (a working-day count in a year no calendar covers, a params file
 *                      naming an agency no record has), in Chinese and English
 */
public record Summary(Map<String, Integer> records, Map<String, Integer> findings, Map<String, Integer> byRule,
                      Gate gate, List<SkippedRules> skippedRules, List<Note> notes) {

    /** A summary without notes. */
    public Summary(Map<String, Integer> records, Map<String, Integer> findings, Map<String, Integer> byRule,
                   Gate gate, List<SkippedRules> skippedRules) {
        this(records, findings, byRule, gate, skippedRules, List.of());
    }

    /** Rules skipped for one reason. */
    public record SkippedRules(List<String> rules, String reason, String reasonEn) {
    }

    /** One note on the run, in Chinese and English. */
    public record Note(String text, String textEn) {
    }
}

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
 * @param byAgency      records read per agency (as the records write it, sorted by name) and,
 *                      within it, per record type (records.md order); records with a blank agency
 *                      under {@link #NO_AGENCY}. The per-agency denominator of "errors per 100
 *                      records" and of the sentence of an agency's own workbook.
 */
public record Summary(Map<String, Integer> records, Map<String, Integer> findings, Map<String, Integer> byRule,
                      Gate gate, List<SkippedRules> skippedRules, List<Note> notes,
                      Map<String, Map<String, Integer>> byAgency) {

    /** The key of {@link #byAgency} for the records that name no agency. */
    public static final String NO_AGENCY = "";

    /** A summary without per-agency record counts. */
    public Summary(Map<String, Integer> records, Map<String, Integer> findings, Map<String, Integer> byRule,
                   Gate gate, List<SkippedRules> skippedRules, List<Note> notes) {
        this(records, findings, byRule, gate, skippedRules, notes, Map.of());
    }

    /** The records of one agency ({@link #NO_AGENCY} for those without), all types together. */
    public int recordsOf(String agency) {
        Map<String, Integer> types = byAgency == null ? null : byAgency.get(agency == null ? NO_AGENCY : agency);
        return types == null ? 0 : types.values().stream().mapToInt(Integer::intValue).sum();
    }

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

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
 */
public record Summary(Map<String, Integer> records, Map<String, Integer> findings, Map<String, Integer> byRule,
                      Gate gate, List<SkippedRules> skippedRules) {

    /** Rules skipped for one reason. */
    public record SkippedRules(List<String> rules, String reason, String reasonEn) {
    }
}

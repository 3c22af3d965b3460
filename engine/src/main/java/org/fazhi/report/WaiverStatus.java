package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What became of one waiver in this run.
 *
 * @param rule       rule ID (or prefix) it covers
 * @param recordType record type it is limited to, or null
 * @param record     record ID or pattern ({@code *}, {@code ?}) it covers
 * @param reason     why the exception was accepted
 * @param approvedBy who accepted it
 * @param expires    its last day (ISO)
 * @param status     {@code applied} (covered findings), {@code stale} (valid, matched nothing) or
 *                   {@code expired} (past its last day: it no longer applies)
 * @param matched    findings it covered (0 unless applied)
 */
public record WaiverStatus(String rule, @JsonInclude(JsonInclude.Include.NON_NULL) String recordType,
                           String record, String reason, String approvedBy, String expires, String status,
                           int matched) {
    public static final String APPLIED = "applied";
    public static final String STALE = "stale";
    public static final String EXPIRED = "expired";
}

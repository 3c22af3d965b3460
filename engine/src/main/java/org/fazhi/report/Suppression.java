package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;

/**
 * Why a finding does not count for the gate although it is still reported: it was already in
 * the baseline report, or an accepted exception (waiver) covers it.
 *
 * @param by         {@code baseline} or {@code waiver}
 * @param reason     the waiver's reason (waivers only)
 * @param approvedBy who approved the waiver (waivers only)
 * @param expires    the waiver's last day, ISO (waivers only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Suppression(String by, String reason, String approvedBy, String expires) implements Serializable {
    public static final String BASELINE = "baseline";
    public static final String WAIVER = "waiver";

    public static Suppression baseline() {
        return new Suppression(BASELINE, null, null, null);
    }

    public boolean isBaseline() {
        return BASELINE.equals(by);
    }

    public boolean isWaiver() {
        return WAIVER.equals(by);
    }
}

package org.fazhi.report;

import java.util.Locale;

/**
 * What a finding means for the gate, decided once here and shown in the same words by every
 * format: it counts, it is below the gate's threshold, it was already in the baseline report, or
 * an accepted exception (waiver) covers it. A suppressed finding below the threshold is said to
 * be below the gate: the threshold is what the reader acts on first.
 */
public enum FindingStatus {
    COUNTED, BELOW_GATE, BASELINED, WAIVED;

    /** The status of a finding under a gate with this threshold. */
    public static FindingStatus of(Finding finding, FailOn failOn) {
        if (!failOn.counts(finding.severity())) {
            return BELOW_GATE;
        }
        if (finding.suppression() == null) {
            return COUNTED;
        }
        return finding.suppression().isBaseline() ? BASELINED : WAIVED;
    }

    /** The key of its label in the messages ({@code status.counted} …). */
    public String messageKey() {
        return "status." + name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}

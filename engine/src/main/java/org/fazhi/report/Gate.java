package org.fazhi.report;

/**
 * The gate's verdict.
 *
 * @param failOn    the threshold
 * @param counted   findings at or above it that count (not baselined, not waived)
 * @param baselined findings at or above it that were already in the baseline report
 * @param waived    findings at or above it covered by a valid waiver
 * @param passed    true when nothing counted
 */
public record Gate(FailOn failOn, int counted, int baselined, int waived, boolean passed) {

    /** The verdict on these findings: those at or above the threshold count unless suppressed. */
    public static Gate of(FailOn failOn, Iterable<Finding> findings) {
        int counted = 0;
        int baselined = 0;
        int waived = 0;
        for (Finding finding : findings) {
            if (!failOn.counts(finding.severity())) {
                continue;
            }
            if (finding.suppression() == null) {
                counted++;
            } else if (finding.suppression().isBaseline()) {
                baselined++;
            } else {
                waived++;
            }
        }
        return new Gate(failOn, counted, baselined, waived, counted == 0);
    }
}

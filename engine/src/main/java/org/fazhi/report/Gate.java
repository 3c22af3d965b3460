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
        Tally tally = new Tally(failOn);
        findings.forEach(tally::add);
        return tally.gate();
    }

    /** The verdict taken as findings stream past. */
    public static final class Tally {
        private final FailOn failOn;
        private int counted;
        private int baselined;
        private int waived;

        public Tally(FailOn failOn) {
            this.failOn = failOn;
        }

        public void add(Finding finding) {
            switch (FindingStatus.of(finding, failOn)) {
                case COUNTED -> counted++;
                case BASELINED -> baselined++;
                case WAIVED -> waived++;
                case BELOW_GATE -> {
                    // does not reach the threshold: neither counts nor is suppressed for the gate
                }
            }
        }

        public Gate gate() {
            return new Gate(failOn, counted, baselined, waived, counted == 0);
        }
    }
}

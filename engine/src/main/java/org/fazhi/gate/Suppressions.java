package org.fazhi.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fazhi.report.Finding;
import org.fazhi.report.Suppression;
import org.fazhi.report.WaiverStatus;

/**
 * Marks the findings that do not count for the gate: those covered by a waiver that has not
 * expired (the first in file order wins), then those already in the baseline. Findings are
 * marked one at a time as they stream past, in report order (which of several like findings the
 * baseline covers depends on it); every finding stays in the report.
 */
public final class Suppressions {
    private final Baseline baseline;
    private final List<Waiver> waivers;
    /** Per waiver, its record pattern; null when it has expired. */
    private final List<Pattern> patterns;
    private final int[] matched;

    public Suppressions(Baseline baseline, List<Waiver> waivers, LocalDate asOf) {
        this.baseline = baseline;
        this.waivers = List.copyOf(waivers);
        this.patterns = new ArrayList<>(waivers.size());
        for (Waiver waiver : waivers) {
            patterns.add(waiver.isExpired(asOf) ? null : waiver.recordPattern());
        }
        this.matched = new int[waivers.size()];
    }

    /** The finding, suppressed when a waiver or the baseline covers it; the next in report order. */
    public Finding mark(Finding finding) {
        int index = firstCovering(finding);
        if (index >= 0) {
            matched[index]++;
            Waiver w = waivers.get(index);
            return finding.suppressedBy(new Suppression(Suppression.WAIVER, w.reason(), w.approvedBy(),
                    w.expires().toString()));
        }
        if (baseline.consume(finding)) {
            return finding.suppressedBy(Suppression.baseline());
        }
        return finding;
    }

    /** What became of each waiver over the findings marked so far. */
    public List<WaiverStatus> waivers() {
        List<WaiverStatus> statuses = new ArrayList<>(waivers.size());
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            String status = patterns.get(i) == null ? WaiverStatus.EXPIRED
                    : matched[i] > 0 ? WaiverStatus.APPLIED : WaiverStatus.STALE;
            statuses.add(new WaiverStatus(w.rule(), w.recordType(), w.record(), w.reason(), w.approvedBy(),
                    w.expires().toString(), status, matched[i]));
        }
        return statuses;
    }

    /** The first unexpired waiver that covers the finding, or -1. */
    private int firstCovering(Finding finding) {
        for (int i = 0; i < waivers.size(); i++) {
            if (patterns.get(i) != null && waivers.get(i).covers(finding, patterns.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

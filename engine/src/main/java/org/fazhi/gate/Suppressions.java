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
 * expired (the first in file order wins), then those already in the baseline. Every finding
 * stays in the report.
 */
public final class Suppressions {
    private Suppressions() {
    }

    /** The findings, marked, and what became of each waiver. */
    public record Result(List<Finding> findings, List<WaiverStatus> waivers) {
    }

    public static Result apply(List<Finding> findings, Baseline baseline, List<Waiver> waivers, LocalDate asOf) {
        List<Pattern> patterns = new ArrayList<>(waivers.size());
        for (Waiver waiver : waivers) {
            patterns.add(waiver.isExpired(asOf) ? null : waiver.recordPattern());
        }
        int[] matched = new int[waivers.size()];
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Finding result = finding;
            int index = firstCovering(waivers, patterns, finding);
            if (index >= 0) {
                matched[index]++;
                Waiver w = waivers.get(index);
                result = finding.suppressedBy(new Suppression(Suppression.WAIVER, w.reason(), w.approvedBy(),
                        w.expires().toString()));
            } else if (baseline.consume(finding)) {
                result = finding.suppressedBy(Suppression.baseline());
            }
            marked.add(result);
        }
        List<WaiverStatus> statuses = new ArrayList<>(waivers.size());
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            String status = patterns.get(i) == null ? WaiverStatus.EXPIRED
                    : matched[i] > 0 ? WaiverStatus.APPLIED : WaiverStatus.STALE;
            statuses.add(new WaiverStatus(w.rule(), w.recordType(), w.record(), w.reason(), w.approvedBy(),
                    w.expires().toString(), status, matched[i]));
        }
        return new Result(marked, statuses);
    }

    /** The first unexpired waiver that covers the finding, or -1. */
    private static int firstCovering(List<Waiver> waivers, List<Pattern> patterns, Finding finding) {
        for (int i = 0; i < waivers.size(); i++) {
            if (patterns.get(i) != null && waivers.get(i).covers(finding, patterns.get(i))) {
                return i;
            }
        }
        return -1;
    }
}

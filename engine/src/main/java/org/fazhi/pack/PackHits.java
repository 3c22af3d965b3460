package org.fazhi.pack;

import java.util.List;
import org.fazhi.evaluate.Hit;
import org.fazhi.evaluate.HitCollector;
import org.fazhi.model.Record;

/**
 * The action {@code 报告("ID")} of a decision table. Several rows of one table may match one
 * record (two ranges of a discretion benchmark that overlap); the author means one problem, so
 * a rule ID is reported once per record.
 */
public final class PackHits {
    private PackHits() {
    }

    public static void report(HitCollector hits, String ruleId, Record record) {
        List<Hit> reported = hits.hits();
        for (int i = reported.size() - 1; i >= 0; i--) {
            Hit hit = reported.get(i);
            if (hit.record() == record && hit.ruleId().equals(ruleId)) {
                return;
            }
        }
        hits.add(ruleId, record);
    }
}

package org.fazhi.check;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/** Records read per record type, counted as they stream past. */
final class RecordCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] counts = new int[RecordTypes.all().size()];

    void add(Record record) {
        counts[RecordTypes.order(record.typeKey())]++;
    }

    /** Adds the records another count counted. */
    void add(RecordCounts other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
    }

    /** Counts per type key in records.md order, types without records left out. */
    Map<String, Integer> asMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (RecordType type : RecordTypes.all()) {
            int n = counts[RecordTypes.order(type.key())];
            if (n > 0) {
                map.put(type.key(), n);
            }
        }
        return map;
    }
}

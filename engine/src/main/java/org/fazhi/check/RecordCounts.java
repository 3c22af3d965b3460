package org.fazhi.check;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.report.Summary;

/** Records read per record type, and per agency and type, counted as they stream past. */
final class RecordCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    private final int[] counts = new int[RecordTypes.all().size()];
    /** Per agency as written: a handful of names for a whole run, so one small array each. */
    private final HashMap<String, int[]> byAgency = new HashMap<>();

    void add(Record record) {
        int type = RecordTypes.order(record.typeKey());
        counts[type]++;
        String agency = record.getAgency() == null || record.getAgency().isBlank()
                ? Summary.NO_AGENCY : record.getAgency();
        byAgency.computeIfAbsent(agency, a -> new int[counts.length])[type]++;
    }

    /** Adds the records another count counted. */
    void add(RecordCounts other) {
        addAll(counts, other.counts);
        other.byAgency.forEach((agency, ofAgency) -> addAll(byAgency.computeIfAbsent(agency,
                a -> new int[counts.length]), ofAgency));
    }

    private static void addAll(int[] to, int[] from) {
        for (int i = 0; i < to.length; i++) {
            to[i] += from[i];
        }
    }

    /** Counts per type key in records.md order, types without records left out. */
    Map<String, Integer> asMap() {
        return asMap(counts);
    }

    /** Counts per agency, sorted by name, each per type as {@link #asMap()}. */
    Map<String, Map<String, Integer>> byAgency() {
        Map<String, Map<String, Integer>> map = new TreeMap<>();
        byAgency.forEach((agency, ofAgency) -> map.put(agency, asMap(ofAgency)));
        return map;
    }

    private static Map<String, Integer> asMap(int[] counts) {
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

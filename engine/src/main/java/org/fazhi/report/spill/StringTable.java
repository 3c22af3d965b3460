package org.fazhi.report.spill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strings that repeat across findings (rule IDs, record types, agencies, files, sheets,
 * clauses, field names), each written to disk once as a number. The table stays in memory, shared
 * by every file of a spill, so it grows with the distinct values, not with the findings; past
 * {@link #CAPACITY} entries further strings are written out in full.
 */
final class StringTable {
    static final int CAPACITY = 1 << 16;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> strings = new ArrayList<>();

    /** The number of the string, given one if it has none; -1 when the table is full. */
    synchronized int id(String string) {
        Integer id = ids.get(string);
        if (id != null) {
            return id;
        }
        if (strings.size() >= CAPACITY) {
            return -1;
        }
        ids.put(string, strings.size());
        strings.add(string);
        return strings.size() - 1;
    }

    synchronized String string(int id) {
        return strings.get(id);
    }
}

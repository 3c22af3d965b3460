package org.fazhi.read;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct text of a column: an agency's name, a legal basis or a method repeats
 * on thousands of rows, and records kept for cross-record rules should not each hold their own
 * copy. Bounded, so a column of unique values (identifiers) costs no more than a small table.
 */
final class ValuePool {
    private static final int LIMIT = 4096;
    private final Map<String, String> known = new HashMap<>();

    String share(String text) {
        String shared = known.get(text);
        if (shared != null) {
            return shared;
        }
        if (known.size() < LIMIT) {
            known.put(text, text);
        }
        return text;
    }
}

package org.fazhi.read;

/**
 * One instance per distinct text of a column: an agency's name, a legal basis or a method repeats
 * on thousands of rows, and records kept for cross-record rules should not each hold their own
 * copy. A fixed table indexed by hash, so a column of unique values (identifiers) costs no more
 * than the table, and rows parsed on several threads may share it without locking: a slot read
 * while another thread replaces it gives one of the two strings, and either is a right answer
 * (strings are immutable, so a string seen through a race is seen whole).
 */
final class ValuePool {
    private static final int SLOTS = 4096;
    private final String[] slots = new String[SLOTS];

    String share(String text) {
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = slots[slot];
        if (text.equals(known)) {
            return known;
        }
        slots[slot] = text;
        return text;
    }
}

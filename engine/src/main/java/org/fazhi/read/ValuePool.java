package org.fazhi.read;

/**
 * One instance per distinct text of a column: an agency's name, a legal basis or a method repeats
 * on thousands of rows, and records kept for cross-record rules should not each hold their own
 * copy. A fixed table indexed by hash, so a column of unique values (identifiers) costs no more
 * than the table, and rows parsed on several threads may share it without locking: a slot read
 * while another thread fills it gives null or the string, and either is a right answer (strings
 * are immutable, so a string seen through a race is seen whole).
 *
 * <p>A slot keeps the first text that falls into it. Texts that repeat come early and often, so
 * they find their slots; and once the table is full, a column of unique values stops writing to
 * it, where replacing would have had every row write to memory that the other threads read.
 */
final class ValuePool {
    private static final int SLOTS = 4096;
    private final String[] slots = new String[SLOTS];

    String share(String text) {
        int hash = text.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = slots[slot];
        if (known == null) {
            slots[slot] = text;
            return text;
        }
        return text.equals(known) ? known : text;
    }
}

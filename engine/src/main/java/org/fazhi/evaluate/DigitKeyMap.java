package org.fazhi.evaluate;

import java.util.Arrays;

/**
 * A map whose keys are strings of 1 to 17 ASCII digits (certificate numbers, nearly always), held
 * as numbers in one open-addressing table: a lookup reads a slot of a {@code long[]} and compares
 * numbers, where a {@link java.util.HashMap} walks a node, a key string and its bytes, each a
 * likely cache miss. Checks look up two or three officers per case in several rules, so the
 * difference shows at a million cases. Other keys are not accepted here ({@link #code} says so).
 */
final class DigitKeyMap<V> {
    /** Digits a key may have: 10¹⁷ shifted by 5 bits (the length, which keeps leading zeros apart) fits a long. */
    private static final int MAX_DIGITS = 17;
    private long[] codes = new long[16];
    private Object[] values = new Object[16];
    private int size;

    /** The number a key is kept as (its value and its length), or 0 when it is not 1 to 17 digits. */
    static long code(String key) {
        int n = key.length();
        if (n == 0 || n > MAX_DIGITS) {
            return 0;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            value = value * 10 + (c - '0');
        }
        return value << 5 | n;
    }

    /** Keeps the value under the code unless one is there already (the first one wins). */
    void putIfAbsent(long code, V value) {
        if (2 * (size + 1) > codes.length) {
            grow();
        }
        int slot = slot(code);
        if (codes[slot] == 0) {
            codes[slot] = code;
            values[slot] = value;
            size++;
        }
    }

    /** The value under the code, or null. */
    @SuppressWarnings("unchecked")
    V get(long code) {
        return (V) values[slot(code)];
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The slot that holds the code, or the empty slot where it would go (the table is at most half full). */
    private int slot(long code) {
        int mask = codes.length - 1;
        int slot = (int) mix(code) & mask;
        while (codes[slot] != 0 && codes[slot] != code) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Spreads consecutive numbers over the table (Stafford's 64-bit finaliser). */
    private static long mix(long code) {
        long z = (code ^ (code >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    @SuppressWarnings("unchecked")
    private void grow() {
        long[] oldCodes = codes;
        Object[] oldValues = values;
        codes = new long[oldCodes.length * 2];
        values = new Object[oldCodes.length * 2];
        size = 0;
        for (int i = 0; i < oldCodes.length; i++) {
            if (oldCodes[i] != 0) {
                putIfAbsent(oldCodes[i], (V) oldValues[i]);
            }
        }
        Arrays.fill(oldValues, null);
    }
}

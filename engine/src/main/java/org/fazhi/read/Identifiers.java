package org.fazhi.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Identifiers as compared (records.md "Identifiers"): a record's identifier and the references
 * to one are the same when they are equal after trimming and full-width → half-width folding,
 * so {@code ＷＨ－２０２５－００６} and {@code WH-2025-006} name one record. Reports keep the
 * value as written; only comparisons (DQ-003, officer joins, officer counts) use this key.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** The compared form of an identifier; null for null. */
    public static String key(String id) {
        if (id == null) {
            return null;
        }
        if (plain(id)) {
            return id;
        }
        return Text.trim(Normalizer.normalize(id, Normalizer.Form.NFKC));
    }

    /**
     * The distinct identifiers of a list of references, as compared by {@link #key}: the first
     * spelling of each, in the order given, so {@code A1、Ａ１} names one officer. Blank and null
     * entries are left out; null for null. A set of plain identifiers (nearly every one) is
     * returned as it is.
     */
    public static Collection<String> distinct(Collection<String> ids) {
        if (ids == null || ids.isEmpty() || ids instanceof Set && allPlain(ids)) {
            return ids;
        }
        List<String> distinct = new ArrayList<>(ids.size());
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            String key = key(id);
            if (key != null && !key.isEmpty() && seen.add(key)) {
                distinct.add(id);
            }
        }
        return distinct;
    }

    /** Printable ASCII without surrounding space: its own compared form, no copy needed. */
    private static boolean plain(String id) {
        int n = id.length();
        boolean plain = n > 0 && id.charAt(0) > ' ' && id.charAt(n - 1) > ' ';
        for (int i = 0; plain && i < n; i++) {
            plain = id.charAt(i) < 0x7F;
        }
        return plain;
    }

    private static boolean allPlain(Collection<String> ids) {
        for (String id : ids) {
            if (id == null || !plain(id)) {
                return false;
            }
        }
        return true;
    }
}

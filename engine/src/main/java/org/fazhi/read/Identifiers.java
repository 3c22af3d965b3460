package org.fazhi.read;

import java.text.Normalizer;

/**
 * Identifiers as compared (records.md "Identifiers"): a record's identifier and the references
 * to one are the same when they are equal after trimming and full-width → half-width folding,
 * so {@code ＷＨ－２０２５－００６} and {@code WH-2025-006} name one record. Reports keep the
 * value as written; only comparisons (DQ-003, officer joins) use this key.
 */
public final class Identifiers {
    private Identifiers() {
    }

    /** The compared form of an identifier; null for null. */
    public static String key(String id) {
        if (id == null) {
            return null;
        }
        // Nearly every identifier is already printable ASCII without surrounding space: no copy.
        int n = id.length();
        boolean plain = n > 0 && id.charAt(0) > ' ' && id.charAt(n - 1) > ' ';
        for (int i = 0; plain && i < n; i++) {
            plain = id.charAt(i) < 0x7F;
        }
        if (plain) {
            return id;
        }
        return Text.trim(Normalizer.normalize(id, Normalizer.Form.NFKC));
    }
}

package org.fazhi.read;

import java.text.Normalizer;

/** Normalisation of names, headers and words, by character scanning (no regular expressions). */
final class Text {
    private Text() {
    }

    /** NFKC (full-width to half-width), skipped when every character is already stable. */
    static String nfkc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!(c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3001 && c <= 0x3011))) {
                return Normalizer.normalize(s, Normalizer.Form.NFKC);
            }
        }
        return s;
    }

    /** A word as compared: NFKC, trimmed, lower case. */
    static String word(String s) {
        return nfkc(s).strip().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A sheet name, file stem or header as compared: NFKC, lower case, without any white space
     * or underscores.
     */
    static String name(String s) {
        String t = nfkc(s).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0, n = t.length(); i < n; i++) {
            char c = t.charAt(i);
            if (!isWhite(c) && c != '_') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A header as compared: {@link #name} without required markers ({@code *}) and without a
     * trailing unit in brackets ({@code (元)}, {@code [元]}, {@code 【元】}, {@code 〔元〕}).
     */
    static String header(String s) {
        String h = stripStars(name(s));
        for (int pass = 0; pass < 2; pass++) {
            int at = unitStart(h);
            if (at <= 0) {
                break;
            }
            h = stripStars(h.substring(0, at));
        }
        return h;
    }

    /**
     * The unit a header states in its last trailing brackets, as compared ({@link #name}):
     * {@code 罚款金额（万元）} → {@code 万元}; null when it states none.
     */
    static String headerUnit(String s) {
        String h = stripStars(name(s));
        int at = unitStart(h);
        return at <= 0 ? null : h.substring(at + 1, h.length() - 1);
    }

    /** Where a trailing bracketed part of a compared header opens, or -1 when it has none. */
    private static int unitStart(String h) {
        int n = h.length();
        if (n < 2) {
            return -1;
        }
        char open = switch (h.charAt(n - 1)) {
            case ')' -> '(';
            case ']' -> '[';
            case '】' -> '【';
            case '〕' -> '〔';
            default -> 0;
        };
        return open == 0 ? -1 : h.lastIndexOf(open);
    }

    private static String stripStars(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == '*') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == '*') {
            to--;
        }
        return s.substring(from, to);
    }

    static boolean isBlank(String s) {
        if (s == null) {
            return true;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!isWhite(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Trims ordinary and ideographic/no-break white space. */
    static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isSpace(char c) {
        return isWhite(c) || c == '\uFEFF';
    }

    /** White space as Java knows it: ordinary, ideographic (U+3000), no-break and the like. */
    static boolean isWhite(char c) {
        // Every cell's text is tested, mostly printable ASCII and CJK: none of it is white space
        // (the highest is U+3000), and the two character-class lookups cost far more than this.
        if ((c > ' ' && c < 0x7F) || c > '\u3000') {
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
    static String columnLetter(int index) {
        StringBuilder b = new StringBuilder(3);
        int i = index + 1;
        while (i > 0) {
            int r = (i - 1) % 26;
            b.append((char) ('A' + r));
            i = (i - 1) / 26;
        }
        return b.reverse().toString();
    }
}

package org.fazhi.render.present;

/**
 * The columns a string takes in a terminal or a fixed-width layout: East Asian wide and
 * full-width characters take two, combining marks, zero-width and format characters none, and
 * ANSI colour sequences none (the console styles text before it measures it).
 */
public final class DisplayWidth {
    private static final char ESC = '\u001b';

    private DisplayWidth() {
    }

    /** The display width of a text; 0 for null. */
    public static int of(String text) {
        if (text == null) {
            return 0;
        }
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) == ESC) {
                i = skipEscape(text, i);
                continue;
            }
            int cp = text.codePointAt(i);
            width += of(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The display width of one code point: 0, 1 or 2. */
    public static int of(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** East Asian Wide or Full-width (the ranges of Unicode's EastAsianWidth W and F). */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE10 && cp <= 0xFE19)
                || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F) || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The text padded with spaces to a display width (never cut). */
    public static String pad(String text, int width) {
        int missing = width - of(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** The index after an ANSI CSI sequence (ESC [ … letter) or after a lone ESC. */
    private static int skipEscape(String text, int start) {
        int i = start + 1;
        if (i < text.length() && text.charAt(i) == '[') {
            i++;
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            return Math.min(i + 1, text.length());
        }
        return i;
    }
}

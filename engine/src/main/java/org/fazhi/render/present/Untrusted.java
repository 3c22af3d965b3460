package org.fazhi.render.present;

import java.util.regex.Pattern;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * Makes text that came with the data (values, identifiers, agency names, messages that quote
 * them) safe for the sink it goes to, without losing it: a control character is shown as its
 * visible picture (␀, ␛ …) rather than dropped, a spreadsheet never reads a formula into a
 * value, and a cell too long for a spreadsheet is cut with a marker that says so. HTML escaping
 * is the page's own job (jsoup escapes what it writes).
 */
public final class Untrusted {
    /** The most characters a spreadsheet cell holds (Excel, LibreOffice and WPS alike). */
    public static final int CELL_LIMIT = 32_767;
    private static final String FORMULA_START = "=+-@\t\r";
    /** A signed number as a person writes it ({@code -5}, {@code +1,200.5}, {@code -3%}): no formula. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d,]*(\\.\\d+)?%?");

    private Untrusted() {
    }

    /**
     * For a spreadsheet cell: a text that a spreadsheet would read as a formula ({@code =}, {@code +},
     * {@code -}, {@code @}, tab or carriage return first) is preceded by an apostrophe, the convention
     * every spreadsheet shows as "this is text"; a number such as {@code -5} is left alone. Control
     * characters become visible, and a text longer than a cell holds is cut with a marker.
     */
    public static String cell(Lang lang, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String shown = visible(text, true);
        if (isFormulaLike(shown)) {
            shown = "'" + shown;
        }
        if (shown.length() <= CELL_LIMIT) {
            return shown;
        }
        String marker = Messages.get(lang, "present.truncated", String.format(lang.locale(), "%,d", text.length()));
        int keep = CELL_LIMIT - marker.length();
        if (Character.isHighSurrogate(shown.charAt(keep - 1))) {
            keep--;
        }
        return shown.substring(0, keep) + marker;
    }

    /** Whether a spreadsheet would take this text for a formula. */
    public static boolean isFormulaLike(String text) {
        if (text == null || text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !isNumber(text);
    }

    /** For a terminal: no escape sequence or control character of the data reaches it; line breaks kept. */
    public static String terminal(String text) {
        return text == null ? null : visible(text, true);
    }

    /** For one line of text (a title, a CI message line): control characters and line breaks shown. */
    public static String line(String text) {
        return text == null ? null : visible(text, false);
    }

    /** Control characters as their visible pictures (U+2400…); tab and, if kept, line breaks untouched. */
    private static String visible(String text, boolean keepBreaks) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) && c != '\t'
                    && !(keepBreaks && (c == '\n' || c == '\r'));
            if (control && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? picture(c) : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static char picture(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        return c == 0x7F ? '\u2421' : '\uFFFD';
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text).matches();
    }
}

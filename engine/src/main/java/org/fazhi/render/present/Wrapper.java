package org.fazhi.render.present;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a display width with a hanging indent. Latin text breaks at spaces, Chinese
 * between characters; a word, an identifier or a number ({@code PEN-001}, {@code 2025-03-05},
 * {@code 19,999}) is never broken unless it alone is wider than the line, closing punctuation
 * (。，、）」 …) never starts a line and opening punctuation (（「 …) never ends one. A clause
 * reference in 〔〕 stays whole, like an identifier. A line break in the text is kept.
 */
public final class Wrapper {
    /** Below this many columns for the text, the indent is given up rather than wrap each character. */
    private static final int MIN_TEXT = 10;
    private static final String CLOSING = "。，、；：？！）」』》〉】〕”’…,.;:!?)]}%";
    private static final String OPENING = "（「『《〈【〔“‘([{";
    private static final int CITATION_START = '〔';
    private static final int CITATION_END = '〕';

    private final int width;

    /** A wrapper to this many columns in all. */
    public Wrapper(int width) {
        this.width = width;
    }

    public int width() {
        return width;
    }

    /**
     * The lines of {@code lead + text}: the first starts with the lead (whose width counts), the
     * others with {@code indent} spaces.
     */
    public List<String> wrap(String lead, String text, int indent) {
        int hanging = width - indent < MIN_TEXT ? Math.max(0, width - MIN_TEXT) : indent;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(lead);
        int used = DisplayWidth.of(lead);
        boolean empty = true;   // nothing of the text on this line yet
        String[] paragraphs = (text == null ? "" : text).split("\r?\n", -1);
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                lines.add(line.toString());
                line = new StringBuilder(" ".repeat(hanging));
                used = hanging;
                empty = true;
            }
            for (Unit unit : units(paragraphs[p])) {
                int need = unit.width() + (unit.spaced() && !empty ? 1 : 0);
                if (used + need > width && !empty) {
                    lines.add(line.toString());
                    line = new StringBuilder(" ".repeat(hanging));
                    used = hanging;
                    empty = true;
                    need = unit.width();
                }
                if (used + need > width && empty) {   // a word wider than the whole line: cut it
                    for (String piece : cut(unit.text(), Math.max(1, width - used), Math.max(1, width - hanging))) {
                        if (!empty) {
                            lines.add(line.toString());
                            line = new StringBuilder(" ".repeat(hanging));
                            used = hanging;
                        }
                        line.append(piece);
                        used += DisplayWidth.of(piece);
                        empty = false;
                    }
                    continue;
                }
                if (unit.spaced() && !empty) {
                    line.append(' ');
                }
                line.append(unit.text());
                used += need;
                empty = false;
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** The text as one string, its lines joined by {@code \n}. */
    public String wrapToString(String lead, String text, int indent) {
        return String.join("\n", wrap(lead, text, indent));
    }

    /** A unit that is never broken: a word, or one wide character with its punctuation. */
    private record Unit(String text, int width, boolean spaced) {
    }

    private static List<Unit> units(String text) {
        List<StringBuilder> pieces = new ArrayList<>();
        List<Boolean> spaced = new ArrayList<>();
        boolean space = false;
        boolean glueNext = false;   // the last piece ends with opening punctuation
        boolean inWord = false;     // the last piece is a run of narrow characters still open
        boolean citation = false;   // inside 〔…〕: a clause reference is one unit, like an identifier
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (citation) {
                pieces.get(pieces.size() - 1).appendCodePoint(cp);
                citation = cp != CITATION_END;
                glueNext = false;
                inWord = false;
                continue;
            }
            if (Character.isWhitespace(cp)) {
                space = true;
                inWord = false;
                continue;
            }
            boolean wide = DisplayWidth.isWide(cp);
            boolean closing = CLOSING.indexOf(cp) >= 0;
            boolean joins = !pieces.isEmpty() && !space
                    && (glueNext || closing || (!wide && inWord) || DisplayWidth.of(cp) == 0);
            if (joins) {
                pieces.get(pieces.size() - 1).appendCodePoint(cp);
            } else {
                pieces.add(new StringBuilder().appendCodePoint(cp));
                spaced.add(space);
            }
            glueNext = OPENING.indexOf(cp) >= 0;
            citation = cp == CITATION_START;
            inWord = !wide;
            space = false;
        }
        List<Unit> units = new ArrayList<>(pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            String piece = pieces.get(k).toString();
            units.add(new Unit(piece, DisplayWidth.of(piece), spaced.get(k)));
        }
        return units;
    }

    /** A word cut into pieces: the first fits {@code first} columns, the others {@code rest}. */
    private static List<String> cut(String word, int first, int rest) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int used = 0;
        int limit = first;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            int w = DisplayWidth.of(cp);
            if (used + w > limit && used > 0) {
                pieces.add(piece.toString());
                piece = new StringBuilder();
                used = 0;
                limit = rest;
            }
            piece.appendCodePoint(cp);
            used += w;
        }
        pieces.add(piece.toString());
        return pieces;
    }
}

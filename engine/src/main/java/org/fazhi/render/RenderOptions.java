package org.fazhi.render;

import org.fazhi.catalogue.Catalogue;
import org.fazhi.i18n.Lang;

/**
 * How to render a report.
 *
 * @param lang      language of labels and messages
 * @param color     ANSI colours (console only; the caller decides: a terminal, NO_COLOR unset)
 * @param quiet     console only: no header and no findings, just the verdict line
 * @param catalogue the rule catalogue, for rule titles and parameters
 * @param width     console only: the columns to wrap to (the caller decides: COLUMNS, the terminal's
 *                  width, else {@link #DEFAULT_WIDTH})
 * @param all       console only: every finding, not just the first {@code ConsoleRenderer.LIMIT}
 */
public record RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue, int width, boolean all) {
    /** The width when nothing says how wide the terminal is. */
    public static final int DEFAULT_WIDTH = 100;

    public RenderOptions {
        if (width <= 0) {
            width = DEFAULT_WIDTH;
        }
    }

    /** Options at the default width, the first findings only. */
    public RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue) {
        this(lang, color, quiet, catalogue, DEFAULT_WIDTH, false);
    }

    /** Plain options: no colour, everything shown. */
    public static RenderOptions plain(Lang lang, Catalogue catalogue) {
        return new RenderOptions(lang, false, false, catalogue);
    }

    /** The same options at another width. */
    public RenderOptions withWidth(int columns) {
        return new RenderOptions(lang, color, quiet, catalogue, columns, all);
    }

    /** The same options, every finding printed or not. */
    public RenderOptions withAll(boolean every) {
        return new RenderOptions(lang, color, quiet, catalogue, width, every);
    }
}

package org.fazhi.render;

import java.nio.file.Path;
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
 * @param output    the file the report is written to, or null (standard output, a stream): links
 *                  to the inputs are made relative to its directory, and there are none without it
 */
public record RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue, int width, boolean all,
                            Path output) {
    /** The width when nothing says how wide the terminal is. */
    public static final int DEFAULT_WIDTH = 100;

    public RenderOptions {
        if (width <= 0) {
            width = DEFAULT_WIDTH;
        }
    }

    /** Options for a report whose file is not known. */
    public RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue, int width, boolean all) {
        this(lang, color, quiet, catalogue, width, all, null);
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
        return new RenderOptions(lang, color, quiet, catalogue, columns, all, output);
    }

    /** The same options, every finding printed or not. */
    public RenderOptions withAll(boolean every) {
        return new RenderOptions(lang, color, quiet, catalogue, width, every, output);
    }

    /** The same options for a report written to this file. */
    public RenderOptions writtenTo(Path file) {
        return new RenderOptions(lang, color, quiet, catalogue, width, all, file);
    }
}

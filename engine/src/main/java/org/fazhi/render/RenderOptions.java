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
 * @param output    the file the report is written to, or null (standard output, a stream): links
 *                  to the inputs are made relative to its directory, and there are none without it
 */
public record RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue, Path output) {

    /** Options for a report whose file is not known. */
    public RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue) {
        this(lang, color, quiet, catalogue, null);
    }

    /** Plain options: no colour, everything shown. */
    public static RenderOptions plain(Lang lang, Catalogue catalogue) {
        return new RenderOptions(lang, false, false, catalogue);
    }

    /** The same options for a report written to this file. */
    public RenderOptions writtenTo(Path file) {
        return new RenderOptions(lang, color, quiet, catalogue, file);
    }
}

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
 */
public record RenderOptions(Lang lang, boolean color, boolean quiet, Catalogue catalogue) {

    /** Plain options: no colour, everything shown. */
    public static RenderOptions plain(Lang lang, Catalogue catalogue) {
        return new RenderOptions(lang, false, false, catalogue);
    }
}

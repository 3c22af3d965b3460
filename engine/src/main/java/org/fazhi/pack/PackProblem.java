package org.fazhi.pack;

import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * One problem of a rule pack, where the author can find it: the file, and for a workbook the
 * sheet and cell (either may be null), and what is wrong as a message key with its arguments
 * (a {@link Text} argument is shown in the message's language).
 */
record PackProblem(String file, String sheet, String cell, String key, Object[] args) {

    String render(Lang lang) {
        String where;
        if (sheet == null) {
            where = Messages.get(lang, "pack.at.file", file);
        } else if (cell == null) {
            where = Messages.get(lang, "pack.at.sheet", file, sheet);
        } else {
            where = Messages.get(lang, "pack.at.cell", file, sheet, cell);
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof Text text) {
                shown[i] = text.in(lang);
            }
        }
        return where + Messages.get(lang, key, shown);
    }
}

package org.fazhi.catalogue;

import org.fazhi.i18n.Lang;

/** A text in Chinese and English. */
public record Text(String zh, String en) {

    public String in(Lang lang) {
        return lang.pick(zh, en);
    }
}

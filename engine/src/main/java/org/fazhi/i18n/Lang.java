package org.fazhi.i18n;

import java.util.Locale;

/** The two report languages. Chinese is the default: the users are Chinese legal officers. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE), EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** Picks the text of this language from a zh/en pair. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}

package org.fazhi.i18n;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Labels and messages in Chinese and English, from {@code org/fazhi/i18n/messages*.properties}
 * (UTF-8). Every text a person reads that is not a rule's own message comes from here.
 */
public final class Messages {
    private static final Map<Lang, ResourceBundle> BUNDLES = new EnumMap<>(Lang.class);

    private Messages() {
    }

    /**
     * The text of a key that came with the data, such as the reason a sheet was not read:
     * blank for none, the key itself when this version has no text for it.
     */
    public static String describe(Lang lang, String key) {
        if (key == null) {
            return "";
        }
        try {
            return get(lang, key);
        } catch (IllegalArgumentException e) {
            return key;
        }
    }

    public static String get(Lang lang, String key, Object... args) {
        ResourceBundle bundle = BUNDLES.computeIfAbsent(lang, l -> ResourceBundle.getBundle(
                "org.fazhi.i18n.messages", l.locale(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' for " + lang, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, lang.locale()).format(args);
    }
}

package org.fazhi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import org.fazhi.i18n.Lang;

/** How field values are written in reports: one canonical spelling per type. */
public final class Values {
    private Values() {
    }

    /**
     * The canonical spelling of a value, as records.md writes it: ISO dates, 是/否, plain
     * numbers, set members joined by 、; null stays null.
     */
    public static String canonical(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        return spell(value, "、");
    }

    /** A value inside a sentence of the given language; blank is spelled out. */
    public static String inText(Object value, Lang lang) {
        if (value == null) {
            return lang.pick("（空）", "(blank)");
        }
        if (value instanceof Boolean b) {
            return b ? lang.pick("是", "yes") : lang.pick("否", "no");
        }
        return spell(value, lang.pick("、", ", "));
    }

    private static String spell(Object value, String separator) {
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Collection<?> items) {
            StringBuilder joined = new StringBuilder();
            for (Object item : items) {
                if (!joined.isEmpty()) {
                    joined.append(separator);
                }
                joined.append(spell(item, separator));
            }
            return joined.toString();
        }
        return value.toString();
    }
}

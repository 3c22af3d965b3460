package org.fazhi.render.present;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.report.Indicator;

/**
 * The one percentage rule of every format: one decimal place, rounded half up, except that a
 * value below its target is never shown as the target or above it — it is cut instead
 * (19,999/20,000 is 99.9%, never 100.0% next to 未达标). A measure with no records is "no data",
 * one whose rule did not run "not computed"; neither is ever a number.
 */
public final class Percent {
    /** Percent with one decimal = a fraction with three. */
    private static final int SCALE = 3;

    private Percent() {
    }

    /**
     * The fraction to show for numerator / denominator against a target, at the shown precision
     * (0.999 for 19,999/20,000 against 100%); null when the denominator is 0 (no data) or the
     * numerator is unknown (not computed). A spreadsheet stores this with a {@code 0.0%} format
     * and shows the same digits as the text.
     */
    public static BigDecimal fraction(Integer numerator, int denominator, double target) {
        if (numerator == null || denominator <= 0) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 12,
                RoundingMode.HALF_EVEN);
        BigDecimal rounded = exact.setScale(SCALE, RoundingMode.HALF_UP);
        BigDecimal goal = BigDecimal.valueOf(target);
        if (exact.compareTo(goal) < 0 && rounded.compareTo(goal) >= 0) {
            return exact.setScale(SCALE, RoundingMode.DOWN);
        }
        return rounded;
    }

    /** {@link #fraction} as a double for a spreadsheet cell; null for no data or not computed. */
    public static Double cellValue(Integer numerator, int denominator, double target) {
        BigDecimal fraction = fraction(numerator, denominator, target);
        return fraction == null ? null : fraction.doubleValue();
    }

    /** The text for numerator / denominator against a target: {@code 99.9%}, 无数据 or 未计算. */
    public static String text(Lang lang, Integer numerator, int denominator, double target) {
        if (numerator == null) {
            return Messages.get(lang, "present.percent.notComputed");
        }
        BigDecimal fraction = fraction(numerator, denominator, target);
        return fraction == null ? Messages.get(lang, "present.percent.noData") : format(fraction);
    }

    /** An indicator's overall value. */
    public static String of(Lang lang, Indicator indicator) {
        return text(lang, indicator.notComputed() ? null : indicator.numerator(), indicator.denominator(),
                indicator.target());
    }

    /** One agency's value of an indicator, against the indicator's target. */
    public static String of(Lang lang, Indicator indicator, Indicator.ByAgency agency) {
        return text(lang, indicator.notComputed() ? null : agency.numerator(), agency.denominator(),
                indicator.target());
    }

    /** The overall value for a cell, or null. */
    public static Double cellValue(Indicator indicator) {
        return indicator.notComputed() ? null
                : cellValue(indicator.numerator(), indicator.denominator(), indicator.target());
    }

    /** One agency's value for a cell, or null. */
    public static Double cellValue(Indicator indicator, Indicator.ByAgency agency) {
        return indicator.notComputed() ? null
                : cellValue(agency.numerator(), agency.denominator(), indicator.target());
    }

    /** A target (or any fraction that is no measure) with one decimal: 0.95 → {@code 95.0%}. */
    public static String target(double fraction) {
        return format(BigDecimal.valueOf(fraction).setScale(SCALE, RoundingMode.HALF_UP));
    }

    private static String format(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.UNNECESSARY).toPlainString() + "%";
    }
}

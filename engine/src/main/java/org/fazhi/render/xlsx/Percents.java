package org.fazhi.render.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Stand-in for the presentation layer's percentages, until it is merged. */
final class Percents {
    private Percents() {
    }

    static String target(double target) {
        return BigDecimal.valueOf(target * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String value(double value, double target, Boolean met) {
        BigDecimal shown = BigDecimal.valueOf(value * 100).setScale(1, Boolean.FALSE.equals(met)
                ? RoundingMode.FLOOR : RoundingMode.HALF_UP);
        return shown.toPlainString() + "%";
    }
}

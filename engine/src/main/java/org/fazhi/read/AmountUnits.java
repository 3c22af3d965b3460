package org.fazhi.read;

import java.math.BigDecimal;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;

/** The units an amount column's header may state (records.md "Units in headers scale numbers"). */
final class AmountUnits {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private AmountUnits() {
    }

    /** A sum of money: a decimal field whose key ends in {@code amount} or whose header says 金额. */
    static boolean isAmount(FieldSpec field) {
        return field.type() == FieldType.DECIMAL && (field.key().endsWith("amount") || field.header().contains("金额"));
    }

    /**
     * The factor a unit (as {@link Text#headerUnit} gives it: NFKC, lower case, no white space)
     * stands for; null when it is no unit of money.
     */
    static BigDecimal scale(String unit) {
        return switch (unit) {
            // yuan, however an export spells it; ¥ is already ¥ after NFKC
            case "元", "人民币元", "人民币", "rmb", "cny", "yuan", "¥" -> BigDecimal.ONE;
            case "千元" -> THOUSAND;
            case "万元" -> TEN_THOUSAND;
            default -> null;
        };
    }
}

package org.fazhi.generate;

import java.util.Locale;

/** How an export lays its rows out. */
public enum Layout {
    /** A title row, one header row, the records. */
    TIDY,
    /**
     * As real government exports look (records.md "Sheet layout"): a title and a 填报单位 line above
     * the header, a two-row header with a merged group heading on the case sheet, amounts in 万元,
     * ／ for blank optional text and date cells, a 合计 row and a 填表人 footer under the records.
     */
    MESSY;

    /** {@code tidy} or {@code messy}, any case; null for anything else. */
    public static Layout parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "tidy" -> TIDY;
            case "messy" -> MESSY;
            default -> null;
        };
    }
}

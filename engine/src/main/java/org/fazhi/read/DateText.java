package org.fazhi.read;

import java.time.LocalDate;

/**
 * A date written the ways an export writes one (2025-12-31, 2025/12/31, 2025.12.31,
 * 2025年12月31日, 20251231, with full-width digits too), for dates that people type as well,
 * such as the date a check is made on.
 */
public final class DateText {
    private DateText() {
    }

    /** The date, or null when the text is not one of those spellings of a real date. */
    public static LocalDate parse(String text) {
        return text == null ? null : ValueParser.date(text);
    }
}

package org.fazhi.read;

import java.time.LocalDate;
import org.fazhi.error.InputException;

/**
 * A date written the ways an export writes one (2025-12-31, 2025/12/31, 2025.12.31,
 * 2025年12月31日, 20251231, with full-width digits too), for dates that people type as well:
 * the date a check is made on, which the command line and the Spark job read alike.
 */
public final class DateText {
    private DateText() {
    }

    /** The date, or null when the text is not one of those spellings of a real date. */
    public static LocalDate parse(String text) {
        return text == null ? null : ValueParser.date(text);
    }

    /** The date a check is made on: today when none is given, else the date given, or the run cannot be made. */
    public static LocalDate asOf(String text) throws InputException {
        if (text == null) {
            return LocalDate.now();
        }
        LocalDate date = parse(text);
        if (date == null) {
            throw new InputException("cli.asOf.bad", text);
        }
        return date;
    }
}

package org.fazhi.cli;

import java.time.LocalDate;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.read.DateText;

/** The date a check or a rule test is made on: today, or the date given, in any spelling a record's date may have. */
final class AsOfDate {
    private AsOfDate() {
    }

    static LocalDate of(String asOf, Lang lang) {
        if (asOf == null) {
            return LocalDate.now();
        }
        LocalDate date = DateText.parse(asOf);
        if (date == null) {
            throw new UserError(Messages.get(lang, "cli.asOf.bad", asOf));
        }
        return date;
    }
}

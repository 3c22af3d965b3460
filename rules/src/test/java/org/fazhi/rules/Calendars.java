package org.fazhi.rules;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.fazhi.evaluate.WorkCalendar;

/** Explicit calendars for working-day tests that cross a real holiday. */
final class Calendars {
    private Calendars() {
    }

    /** 2025's 春节 (01-28..02-04) and 国庆 (10-01..08) with their adjusted working days. */
    static WorkCalendar national2025() {
        Set<LocalDate> holidays = new HashSet<>();
        addRange(holidays, LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4));
        addRange(holidays, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
        Set<LocalDate> workdays = Set.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        return new WorkCalendar(holidays, workdays);
    }

    private static void addRange(Set<LocalDate> days, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
    }
}

package org.fazhi.evaluate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, minus public holidays, plus adjusted working days (调休上班)
 * that fall on a weekend, as given by an optional calendar file.
 */
public final class WorkCalendar {
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> adjustedWorkdays;

    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.adjustedWorkdays = Set.copyOf(adjustedWorkdays);
    }

    /** Monday to Friday, no holidays. */
    public static WorkCalendar weekdays() {
        return new WorkCalendar(Set.of(), Set.of());
    }

    public boolean isWorkday(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: the
     * deadline "within N working days of the decision" is met when this is at most N. Zero
     * or negative when {@code to} is not after {@code from}.
     */
    public int workdaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkday(day)) {
                count++;
            }
        }
        return count;
    }
}

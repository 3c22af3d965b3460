package org.fazhi.evaluate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, minus public holidays, plus adjusted working days (调休上班)
 * that fall on a weekend, as given by an optional calendar file.
 */
public final class WorkCalendar {
    private final NavigableSet<LocalDate> holidays;
    private final NavigableSet<LocalDate> adjustedWorkdays;

    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
        this.holidays = new TreeSet<>(holidays);
        this.adjustedWorkdays = new TreeSet<>(adjustedWorkdays);
    }

    /** Monday to Friday, no holidays. */
    public static WorkCalendar weekdays() {
        return new WorkCalendar(Set.of(), Set.of());
    }

    public boolean isWorkday(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && isWeekday(day);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: the
     * deadline "within N working days of the decision" is met when this is at most N. Zero
     * when {@code to} is not after {@code from}.
     *
     * <p>Counted by whole weeks, then corrected by the calendar's dates in the range, so that a
     * mistyped year (a span of a century) costs no more than a span of a week.
     */
    public int workdaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = to.toEpochDay() - from.toEpochDay();
        long count = days / 7 * 5;
        LocalDate day = from.plusDays(days / 7 * 7);
        for (long rest = days % 7; rest > 0; rest--) {
            day = day.plusDays(1);
            count += isWeekday(day) ? 1 : 0;
        }
        for (LocalDate holiday : holidays.subSet(from, false, to, true)) {
            count -= isWeekday(holiday) && !adjustedWorkdays.contains(holiday) ? 1 : 0;
        }
        for (LocalDate workday : adjustedWorkdays.subSet(from, false, to, true)) {
            count += isWeekday(workday) ? 0 : 1;
        }
        return Math.toIntExact(count);
    }

    private static boolean isWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }
}

package org.fazhi.evaluate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days: Monday to Friday, minus public holidays, plus adjusted working days (调休上班)
 * that fall on a weekend. A calendar also knows which years it <em>covers</em> (its holidays are
 * known for them); in any other year it can only count Monday to Friday, which a run reports.
 */
public final class WorkCalendar {
    /** Years of listed dates beyond which no table of running counts is kept (a calendar file's mistyped year). */
    private static final int TABLE_YEARS = 200;
    private final NavigableSet<LocalDate> holidays;
    private final NavigableSet<LocalDate> adjustedWorkdays;
    private final NavigableSet<Integer> coveredYears;
    /** The epoch day of {@code workdaysThrough[0]}: 1 January of the first year listed. */
    private final long tableStart;
    /** Working days from {@link #tableStart} through each day of the years listed (empty when none are). */
    private final int[] workdaysThrough;

    /** A calendar that covers the years of the dates it lists. */
    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays) {
        this(holidays, adjustedWorkdays, Set.of());
    }

    /** A calendar that covers the years of the dates it lists and {@code coveredYears}. */
    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkdays, Set<Integer> coveredYears) {
        this.holidays = new TreeSet<>(holidays);
        this.adjustedWorkdays = new TreeSet<>(adjustedWorkdays);
        this.coveredYears = new TreeSet<>(coveredYears);
        holidays.forEach(day -> this.coveredYears.add(day.getYear()));
        adjustedWorkdays.forEach(day -> this.coveredYears.add(day.getYear()));
        if (this.coveredYears.isEmpty() || this.coveredYears.last() - this.coveredYears.first() > TABLE_YEARS) {
            tableStart = 0;
            workdaysThrough = new int[0];
        } else {
            LocalDate start = LocalDate.of(this.coveredYears.first(), 1, 1);
            LocalDate end = LocalDate.of(this.coveredYears.last(), 12, 31);
            tableStart = start.toEpochDay();
            workdaysThrough = new int[Math.toIntExact(end.toEpochDay() - tableStart + 1)];
            int count = 0;
            for (int i = 0; i < workdaysThrough.length; i++) {
                count += isWorkday(start.plusDays(i)) ? 1 : 0;
                workdaysThrough[i] = count;
            }
        }
    }

    /** Monday to Friday, no holidays, no year covered. */
    public static WorkCalendar weekdays() {
        return new WorkCalendar(Set.of(), Set.of());
    }

    /**
     * This calendar with {@code file} laid over it: a date {@code file} lists as a holiday is a
     * holiday and one it lists as a workday is a working day, whatever this calendar says; the
     * years either covers are covered.
     */
    public WorkCalendar overriddenBy(WorkCalendar file) {
        Set<LocalDate> mergedHolidays = new TreeSet<>(holidays);
        mergedHolidays.removeAll(file.adjustedWorkdays);
        mergedHolidays.addAll(file.holidays);
        Set<LocalDate> mergedWorkdays = new TreeSet<>(adjustedWorkdays);
        mergedWorkdays.removeAll(file.holidays);
        mergedWorkdays.addAll(file.adjustedWorkdays);
        Set<Integer> years = new TreeSet<>(coveredYears);
        years.addAll(file.coveredYears);
        return new WorkCalendar(mergedHolidays, mergedWorkdays, years);
    }

    public boolean isWorkday(LocalDate day) {
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && isWeekday(day);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    public boolean covers(int year) {
        return coveredYears.contains(year);
    }

    /** Whether this calendar covers every year of the range (from, to]; true for an empty range. */
    public boolean coversAll(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return true;
        }
        for (int year = from.plusDays(1).getYear(); year <= to.getYear(); year++) {
            if (!covers(year)) {
                return false;
            }
        }
        return true;
    }

    /** The years of the range (from, to] that this calendar does not cover, in order. */
    public SortedSet<Integer> uncoveredYears(LocalDate from, LocalDate to) {
        SortedSet<Integer> years = new TreeSet<>();
        if (to.isAfter(from)) {
            for (int year = from.plusDays(1).getYear(); year <= to.getYear(); year++) {
                if (!covers(year)) {
                    years.add(year);
                }
            }
        }
        return years;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: the
     * deadline "within N working days of the decision" is met when this is at most N. Zero
     * when {@code to} is not after {@code from}.
     *
     * <p>Between the first and last years the calendar lists, looked up in a table of running
     * counts (deadline rules ask this several times a record). Elsewhere counted by whole weeks,
     * then corrected by the calendar's dates in the range, so that a mistyped year (a span of a
     * century) costs no more than a span of a week.
     */
    public int workdaysAfter(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long first = from.toEpochDay() - tableStart;
        long last = to.toEpochDay() - tableStart;
        if (first >= 0 && last < workdaysThrough.length) {
            return workdaysThrough[(int) last] - workdaysThrough[(int) first];
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

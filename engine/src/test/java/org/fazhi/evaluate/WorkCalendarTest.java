package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);

    @Test
    void countsWeekdaysAfterTheFirstDayUpToAndIncludingTheLast() {
        WorkCalendar weekdays = WorkCalendar.weekdays();
        assertThat(weekdays.workdaysAfter(FRIDAY, FRIDAY)).isZero();
        assertThat(weekdays.workdaysAfter(FRIDAY, FRIDAY.minusDays(3))).isZero();
        assertThat(weekdays.workdaysAfter(FRIDAY, FRIDAY.plusDays(2))).as("Saturday and Sunday").isZero();
        assertThat(weekdays.workdaysAfter(FRIDAY, FRIDAY.plusDays(3))).as("to Monday").isEqualTo(1);
        assertThat(weekdays.workdaysAfter(FRIDAY, FRIDAY.plusDays(7))).as("to the next Friday").isEqualTo(5);
        assertThat(weekdays.workdaysAfter(LocalDate.of(1925, 3, 14), FRIDAY)).as("a mistyped century")
                .isEqualTo(26090);
    }

    @Test
    void holidaysAreTakenOutAndAdjustedWeekendWorkdaysAddedOnlyInsideTheRange() {
        LocalDate holidayMonday = FRIDAY.plusDays(3);
        LocalDate workingSaturday = FRIDAY.plusDays(8);
        WorkCalendar calendar = new WorkCalendar(Set.of(holidayMonday), Set.of(workingSaturday));
        assertThat(calendar.workdaysAfter(FRIDAY, holidayMonday)).isZero();
        assertThat(calendar.workdaysAfter(FRIDAY, FRIDAY.plusDays(7))).isEqualTo(4);
        assertThat(calendar.workdaysAfter(FRIDAY, workingSaturday)).isEqualTo(5);
        assertThat(calendar.workdaysAfter(holidayMonday, FRIDAY.plusDays(7))).as("range starts after the holiday")
                .isEqualTo(4);
        assertThat(calendar.workdaysAfter(workingSaturday, workingSaturday.plusDays(2))).as("range starts after it")
                .isEqualTo(1);
    }

    @Test
    void aDateThatIsBothHolidayAndAdjustedWorkdayIsAWorkday() {
        WorkCalendar calendar = new WorkCalendar(Set.of(FRIDAY, FRIDAY.plusDays(1)),
                Set.of(FRIDAY, FRIDAY.plusDays(1)));
        assertThat(calendar.isWorkday(FRIDAY)).isTrue();
        assertThat(calendar.workdaysAfter(FRIDAY.minusDays(1), FRIDAY.plusDays(1))).isEqualTo(2);
    }

    @Test
    void agreesWithCountingDayByDayOnRandomCalendarsAndRanges() {
        Random random = new Random(7);
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int trial = 0; trial < 300; trial++) {
            Set<LocalDate> holidays = new HashSet<>();
            Set<LocalDate> workdays = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                holidays.add(base.plusDays(random.nextInt(800)));
                workdays.add(base.plusDays(random.nextInt(800)));
            }
            WorkCalendar calendar = new WorkCalendar(holidays, workdays);
            LocalDate from = base.plusDays(random.nextInt(800));
            LocalDate to = from.plusDays(random.nextInt(120) - 10);
            assertThat(calendar.workdaysAfter(from, to)).as("%s to %s", from, to).isEqualTo(dayByDay(calendar, from, to));
        }
    }

    /** The definition: every day after {@code from} up to and including {@code to} that is a workday. */
    private static int dayByDay(WorkCalendar calendar, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += calendar.isWorkday(day) ? 1 : 0;
        }
        return count;
    }

    @Test
    void theTableOfRunningCountsAgreesWithCountingDayByDayInsideAndBeyondItsYears() {
        WorkCalendar calendar = CalendarLoader.official();
        Random random = new Random(7);
        for (int k = 0; k < 3000; k++) {
            // ranges inside the official calendar's years, and ranges that begin or end outside them
            LocalDate from = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(6000));
            LocalDate to = from.plusDays(random.nextInt(900) - 100);
            assertThat(calendar.workdaysAfter(from, to)).as("%s to %s", from, to).isEqualTo(dayByDay(calendar, from, to));
            assertThat(calendar.coversAll(from, to)).isEqualTo(calendar.uncoveredYears(from, to).isEmpty());
        }
    }
}

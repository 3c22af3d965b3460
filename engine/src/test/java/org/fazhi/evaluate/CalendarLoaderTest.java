package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarLoaderTest {
    private static final WorkCalendar OFFICIAL = CalendarLoader.official();

    @Test
    void theShippedCalendarCovers2020To2026() {
        for (int year = 2020; year <= 2026; year++) {
            assertThat(OFFICIAL.covers(year)).as("%d", year).isTrue();
        }
        assertThat(OFFICIAL.covers(2019)).isFalse();
        assertThat(OFFICIAL.covers(2027)).isFalse();
    }

    @Test
    void theShippedCalendarHasTheNationalDayOf2025() {
        for (LocalDate day = LocalDate.of(2025, 10, 1); !day.isAfter(LocalDate.of(2025, 10, 8)); day = day.plusDays(1)) {
            assertThat(OFFICIAL.isWorkday(day)).as("%s 国庆节、中秋节", day).isFalse();
        }
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 9, 28))).as("Sunday 调休上班").isTrue();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 10, 11))).as("Saturday 调休上班").isTrue();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 10, 9))).isTrue();
        // Tuesday 30 September to Thursday 9 October: the holiday week, 9 October only
        assertThat(OFFICIAL.workdaysAfter(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9))).isEqualTo(1);
    }

    @Test
    void theShippedCalendarHasTheSpringFestivalOf2025() {
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 1, 28))).isFalse();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 2, 4))).isFalse();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 1, 26))).as("Sunday 调休上班").isTrue();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2025, 2, 8))).as("Saturday 调休上班").isTrue();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2020, 1, 1))).as("元旦 2020").isFalse();
        assertThat(OFFICIAL.isWorkday(LocalDate.of(2026, 1, 1))).as("元旦 2026").isFalse();
    }

    @Test
    void aFileIsLaidOverTheOfficialCalendarAndCoversItsYears(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("calendar.yaml");
        // a local holiday, a built-in holiday worked, and a year the built-in calendar lacks
        Files.writeString(file, "holidays: [2025-03-14, 2019-10-01..2019-10-07]\nworkdays: [2025-10-08]\n");
        WorkCalendar calendar = CalendarLoader.forRun(file);
        assertThat(calendar.isWorkday(LocalDate.of(2025, 3, 14))).isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(2025, 10, 8))).isTrue();
        assertThat(calendar.isWorkday(LocalDate.of(2025, 10, 7))).as("the rest is built in").isFalse();
        assertThat(calendar.isWorkday(LocalDate.of(2019, 10, 7))).isFalse();
        assertThat(calendar.covers(2019)).isTrue();
        assertThat(calendar.covers(2018)).isFalse();
        assertThat(CalendarLoader.forRun(null).isWorkday(LocalDate.of(2025, 3, 14))).isTrue();
    }

    @Test
    void aCountThroughAnUncoveredYearIsRememberedByTheRun() {
        RunContext context = new RunContext(LocalDate.of(2025, 12, 31), new Parameters(java.util.Map.of()), OFFICIAL);
        context.workdaysBetween(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 20));
        assertThat(context.uncoveredYears()).isEmpty();
        context.workdaysBetween(LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 10));
        assertThat(context.uncoveredYears()).as("(a, b] starts on 1 January 2020").isEmpty();
        context.workdaysBetween(LocalDate.of(2018, 12, 30), LocalDate.of(2020, 1, 10));
        context.workdaysBetween(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 5));
        assertThat(context.uncoveredYears()).containsExactly(2018, 2019, 2027);
    }
}

package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The official calendar a check starts with is the YAML's, whichever form it was read from. */
class CalendarSnapshotTest {
    private static final CalendarSnapshot.Days YAML = CalendarLoader.officialDays();

    @Test
    void theBuildsSnapshotHoldsWhatTheYamlSays() {
        Optional<CalendarSnapshot.Days> snapshot = CalendarSnapshot.read();

        assertThat(snapshot).contains(YAML);
        assertThat(YAML.holidays()).contains(LocalDate.of(2025, 10, 8));
        assertThat(YAML.workdays()).contains(LocalDate.of(2025, 9, 28));
    }

    @Test
    void theOfficialCalendarIsTheYamls() {
        WorkCalendar official = CalendarLoader.official();

        for (LocalDate day = LocalDate.of(2020, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            boolean workday = YAML.workdays().contains(day)
                    || !YAML.holidays().contains(day) && day.getDayOfWeek().getValue() <= 5;
            assertThat(official.isWorkday(day)).as(day.toString()).isEqualTo(workday);
        }
    }

    @Test
    void aSnapshotOfAnotherCalendarIsNotUsed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CalendarSnapshot.write(YAML, out);
        byte[] bytes = out.toByteArray();
        assertThat(CalendarSnapshot.read(new ByteArrayInputStream(bytes))).contains(YAML);

        // the checksum of the YAML follows the format's name
        bytes[2 + "fazhi-calendar/1".getBytes(StandardCharsets.UTF_8).length + 7] ^= 1;

        assertThat(CalendarSnapshot.read(new ByteArrayInputStream(bytes))).isEmpty();
    }
}

package org.fazhi.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.fazhi.config.ConfigFile;
import org.fazhi.error.InputException;

/**
 * Reads a work calendar file (YAML or JSON): {@code holidays} and {@code workdays} (adjusted
 * working days on a weekend), each a list of ISO dates or {@code FROM..TO} ranges.
 */
public final class CalendarLoader {
    private CalendarLoader() {
    }

    public static WorkCalendar load(Path file) throws InputException {
        JsonNode root = ConfigFile.readMap(file, "calendar");
        Iterator<String> names = root.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("holidays") && !name.equals("workdays")) {
                throw new InputException("calendar.unknownKey", file, name);
            }
        }
        return new WorkCalendar(dates(file, root.path("holidays")), dates(file, root.path("workdays")));
    }

    private static Set<LocalDate> dates(Path file, JsonNode list) throws InputException {
        Set<LocalDate> dates = new HashSet<>();
        for (JsonNode item : list) {
            String text = item.asText().trim();
            int range = text.indexOf("..");
            try {
                LocalDate from = LocalDate.parse(range < 0 ? text : text.substring(0, range).trim());
                LocalDate to = range < 0 ? from : LocalDate.parse(text.substring(range + 2).trim());
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    dates.add(day);
                }
            } catch (DateTimeParseException e) {
                throw new InputException("calendar.badDate", file, text);
            }
        }
        return dates;
    }
}

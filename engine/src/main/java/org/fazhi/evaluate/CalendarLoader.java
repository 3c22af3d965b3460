package org.fazhi.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fazhi.config.ConfigFile;
import org.fazhi.config.LoadOnce;
import org.fazhi.error.InputException;

/**
 * Reads a work calendar (YAML or JSON): {@code holidays} and {@code workdays} (adjusted working
 * days on a weekend), each a list of ISO dates or {@code FROM..TO} ranges. The official calendar
 * of mainland China is built in; a user's file is laid over it.
 */
public final class CalendarLoader {
    /** The built-in calendar, from the State Council's yearly notices (docs/calendar.md). */
    static final String OFFICIAL_RESOURCE = "/org/fazhi/calendar/cn-official-2020-2026.yaml";
    /** The years the built-in calendar covers, also where a notice changed no weekend. */
    static final int FIRST_YEAR = 2020;
    static final int LAST_YEAR = 2026;

    private static final LoadOnce<WorkCalendar> OFFICIAL = new LoadOnce<>(CalendarLoader::readOfficial);

    private CalendarLoader() {
    }

    /** The calendar of a run: the official one, with {@code file} laid over it when given. */
    public static WorkCalendar forRun(Path file) throws InputException {
        return file == null ? official() : official().overriddenBy(load(file));
    }

    /** The official holidays and adjusted working days, 2020–2026, shipped with fazhi. */
    public static WorkCalendar official() {
        return OFFICIAL.get();
    }

    /** One calendar file on its own; it covers the years of the dates it lists. */
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

    /** The snapshot the build made of the official calendar (the quick way), else its YAML. */
    private static WorkCalendar readOfficial() {
        CalendarSnapshot.Days days = CalendarSnapshot.read().orElseGet(CalendarLoader::officialDays);
        Set<Integer> years = IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).boxed().collect(Collectors.toSet());
        return new WorkCalendar(days.holidays(), days.workdays(), years);
    }

    /** The official calendar's days, from its YAML. */
    static CalendarSnapshot.Days officialDays() {
        try (InputStream in = CalendarLoader.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OFFICIAL_RESOURCE);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Path source = Path.of(OFFICIAL_RESOURCE);
            return new CalendarSnapshot.Days(dates(source, root.path("holidays")), dates(source, root.path("workdays")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the built-in calendar is malformed", e);
        }
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

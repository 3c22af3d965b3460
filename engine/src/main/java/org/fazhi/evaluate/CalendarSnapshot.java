package org.fazhi.evaluate;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.config.BuildSnapshot;

/**
 * The official calendar as the build leaves it beside its YAML: its days as numbers, so that a
 * check does not start a YAML parser for it. Used only while the YAML is the one it was made
 * from ({@link BuildSnapshot}).
 */
public final class CalendarSnapshot {
    /** Where the build writes the snapshot, beside the calendar. */
    static final String RESOURCE = "org/fazhi/calendar/cn-official.bin";
    private static final String FORMAT = "fazhi-calendar/1";

    /** The holidays and the adjusted working days of a calendar. */
    record Days(Set<LocalDate> holidays, Set<LocalDate> workdays) {
    }

    private CalendarSnapshot() {
    }

    /** At build time: writes the snapshot of the official calendar under the classes directory {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(BuildSnapshot.file(args, RESOURCE)))) {
            write(CalendarLoader.officialDays(), out);
        }
    }

    /** The snapshot on the class path, when there is one made from the calendar's YAML there now. */
    static Optional<Days> read() {
        try (InputStream in = BuildSnapshot.resource(RESOURCE)) {
            return in == null ? Optional.empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the calendar resource " + RESOURCE, e);
        }
    }

    static Optional<Days> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (!BuildSnapshot.readHead(data, FORMAT)) {
            return Optional.empty();
        }
        return Optional.of(new Days(days(data), days(data)));
    }

    static void write(Days days, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        BuildSnapshot.writeHead(data, FORMAT, List.of(CalendarLoader.OFFICIAL_RESOURCE.substring(1)));
        days(data, days.holidays());
        days(data, days.workdays());
        data.flush();
    }

    private static void days(DataOutputStream data, Set<LocalDate> days) throws IOException {
        data.writeInt(days.size());
        for (LocalDate day : days.stream().sorted().toList()) {
            data.writeLong(day.toEpochDay());
        }
    }

    private static Set<LocalDate> days(DataInputStream data) throws IOException {
        int count = data.readInt();
        Set<LocalDate> days = new HashSet<>();
        for (int i = 0; i < count; i++) {
            days.add(LocalDate.ofEpochDay(data.readLong()));
        }
        return days;
    }
}

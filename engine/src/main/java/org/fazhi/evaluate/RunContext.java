package org.fazhi.evaluate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The run-wide facts every rule may read, inserted once into each session as {@code $ctx}: the
 * as-of date, the parameters, the work calendar and whether officer records were supplied.
 */
public final class RunContext {
    private final LocalDate asOf;
    private final Parameters parameters;
    private final WorkCalendar calendar;

    public RunContext(LocalDate asOf, Parameters parameters, WorkCalendar calendar) {
        this.asOf = asOf;
        this.parameters = parameters;
        this.calendar = calendar;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Parameters getParameters() {
        return parameters;
    }

    public WorkCalendar getCalendar() {
        return calendar;
    }

    /** A whole-number parameter, e.g. {@code $ctx.param("service_deadline_days")}. */
    public int param(String name) {
        return parameters.intValue(name);
    }

    /** Calendar days from {@code from} to {@code to} (negative when {@code to} is earlier). */
    public long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** Working days after {@code from} up to and including {@code to}. */
    public int workdaysBetween(LocalDate from, LocalDate to) {
        return calendar.workdaysAfter(from, to);
    }
}

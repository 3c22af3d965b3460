package org.fazhi.evaluate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.fazhi.model.Record;

/**
 * The run-wide facts every rule may read, inserted once into each session as {@code $ctx}: the
 * as-of date, the parameters, the work calendar and whether officer records were supplied.
 */
public final class RunContext {
    private final LocalDate asOf;
    private final Parameters parameters;
    private final WorkCalendar calendar;
    /** Years no calendar covers that a working-day count of this run spanned (a run summary note). */
    private final Set<Integer> uncoveredYears = new ConcurrentSkipListSet<>();

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

    /** The parameters in force for a record (its agency's, else its field's, else the run's). */
    public Parameters parameters(Record record) {
        return parameters.forRecord(record);
    }

    /** The parameters in force for a group of records of one agency and field (either may be null). */
    public Parameters parameters(String agency, String field) {
        return parameters.forScope(agency, field);
    }

    /*
     * The parameters in force for a record, for DRL constraints: RunContext.param($ctx, this, "x").
     * Drools' executable model cannot compile $ctx.param(this, "x") (a method of another pattern's
     * binding that takes this) but compiles a static call; consequences use $ctx.parameters($c).
     */

    /** A whole-number parameter in force for a record. */
    public static int param(RunContext context, Record record, String name) {
        return context.parameters(record).intValue(name);
    }

    /** A parameter with a fraction (amounts, hours, years) in force for a record. */
    public static BigDecimal decimal(RunContext context, Record record, String name) {
        return context.parameters(record).decimal(name);
    }

    /** A yes/no parameter in force for a record. */
    public static boolean flag(RunContext context, Record record, String name) {
        return context.parameters(record).flag(name);
    }

    /** Whether a word is in a list-of-words parameter in force for a record. */
    public static boolean listed(RunContext context, Record record, String name, String word) {
        return context.parameters(record).listed(name, word);
    }

    /** A date parameter in force for a record. */
    public static LocalDate date(RunContext context, Record record, String name) {
        return context.parameters(record).date(name);
    }

    /** Calendar days from {@code from} to {@code to} (negative when {@code to} is earlier). */
    public long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * Working days after {@code from} up to and including {@code to}; a year of that range that
     * the calendar does not cover is counted Monday to Friday and remembered for the run's notes.
     */
    public int workdaysBetween(LocalDate from, LocalDate to) {
        // every rule of a deadline asks this, several times a record: the covered case allocates nothing
        if (!calendar.coversAll(from, to)) {
            uncoveredYears.addAll(calendar.uncoveredYears(from, to));
        }
        return calendar.workdaysAfter(from, to);
    }

    /** Years that counts of the same run made elsewhere spanned (a cluster's executors' contexts). */
    public void addUncoveredYears(Collection<Integer> years) {
        uncoveredYears.addAll(years);
    }

    /** The years, in order, that a working-day count spanned although no calendar covers them. */
    public List<Integer> uncoveredYears() {
        return List.copyOf(uncoveredYears);
    }
}

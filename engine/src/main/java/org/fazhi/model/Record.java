package org.fazhi.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of an export, typed. Subclasses declare their fields with {@link Column}; this base
 * keeps what every record has: where it came from and the cells that could not be read.
 * Serializable, so that a cluster can move records between machines (the records a rule keeps
 * for a cross-record rule, the officers every join reads): the type is found again from the
 * class, and a record that travelled has no sheet columns, like one not read from a sheet.
 */
public abstract class Record implements Serializable {
    private static final long serialVersionUID = 1L;
    private SourceRef source;
    private transient RecordType type;
    private transient SheetColumns columns;
    private final List<CellProblem> problems = new ArrayList<>(0);

    public final RecordType type() {
        // Asked for on every rule and check; a racy cache is safe, since every thread finds the same type.
        RecordType known = type;
        if (known == null) {
            known = RecordTypes.of(getClass());
            type = known;
        }
        return known;
    }

    public final String typeKey() {
        return type().key();
    }

    public final SourceRef getSource() {
        return source;
    }

    /** Set as a record is made, so that {@link #type()} has nothing to look up for it. */
    final void init(SourceRef source, RecordType type, SheetColumns columns) {
        this.source = source;
        this.type = type;
        this.columns = columns;
    }

    /**
     * The columns of the sheet the record was read from; null for a record not read from a sheet
     * (a test's, a generated one), whose every field counts as a column.
     */
    public final SheetColumns columns() {
        return columns;
    }

    /** Whether the record's sheet has a column for this field (a blank is then a blank cell). */
    public final boolean hasColumn(FieldSpec field) {
        return columns == null || columns.has(field);
    }

    /** The identifier (the first required field), or null when blank. */
    public String getId() {
        return (String) type().idField().get(this);
    }

    /** The agency responsible for the record, or null when the type has none or it is blank. */
    public abstract String getAgency();

    /**
     * The 执法领域 whose parameters apply to the record ({@code byField} in a params file), or null
     * for the types that have none.
     */
    public String scopeField() {
        return null;
    }

    /** The value of a declared field by its canonical key. */
    public Object value(String key) {
        return type().requireField(key).get(this);
    }

    /** Cells of this row that could not become values (DQ-001, DQ-002). */
    public List<CellProblem> getProblems() {
        return problems;
    }

    public void addProblem(CellProblem problem) {
        problems.add(problem);
    }

    /**
     * Date fields whose value is later than {@code asOf} (DQ-006), as canonical keys; dates that
     * may lie ahead by their nature (deadlines, validity ends) are not counted.
     */
    public List<String> datesAfter(LocalDate asOf) {
        List<String> late = List.of(); // asked of every record, found on few: no list for the others
        for (FieldSpec field : type().pastDates()) {
            LocalDate date = (LocalDate) field.get(this);
            if (date != null && date.isAfter(asOf)) {
                if (late.isEmpty()) {
                    late = new ArrayList<>(2);
                }
                late.add(field.key());
            }
        }
        return late;
    }

    @Override
    public String toString() {
        return typeKey() + " " + getId() + " @ " + source;
    }
}

package org.fazhi.read;

import org.fazhi.model.FileFormat;
import org.fazhi.model.InputSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.error.InputException;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SheetColumns;

/**
 * What the reader sees in each sheet of some files ({@code fazhi inspect}): read through the same
 * {@link InputReader} as a check, with the records counted and dropped, and the reasons the
 * reader decided as it did put into words — how a sheet's type was recognised, which columns were
 * bound, which fields have no column, and the first cells that could not be read.
 */
public final class Inspector {
    /** Cells that could not be read, shown per sheet: enough to see the pattern. */
    static final int FIRST_PROBLEMS = 5;

    /** How a sheet's record type was recognised (records.md "Files and formats"). */
    public enum Recognition {
        /** The sheet (or file stem) is the type's key. */
        KEY,
        /** It is the type's Chinese name or one of its aliases. */
        ALIAS,
        /** The mapping's {@code sheets} name it. */
        MAPPING,
        /** It contains an alias. */
        CONTAINED_ALIAS,
        /** Its header row matches the type's headers. */
        HEADERS
    }

    /** A cell that could not become a value. */
    public record Problem(int row, String column, String header, String raw, String expected) {
    }

    /**
     * One sheet (or text file).
     *
     * @param recordType   null when not read, then {@code ignoredReason} says why
     * @param recognisedBy how the type was recognised, null when not read
     * @param headerRow    the header row, null when no data row was read
     * @param matched      the fields bound to a column, in the type's order (empty when no data row was read)
     * @param missing      the type's fields without a column (likewise)
     * @param format       what the file really is ({@link FileFormat#key()}), whatever its name says
     * @param disguised    whether the file's name says another format than its content
     * @param hidden       whether the sheet is hidden in its workbook
     * @param summaryRows  the total, subtotal and footer rows skipped
     */
    public record Sheet(String file, String sheet, String recordType, Recognition recognisedBy, Integer headerRow,
                        List<String> matched, List<String> unknownColumns, List<String> missing, int rows,
                        int blankRowsSkipped, String ignoredReason, int unreadableCells, List<Problem> problems,
                        String format, boolean disguised, boolean hidden, InputSummary.SkippedRows summaryRows) {
    }

    private final Mapping mapping;
    private final TypeCatalog catalog;

    public Inspector(Mapping mapping) {
        this.mapping = mapping;
        this.catalog = new TypeCatalog(mapping);
    }

    /** Every sheet of the inputs, in reading order; a file that cannot be read is an input error. */
    public List<Sheet> inspect(List<Path> inputs) throws InputException {
        Map<SheetColumns, Tally> tallies = new IdentityHashMap<>();
        List<InputSummary> summaries = new InputReader(mapping).read(inputs, record -> tally(tallies, record));
        List<Sheet> sheets = new ArrayList<>(summaries.size());
        for (InputSummary summary : summaries) {
            Tally tally = tallies.values().stream().filter(t -> t.columns.header().file().equals(summary.file())
                    && java.util.Objects.equals(t.columns.header().sheet(), summary.sheet())).findFirst().orElse(null);
            sheets.add(sheet(summary, tally));
        }
        return sheets;
    }

    /** What one sheet's records showed: the first cells that could not be read. */
    private static final class Tally {
        final SheetColumns columns;
        final List<Problem> problems = new ArrayList<>(FIRST_PROBLEMS);
        int unreadable;

        Tally(SheetColumns columns) {
            this.columns = columns;
        }
    }

    private static void tally(Map<SheetColumns, Tally> tallies, Record record) {
        if (record.columns() == null) {
            return;
        }
        Tally tally = tallies.computeIfAbsent(record.columns(), Tally::new);
        for (CellProblem problem : record.getProblems()) {
            tally.unreadable++;
            if (tally.problems.size() < FIRST_PROBLEMS) {
                tally.problems.add(new Problem(record.getSource().row(), problem.column(),
                        problem.header() == null ? record.type().requireField(problem.field()).header()
                                : problem.header(), problem.raw(), problem.expected()));
            }
        }
    }

    private Sheet sheet(InputSummary summary, Tally tally) {
        RecordType type = summary.recordType() == null || summary.ignoredReason() != null ? null
                : RecordTypes.byKey(summary.recordType()).orElse(null);
        if (type == null) {
            return new Sheet(summary.file(), summary.sheet(), null, null, null, List.of(), summary.unknownColumns(),
                    summary.missingColumns(), 0, 0, summary.ignoredReason(), 0, List.of(), summary.format(),
                    summary.disguised(), summary.hidden(), summary.summaryRowsSkipped());
        }
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (tally != null) {
            for (FieldSpec field : type.fields()) {
                (tally.columns.has(field) ? matched : missing).add(field.key());
            }
        }
        return new Sheet(summary.file(), summary.sheet(), type.key(), recognition(summary, type),
                tally == null ? null : tally.columns.header().row(), matched, summary.unknownColumns(), missing,
                summary.rows(), summary.blankRowsSkipped(), null, tally == null ? 0 : tally.unreadable,
                tally == null ? List.of() : List.copyOf(tally.problems), summary.format(), summary.disguised(),
                summary.hidden(), summary.summaryRowsSkipped());
    }

    /** The first of the reader's ways that names this type for the sheet (or the file's stem). */
    private Recognition recognition(InputSummary summary, RecordType type) {
        String name = Text.name(summary.sheet() != null ? summary.sheet() : stem(summary.file()));
        if (name.equals(Text.name(type.key()))) {
            return Recognition.KEY;
        }
        if (type.sheetNames().stream().anyMatch(alias -> Text.name(alias).equals(name))) {
            return Recognition.ALIAS;
        }
        if (mapping.sheets(type.key()).stream().anyMatch(alias -> Text.name(alias).equals(name))) {
            return Recognition.MAPPING;
        }
        return catalog.byName(name) == type ? Recognition.CONTAINED_ALIAS : Recognition.HEADERS;
    }

    private static String stem(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}

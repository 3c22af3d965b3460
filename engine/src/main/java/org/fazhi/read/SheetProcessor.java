package org.fazhi.read;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fazhi.error.InputException;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * Reads the rows of one sheet (or CSV file), whatever the format: finds the header row among
 * the first rows, binds columns to fields, and hands every later non-blank row on as a
 * {@link PendingRecord}. Rows arrive one at a time; at most {@link #LOOK_AHEAD} rows are held while
 * the header is sought.
 */
final class SheetProcessor {
    /** The header row is sought among this many first non-blank rows. */
    static final int LOOK_AHEAD = 10;

    private final TypeCatalog catalog;
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final Consumer<PendingRecord> sink;
    private final boolean countGaps;
    private RecordType type;
    private boolean ignored;
    /** Listed under the mapping's {@code ignore}: skipped on purpose, rows unread. */
    private final boolean skipped;

    private final List<RowView> pending = new ArrayList<>(LOOK_AHEAD);
    private boolean bound;
    private RecordParser parser;
    private final List<String> unknownColumns = new ArrayList<>();
    private final List<FieldSpec> requiredAbsent = new ArrayList<>();
    private int headerRow;
    private int lastRow;
    private int blankPending;
    private int blankSkipped;
    private int rows;

    /**
     * @param countGaps whether row numbers missing between two rows count as blank rows (a sheet
     *                  stores no element for an empty row; a CSV record may span several lines)
     */
    SheetProcessor(TypeCatalog catalog, String file, String sheet, RecordType byName, boolean date1904,
                   boolean countGaps, Consumer<PendingRecord> sink) {
        this.countGaps = countGaps;
        this.catalog = catalog;
        this.file = file;
        this.sheet = sheet;
        this.type = byName;
        this.date1904 = date1904;
        this.sink = sink;
        this.skipped = sheet != null && catalog.mapping().ignores(sheet);
    }

    void accept(RowView row) throws InputException {
        if (skipped) {
            return;
        }
        if (bound) {
            data(row);
            return;
        }
        if (ignored || row.isBlank()) {
            return;
        }
        pending.add(row);
        if (type != null && catalog.matches(type, row) >= TypeCatalog.HEADER_MIN) {
            bind(pending.size() - 1);
        } else if (pending.size() >= LOOK_AHEAD) {
            resolve();
        }
    }

    /** Ends the sheet; returns its summary. */
    InputSummary finish() throws InputException {
        if (skipped) {
            return new InputSummary(file, sheet, null, 0, 0, List.of(), Mapping.IGNORED);
        }
        if (!bound) {
            resolve();
        }
        if (type == null || !bound) {
            String reason = ignored ? "read.ignored.unrecognised" : "read.ignored.empty";
            return new InputSummary(file, sheet, type == null ? null : type.key(), 0, 0, List.of(),
                    type == null ? reason : null);
        }
        return new InputSummary(file, sheet, type.key(), rows, blankSkipped, List.copyOf(unknownColumns), null);
    }

    RecordType type() {
        return type;
    }

    /** Decides type (when the name did not) and header row from the rows held so far. */
    private void resolve() throws InputException {
        if (bound || pending.isEmpty()) {
            return;
        }
        if (type == null) {
            type = detect();
            if (type == null) {
                pending.clear();
                ignored = true;
                return;
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            if (catalog.matches(type, pending.get(i)) >= TypeCatalog.HEADER_MIN) {
                bind(i);
                return;
            }
        }
        // A table of few columns: the first row naming the identifier is the header.
        for (int i = 0; i < pending.size(); i++) {
            if (catalog.hasId(type, pending.get(i))) {
                bind(i);
                return;
            }
        }
        // No header row at all: every required column is missing.
        throw missing(type.idField(), pending.get(0));
    }

    /** The type whose headers one of the first rows matches best, with its identifier and at least 3 matches. */
    private RecordType detect() {
        RecordType best = null;
        int bestCount = 0;
        boolean tie = false;
        for (RowView row : pending) {
            for (RecordType candidate : RecordTypes.all()) {
                int n = catalog.matches(candidate, row);
                if (n < TypeCatalog.DETECT_MIN || n < bestCount || !catalog.hasId(candidate, row)) {
                    continue;
                }
                if (n > bestCount) {
                    best = candidate;
                    bestCount = n;
                    tie = false;
                } else if (candidate != best) {
                    tie = true;
                }
            }
        }
        return tie ? null : best;
    }

    private void bind(int headerIndex) throws InputException {
        RowView header = pending.get(headerIndex);
        headerRow = header.number();
        lastRow = headerRow;
        Mapping mapping = catalog.mapping();
        List<RecordParser.Binding> list = new ArrayList<>();
        java.util.Set<FieldSpec> taken = new java.util.HashSet<>();
        for (int c = 0, n = header.width(); c < n; c++) {
            if (header.kind(c) == RowView.CellKind.BLANK) {
                continue;
            }
            String seen = ValueParser.asText(header.kind(c), header.text(c), date1904);
            FieldSpec field = catalog.field(type, seen);
            if (field == null || !taken.add(field)) {
                unknownColumns.add(seen);
                continue;
            }
            list.add(new RecordParser.Binding(c, header.columnName(c), field, seen,
                    mapping.values(type.key(), field.key()), new ValuePool()));
        }
        for (FieldSpec field : type.fields()) {
            if (field.required() && !taken.contains(field)) {
                throw missing(field, header);
            }
        }
        parser = new RecordParser(file, sheet, headerRow, type, date1904,
                list.toArray(new RecordParser.Binding[0]));
        bound = true;
        List<RowView> after = new ArrayList<>(pending.subList(headerIndex + 1, pending.size()));
        pending.clear();
        for (RowView row : after) {
            data(row);
        }
    }

    private InputException missing(FieldSpec field, RowView near) {
        String spellings = String.join(" / ", catalog.spellings(type, field));
        String row = String.valueOf(near == null ? 1 : near.number());
        if (sheet == null) {
            return new InputException("read.error.missingColumnCsv", file, row, field.key(), spellings, type.key());
        }
        return new InputException("read.error.missingColumn", file, sheet, row, field.key(), spellings, type.key());
    }

    private void data(RowView row) {
        if (row.isBlank()) {
            blankPending++;
            return;
        }
        int gap = countGaps ? row.number() - lastRow - 1 - blankPending : 0;
        blankSkipped += blankPending + Math.max(0, gap);
        blankPending = 0;
        lastRow = row.number();
        rows++;
        RecordParser rowParser = parser;
        try {
            sink.accept(() -> rowParser.parse(row));
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** A failure of the consumer of records, kept apart from failures of reading. */
    static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        RuntimeException unwrap() {
            return (RuntimeException) getCause();
        }
    }
}

package org.fazhi.read;

import org.fazhi.model.InputSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.fazhi.error.InputException;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * Reads the rows of one sheet (or CSV file), whatever the format: finds the header row (or two)
 * among the first rows, binds columns to fields, and hands every later row that is a record on
 * as a {@link PendingRecord}, skipping and counting blank, total and footer rows. Rows arrive
 * one at a time; at most {@link #LOOK_AHEAD} rows are held while the header is sought, and
 * footer-like rows only until a record follows them.
 */
final class SheetProcessor {
    /** The header row is sought among this many first non-blank rows. */
    static final int LOOK_AHEAD = 20;
    /**
     * Footer-like rows held at most before they count as records: footers end a table, so a
     * longer run of them is data that happens to begin like one.
     */
    static final int FOOTER_HOLD = 1000;

    private final TypeCatalog catalog;
    private final String file;
    private final String sheet;
    private final boolean date1904;
    private final Consumer<PendingRecord> sink;
    private final boolean countGaps;
    /** Whether the type came from the sheet's (or file's) exact name: then missing columns are an error. */
    private final boolean byExactName;
    private RecordType type;
    private boolean ignored;
    private MergedCells merges = new MergedCells();
    /** The reader adds to the merged ranges as it reads, so having none yet says nothing of later rows. */
    private boolean mergesAsRead;
    /** Listed under the mapping's {@code ignore}: skipped on purpose, rows unread. */
    private final boolean skipped;

    /** Non-blank rows held while the header is sought, with the blank rows just before each. */
    private final List<RowView> pending = new ArrayList<>(LOOK_AHEAD);
    private final List<Integer> blanksBefore = new ArrayList<>(LOOK_AHEAD);
    private int blankRun;
    /** The header row found, waiting for the row below to tell whether it is a two-row header. */
    private RowView header;
    private boolean bound;
    private RecordParser parser;
    private HeaderLayout layout;
    private RepeatedHeader repeatedHeader;
    private int idColumn;
    private MergedValues mergedValues;
    private List<FieldSpec> missing = List.of();
    /** Columns without a heading, and whether a value was seen in each: those are columns after all. */
    private int[] unnamed = new int[0];
    private int[] rowNumberColumns = new int[0];
    private boolean[] unnamedUsed = new boolean[0];
    private final List<Integer> beyondUsed = new ArrayList<>();

    private int lastRow;
    private int blankPending;
    /** Blank rows since the last record or total row, counted once a row that is not blank follows them. */
    private int blankUncounted;
    /** Of those, the ones before the last footer-like row held: counted when it turns out a footer. */
    private int blankBeforeFooter;
    private int blankSkipped;
    private int rows;
    private final List<RowView> footers = new ArrayList<>();
    /** The unit of money the lines above the header state for the amounts ({@code 单位：万元}), or null. */
    private String titleUnit;
    private final List<Integer> summaryRows = new ArrayList<>();

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
        this.byExactName = byName != null && catalog.isExactName(sheet != null ? sheet : stem(file));
        this.date1904 = date1904;
        this.sink = sink;
        this.skipped = sheet != null && catalog.mapping().ignores(sheet);
    }

    /** The merged ranges of the sheet; a reader that knows them gives them before the first row. */
    void merges(MergedCells cells) {
        this.merges = cells;
    }

    /**
     * The merged ranges of the sheet as its reader meets them (HTML, where a cell states its own
     * spans): the reader adds each range, in row order, before it gives the first row the range
     * covers. Header rows wait in the processor for the rows below them, whose ranges are added
     * by then.
     */
    void mergesAsRead(MergedCells cells) {
        this.merges = cells;
        this.mergesAsRead = true;
    }

    void accept(RowView row) throws InputException {
        if (skipped) {
            return;
        }
        if (bound) {
            data(row);
            return;
        }
        if (ignored) {
            return;
        }
        if (header != null) {
            bind(header, row.isBlank() ? null : row);
            if (!layout.twoRows()) {
                data(row);
            }
            return;
        }
        if (row.isBlank()) {
            blankRun++;
            return;
        }
        pending.add(row);
        blanksBefore.add(blankRun);
        blankRun = 0;
        if (type != null && catalog.matches(type, row) >= TypeCatalog.HEADER_MIN) {
            awaitBelow(pending.size() - 1);
        } else if (pending.size() >= LOOK_AHEAD) {
            resolve();
        }
    }

    /** Ends the sheet; returns its summary. */
    InputSummary finish() throws InputException {
        if (skipped) {
            return new InputSummary(file, sheet, null, 0, 0, List.of(), Mapping.IGNORED);
        }
        if (header != null) {
            bind(header, null);
        } else if (!bound) {
            resolve();
            if (header != null) {
                bind(header, null);
            }
        }
        if (ignored || type == null || !bound) {
            String reason = ignored ? "read.ignored.unrecognised" : sheet == null ? "read.ignored.emptyText" : "read.ignored.empty";
            return new InputSummary(file, sheet, type == null ? null : type.key(), 0, 0, List.of(),
                    type == null ? reason : null);
        }
        if (!missing.isEmpty()) {
            return new InputSummary(file, sheet, type.key(), 0, 0, InputSummary.SkippedRows.NONE,
                    layout.unknown(), "read.ignored.missingColumns", missing.stream().map(FieldSpec::key).toList());
        }
        for (RowView footer : footers) {
            summaryRows.add(footer.number());
        }
        footers.clear();
        blankSkipped += blankBeforeFooter;
        summaryRows.sort(null);
        return new InputSummary(file, sheet, type.key(), rows, blankSkipped,
                new InputSummary.SkippedRows(summaryRows.size(), summaryRows), unknownColumns(), null, List.of());
    }

    RecordType type() {
        return type;
    }

    /** Decides type (when the name did not) and header row from the rows held so far. */
    private void resolve() throws InputException {
        if (bound || header != null || pending.isEmpty()) {
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
                awaitBelow(i);
                return;
            }
        }
        // A table of few columns: the first row naming the identifier is the header.
        for (int i = 0; i < pending.size(); i++) {
            if (catalog.hasId(type, pending.get(i))) {
                awaitBelow(i);
                return;
            }
        }
        // No header row at all: every required column is missing.
        List<FieldSpec> required = type.fields().stream().filter(FieldSpec::required).toList();
        if (byExactName) {
            throw missing(required, pending.get(0));
        }
        missing = required;
        layout = new HeaderLayout(catalog, type, pending.get(0), null, merges, date1904);
        pending.clear();
        bound = true;
    }

    /**
     * The header row is found: the row below it decides whether it is a two-row header, so
     * binding waits for that row unless it is held already.
     */
    private void awaitBelow(int index) throws InputException {
        titleUnit = StatedUnits.inTitles(pending.subList(0, index));
        if (index > 0 && blanksBefore.get(index) == 0
                && HeaderLayout.isUpperRow(catalog, type, pending.get(index - 1), pending.get(index), merges, date1904)) {
            bindHeld(pending.get(index - 1), pending.get(index), index + 1);
        } else if (index + 1 < pending.size()) {
            bindHeld(pending.get(index), blanksBefore.get(index + 1) == 0 ? pending.get(index + 1) : null, index + 1);
        } else {
            header = pending.get(index);
            pending.clear();
            blanksBefore.clear();
        }
    }

    /** Binds the header from held rows, then reads the held rows from {@code next} on as data. */
    private void bindHeld(RowView upper, RowView lower, int next) throws InputException {
        List<RowView> after = new ArrayList<>(pending.subList(next, pending.size()));
        List<Integer> blanks = new ArrayList<>(blanksBefore.subList(next, blanksBefore.size()));
        pending.clear();
        blanksBefore.clear();
        bind(upper, lower);
        for (int i = 0; i < after.size(); i++) {
            if (!(layout.twoRows() && after.get(i) == lower)) {
                replay(after.get(i), blanks.get(i));
            }
        }
    }

    private void replay(RowView row, int blanks) {
        if (!countGaps) {
            blankPending += blanks; // a CSV has no row numbers to tell the gap by
        }
        data(row);
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

    /** Binds columns from the header row and, if they form a two-row header, the row below. */
    private void bind(RowView upper, RowView below) throws InputException {
        header = null;
        layout = new HeaderLayout(catalog, type, upper, below, merges, date1904);
        repeatedHeader = new RepeatedHeader(upper, layout.twoRows() ? below : null);
        int headerRow = layout.twoRows() ? below.number() : upper.number();
        lastRow = headerRow;
        bound = true;
        missing = type.fields().stream().filter(f -> f.required() && !layout.binds(f)).toList();
        if (!missing.isEmpty()) {
            if (byExactName) {
                throw missing(missing, upper);
            }
            return; // looks like the type, but is not one of its tables: listed as ignored
        }
        Mapping mapping = catalog.mapping();
        List<RecordParser.Binding> list = new ArrayList<>();
        for (HeaderLayout.Column column : layout.columns()) {
            FieldSpec field = column.field();
            if (field == type.idField()) {
                idColumn = column.column();
            }
            list.add(new RecordParser.Binding(column.column(), upper.columnName(column.column()), field,
                    column.seen(), mapping.values(type.key(), field.key()), scale(field, column, upper, below),
                    new ValuePool()));
        }
        parser = new RecordParser(file, sheet, headerRow, type, date1904,
                list.toArray(new RecordParser.Binding[0]));
        unnamed = layout.unnamed().stream().mapToInt(Integer::intValue).toArray();
        rowNumberColumns = layout.rowNumbers().stream().mapToInt(Integer::intValue).toArray();
        unnamedUsed = new boolean[unnamed.length];
        mergedValues = merges.isEmpty() && !mergesAsRead ? null : new MergedValues(merges);
    }

    /**
     * The factor an amount column's unit states; null for none (or 元). Its header's own unit
     * decides; without one, the unit of money its group heading states, else a title line's.
     */
    private BigDecimal scale(FieldSpec field, HeaderLayout.Column column, RowView header, RowView below)
            throws InputException {
        if (!AmountUnits.isAmount(field)) {
            return null;
        }
        String unit = Text.headerUnit(column.seen());
        if (unit == null) {
            BigDecimal stated = statedScale(column.column(), header, below);
            return stated == null || stated.compareTo(BigDecimal.ONE) == 0 ? null : stated;
        }
        BigDecimal scale = AmountUnits.scale(unit);
        if (scale == null) {
            String col = header.columnName(column.column());
            String row = String.valueOf(header.number());
            if (sheet == null) {
                throw new InputException("read.error.amountUnitCsv", file, row, col, column.seen(), unit);
            }
            throw new InputException("read.error.amountUnit", file, sheet, row, col, column.seen(), unit);
        }
        return scale.compareTo(BigDecimal.ONE) == 0 ? null : scale;
    }

    /** The scale a group heading over the column or a title line states; a unit not of money there says nothing. */
    private BigDecimal statedScale(int column, RowView upper, RowView below) {
        if (layout.twoRows()) {
            String heading = StatedUnits.groupHeading(upper, below, column, merges);
            String unit = heading == null ? null : Text.headerUnit(heading);
            BigDecimal scale = unit == null ? null : AmountUnits.scale(unit);
            if (scale != null) {
                return scale;
            }
        }
        return titleUnit == null ? null : AmountUnits.scale(titleUnit);
    }

    /** Every missing required column in one message, with the header row and the accepted spellings. */
    private InputException missing(List<FieldSpec> fields, RowView near) {
        String list = catalog.listing(type, fields);
        String row = String.valueOf(near == null ? 1 : near.number());
        if (sheet == null) {
            return new InputException("read.error.missingColumnCsv", file, row, list, type.key());
        }
        return new InputException("read.error.missingColumn", file, sheet, row, list, type.key());
    }

    private void data(RowView row) {
        if (parser == null) {
            return; // a sheet that is not read after all: it lacks required columns
        }
        RowView seen = mergedValues == null ? row : mergedValues.fill(row);
        if (isBlank(row)) {
            blankPending++;
            return;
        }
        int gap = countGaps ? row.number() - lastRow - 1 - blankPending : 0;
        blankUncounted += blankPending + Math.max(0, gap);
        blankPending = 0;
        lastRow = row.number();
        // what kind of row it is, the row's own cells tell: not a value merged down into it
        if (SummaryRows.isTotal(row, layout.firstColumn(), idColumn) || SummaryRows.isPageMark(row)
                || repeatedHeader != null && repeatedHeader.repeats(row)) {
            summaryRows.add(row.number());
            countBlanks();
            return;
        }
        if (SummaryRows.isFooterLine(row) || isBanner(row)) {
            footers.add(seen);
            blankBeforeFooter = blankUncounted;
            if (footers.size() <= FOOTER_HOLD) {
                return;
            }
        }
        // a record: footer-like rows before it were records after all
        for (RowView held : footers) {
            record(held);
        }
        if (footers.isEmpty() || footers.get(footers.size() - 1) != seen) {
            record(seen);
        }
        footers.clear();
    }

    /**
     * Whether a data row holds nothing but row numbers: templates number their rows in advance,
     * and a numbered empty row is no case.
     */
    private boolean isBlank(RowView row) {
        for (int c = 0, n = row.width(); c < n; c++) {
            if (row.kind(c) != RowView.CellKind.BLANK && !(isRowNumberColumn(c) && isRowNumber(row, c))) {
                return false;
            }
        }
        return true;
    }

    /** A number, not a word such as 合计 or 填表人：… that a row-number column may hold as well. */
    private static boolean isRowNumber(RowView row, int column) {
        if (row.kind(column) == RowView.CellKind.NUMBER) {
            return true;
        }
        String t = row.kind(column) == RowView.CellKind.TEXT ? Text.trim(row.text(column)) : "";
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return !t.isEmpty();
    }

    private boolean isRowNumberColumn(int column) {
        for (int c : rowNumberColumns) {
            if (c == column) {
                return true;
            }
        }
        return false;
    }

    /** A single text cell merged across the table (at least half of its columns). */
    private boolean isBanner(RowView row) {
        if (mergedValues == null) {
            return false;
        }
        int c = SummaryRows.soleText(row);
        int last = c < 0 ? -1 : mergedValues.spanFrom(c);
        return last > c && (last - c + 1) * 2 >= layout.width() - layout.firstColumn();
    }

    private void record(RowView row) {
        noteUnnamed(row);
        countBlanks();
        rows++;
        RecordParser rowParser = parser;
        try {
            sink.accept(() -> rowParser.parse(row));
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /** The blank rows so far lie between the header and a row that is not blank: they count. */
    private void countBlanks() {
        blankSkipped += blankUncounted;
        blankUncounted = 0;
        blankBeforeFooter = 0;
    }

    /** Marks columns without a heading that hold a value: they are listed as unknown columns. */
    private void noteUnnamed(RowView row) {
        int width = row.width();
        for (int i = 0; i < unnamed.length && unnamed[i] < width; i++) {
            if (!unnamedUsed[i] && row.kind(unnamed[i]) != RowView.CellKind.BLANK) {
                unnamedUsed[i] = true;
            }
        }
        for (int c = layout.width(); c < width; c++) {
            if (row.kind(c) != RowView.CellKind.BLANK && !beyondUsed.contains(c)) {
                beyondUsed.add(c);
            }
        }
    }

    /** Headers that name no field, then columns without a heading that hold values, by their letter. */
    private List<String> unknownColumns() {
        List<String> out = new ArrayList<>(layout.unknown());
        List<Integer> used = new ArrayList<>();
        for (int i = 0; i < unnamed.length; i++) {
            if (unnamedUsed[i]) {
                used.add(unnamed[i]);
            }
        }
        used.addAll(beyondUsed);
        used.sort(null);
        for (int c : used) {
            out.add("(" + (sheet == null ? String.valueOf(c + 1) : Text.columnLetter(c)) + ")");
        }
        return out;
    }

    /** A file's name without its directories and extension: how a text file names its type. */
    private static String stem(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
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

package org.fazhi.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.error.InputException;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;

/**
 * Reads the rows of a table whose columns are named by field — a Parquet or JSON table, a
 * database table — into records of one type. Each column is bound to the field its name names,
 * as a header cell would name it (the field key, its Chinese header, or a spelling the mapping
 * gives); each cell then goes through the same value parsing as a cell of a sheet, the mapping's
 * value words included, so a bad value is the same DQ finding. Cells may be typed
 * ({@link TableRow}). A table has no title rows, units or total rows: every row is a record.
 * Immutable once bound, so rows may be parsed on any thread.
 */
public final class TableInput {
    private final String table;
    private final RecordType type;
    private final String[] names;
    private final RecordParser parser;
    private final List<String> unknown;
    private final boolean everyField;
    private final String idColumn;

    private TableInput(String table, RecordType type, String[] names, RecordParser parser, List<String> unknown,
                       boolean everyField, String idColumn) {
        this.table = table;
        this.type = type;
        this.names = names;
        this.parser = parser;
        this.unknown = unknown;
        this.everyField = everyField;
        this.idColumn = idColumn;
    }

    /**
     * Binds a table's columns to the fields of its type.
     *
     * @param table   how findings name the table (its path, URL or name)
     * @param columns the table's column names, in the order its rows give their cells
     * @throws InputException when a required field has no column: one message listing them all
     */
    public static TableInput bind(Mapping mapping, String table, RecordType type, List<String> columns)
            throws InputException {
        TypeCatalog catalog = new TypeCatalog(mapping);
        List<RecordParser.Binding> bindings = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        Set<FieldSpec> bound = new HashSet<>();
        String idColumn = null;
        for (int c = 0; c < columns.size(); c++) {
            String name = columns.get(c);
            FieldSpec field = catalog.field(type, name);
            // a second column naming a field already bound is kept as the sheet reader keeps it: unknown
            if (field == null || !bound.add(field)) {
                unknown.add(name);
                continue;
            }
            if (field == type.idField()) {
                idColumn = name;
            }
            bindings.add(new RecordParser.Binding(c, name, field, name, mapping.values(type.key(), field.key()),
                    null, new ValuePool()));
        }
        List<FieldSpec> missing = type.fields().stream().filter(f -> f.required() && !bound.contains(f)).toList();
        if (!missing.isEmpty()) {
            throw new InputException("read.error.missingColumnTable", table, catalog.listing(type, missing),
                    type.key());
        }
        // the columns' row is row 0: a table has no header row, and its records are rows 1 on
        RecordParser parser = new RecordParser(table, null, 0, type, false,
                bindings.toArray(new RecordParser.Binding[0]));
        return new TableInput(table, type, columns.toArray(new String[0]), parser, List.copyOf(unknown),
                bound.size() == type.fields().size(), idColumn);
    }

    /**
     * The record of one row.
     *
     * @param row   the row's number, as findings name it
     * @param cells the row's cells in column order: null, text, a number, a boolean, or a date
     *              or time ({@code LocalDate}, {@code LocalDateTime}), shown by their ISO text
     */
    public Record parse(int row, Object[] cells) {
        return parser.parse(new TableRow(row, cells, names));
    }

    /** The columns that name no field (or a field another column names), as they are named. */
    public List<String> unknownColumns() {
        return unknown;
    }

    /**
     * Whether every field of the type has a column. When one has none, DQ-007 counts the table's
     * records as a whole, so they must all be evaluated together, as the records of a sheet are.
     */
    public boolean hasEveryField() {
        return everyField;
    }

    /** The column that holds the record's identifier. */
    public String idColumn() {
        return idColumn;
    }

    public RecordType type() {
        return type;
    }

    /** What was read from the table: its rows and unknown columns, and its format ({@code parquet}, {@code jdbc}…). */
    public InputSummary summary(int rows, String format) {
        return new InputSummary(table, null, type.key(), rows, 0, InputSummary.SkippedRows.NONE, unknown, null,
                List.of(), format, false);
    }
}

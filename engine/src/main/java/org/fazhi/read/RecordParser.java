package org.fazhi.read;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.fazhi.i18n.Lang;
import org.fazhi.model.AcceptedValues;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.SheetColumns;
import org.fazhi.model.SourceRef;

/**
 * Turns the data rows of one sheet (or CSV file) into records, once its header has bound columns
 * to fields. Immutable, so the rows of a sheet may be parsed on several threads while it is read.
 */
final class RecordParser {
    /** The most characters an Excel cell holds. */
    static final int MAX_CELL = 32_767;
    /** How much of a cut cell a finding shows. */
    private static final int SHOWN = 50;
    private final String file;
    private final String sheet;
    private final RecordType type;
    private final boolean date1904;
    private final Binding[] bindings;
    private final SheetColumns columns;

    /**
     * One column bound to one field; the column as messages name it (a letter, or a number in
     * CSV); the scale its header's unit states for an amount (null for none).
     */
    record Binding(int column, String columnName, FieldSpec field, String header, Map<String, String> words,
                   BigDecimal scale, ValuePool pool) {
    }

    RecordParser(String file, String sheet, int headerRow, RecordType type, boolean date1904, Binding[] bindings) {
        this.file = file;
        this.sheet = sheet;
        this.type = type;
        this.date1904 = date1904;
        this.bindings = bindings.clone();
        // shared by every record of the sheet: which blanks are blank cells, which are missing columns
        this.columns = new SheetColumns(type, new SourceRef(file, sheet, headerRow),
                Arrays.stream(bindings).map(Binding::field).toList());
    }

    /** The record of a non-blank data row; cells that hold no valid value become its problems. */
    Record parse(RowView row) {
        Record record = type.newRecord(new SourceRef(file, sheet, row.number()), columns);
        int width = row.width();
        for (Binding b : bindings) {
            RowView.CellKind kind = b.column < width ? row.kind(b.column) : RowView.CellKind.BLANK;
            String text = kind == RowView.CellKind.BLANK ? null : row.text(b.column);
            if (text != null && text.length() > MAX_CELL) {
                // longer than Excel lets a cell be: a broken export, kept cut as Excel would show it
                text = text.substring(0, MAX_CELL);
                record.addProblem(new CellProblem(b.field.key(), b.columnName, b.header,
                        text.substring(0, SHOWN) + "…", CellProblem.Kind.TOO_LONG,
                        AcceptedValues.describe(b.field, CellProblem.Kind.TOO_LONG, Lang.ZH)));
            }
            ValueParser.Result result = ValueParser.parse(b.field, kind, text, date1904, b.words, b.scale);
            if (result.problem() != null) {
                record.addProblem(new CellProblem(b.field.key(), b.columnName, b.header,
                        Text.trim(ValueParser.asText(kind, text, date1904)), result.problem(),
                        ValueParser.expected(b.field)));
            } else if (result.value() instanceof String value) {
                b.field.set(record, b.pool.share(value));
            } else if (result.value() != null) {
                b.field.set(record, result.value());
            } else if (b.field.required()) {
                record.addProblem(new CellProblem(b.field.key(), b.columnName, b.header, null,
                        CellProblem.Kind.REQUIRED_BLANK, ValueParser.expected(b.field)));
            }
        }
        return record;
    }
}

package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SheetColumns;
import org.fazhi.model.SourceRef;

/**
 * Builds a record for a rule test from canonical spellings: ISO dates, 是/否, plain numbers and
 * 、-separated sets. Each record gets its own row so that findings can be told apart.
 */
public final class Rec {
    private static int nextRow = 2;

    private final RecordType type;
    private final Map<String, String> values = new LinkedHashMap<>();
    private final java.util.List<CellProblem> problems = new java.util.ArrayList<>();
    private int row = nextRow++;
    private SheetColumns sheet;

    private Rec(String typeKey) {
        this.type = RecordTypes.byKey(typeKey).orElseThrow();
    }

    public static Rec of(String typeKey) {
        return new Rec(typeKey);
    }

    /** Sets a field by its canonical key; null or "" leaves it blank. */
    public Rec with(String key, String value) {
        if (!type.hasField(key)) {
            throw new IllegalArgumentException(type.key() + " has no field " + key);
        }
        values.put(key, value);
        return this;
    }

    /** Removes a field set before (to derive a variant from a valid record). */
    public Rec without(String key) {
        values.remove(key);
        return this;
    }

    public Rec problem(CellProblem problem) {
        problems.add(problem);
        return this;
    }

    public Rec row(int row) {
        this.row = row;
        return this;
    }

    /** Reads the record from a sheet with these columns (unless set, every field has a column). */
    public Rec in(SheetColumns sheet) {
        this.sheet = sheet;
        return this;
    }

    /** A sheet of this file and name, header in row 1, with a column for every field of the type but these. */
    public static SheetColumns sheetWithout(String typeKey, String file, String sheetName, String... absent) {
        RecordType type = RecordTypes.byKey(typeKey).orElseThrow();
        java.util.List<String> missing = java.util.List.of(absent);
        return new SheetColumns(type, new SourceRef(file, sheetName, 1),
                type.fields().stream().filter(f -> !missing.contains(f.key())).toList());
    }

    public Rec copy() {
        Rec copy = new Rec(type.key());
        copy.values.putAll(values);
        return copy;
    }

    public Record build() {
        Record record = sheet == null ? type.newRecord(new SourceRef("test.xlsx", type.name(), row))
                : type.newRecord(new SourceRef(sheet.header().file(), sheet.header().sheet(), row), sheet);
        for (Map.Entry<String, String> entry : values.entrySet()) {
            FieldSpec field = type.field(entry.getKey()).orElseThrow();
            String text = entry.getValue();
            if (text != null && !text.isEmpty()) {
                field.set(record, parse(field, text));
            }
        }
        problems.forEach(record::addProblem);
        return record;
    }

    private static Object parse(FieldSpec field, String text) {
        return switch (field.type()) {
            case TEXT, ENUM -> text;
            case DATE -> LocalDate.parse(text);
            case BOOL -> switch (text) {
                case "是" -> Boolean.TRUE;
                case "否" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("bool must be 是 or 否: " + text);
            };
            case INT -> Integer.valueOf(text);
            case DECIMAL -> new BigDecimal(text);
            case SET -> java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(text.split("、"))));
        };
    }
}

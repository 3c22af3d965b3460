package org.fazhi.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record type of records.md, derived from the {@link Kind} and {@link Column} annotations of
 * its class: key, names, sheet aliases and the ordered field declarations.
 */
public final class RecordType {
    /** The key of the agency field, kept in lean copies when the type declares one. */
    private static final String AGENCY = "agency";
    private final String key;
    private final String name;
    private final String nameEn;
    private final String clause;
    private final List<String> sheetNames;
    private final Class<? extends Record> recordClass;
    private final Constructor<? extends Record> constructor;
    private final Map<String, FieldSpec> fields;
    // Asked for on every record (DQ-006's dates, the identifier): kept, not derived each time.
    private final List<FieldSpec> fieldList;
    private final FieldSpec[] pastDates;
    private final FieldSpec idField;

    RecordType(Class<? extends Record> recordClass) {
        Kind kind = recordClass.getAnnotation(Kind.class);
        this.key = kind.key();
        this.name = kind.name();
        this.nameEn = kind.nameEn();
        this.clause = kind.clause();
        List<String> names = new ArrayList<>(List.of(kind.key(), kind.name()));
        names.addAll(List.of(kind.aliases()));
        this.sheetNames = List.copyOf(names);
        this.recordClass = recordClass;
        Map<String, FieldSpec> declared = new LinkedHashMap<>();
        for (Field field : recordClass.getDeclaredFields()) {
            Column column = field.getAnnotation(Column.class);
            if (column != null) {
                declared.put(column.key(), new FieldSpec(field, column));
            }
        }
        this.fields = Collections.unmodifiableMap(declared);
        this.fieldList = List.copyOf(declared.values());
        this.pastDates = fieldList.stream().filter(f -> f.type() == FieldType.DATE && !f.mayBeFuture())
                .toArray(FieldSpec[]::new);
        this.idField = fieldList.stream().filter(FieldSpec::required).findFirst().orElseThrow(
                () -> new IllegalStateException(recordClass + " declares no required field"));
        try {
            this.constructor = recordClass.getDeclaredConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(recordClass + " needs a no-argument constructor", e);
        }
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public String nameEn() {
        return nameEn;
    }

    public String clause() {
        return clause;
    }

    /** The key, the Chinese name and the aliases: every sheet name this type is recognised by. */
    public List<String> sheetNames() {
        return sheetNames;
    }

    public Class<? extends Record> recordClass() {
        return recordClass;
    }

    /** Fields in declaration (= records.md) order. */
    public List<FieldSpec> fields() {
        return fieldList;
    }

    public Optional<FieldSpec> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The field of this key, which the caller knows the type declares. */
    public FieldSpec requireField(String key) {
        FieldSpec field = fields.get(key);
        if (field == null) {
            throw new IllegalArgumentException(this.key + " has no field " + key);
        }
        return field;
    }

    /** The date fields whose date cannot lie ahead of the as-of date (not deadlines or validity ends), in order. */
    FieldSpec[] pastDates() {
        return pastDates;
    }

    public boolean hasField(String key) {
        return fields.containsKey(key);
    }

    /** The identifier: the first required field. */
    public FieldSpec idField() {
        return idField;
    }

    /**
     * A new record from the same row holding only its required fields (the identifier, for
     * {@code agency} the pair agency and year), its agency and the fields of these keys (the
     * others are blank).
     */
    public Record copyOf(Record record, Collection<String> keys) {
        Record copy = newRecord(record.getSource(), record.columns());
        for (FieldSpec field : fieldList) {
            if (field.required()) {
                field.set(copy, field.get(record));
            }
        }
        field(AGENCY).ifPresent(agency -> agency.set(copy, agency.get(record)));
        for (String key : keys) {
            FieldSpec field = requireField(key);
            field.set(copy, field.get(record));
        }
        return copy;
    }

    /** A new record from the same row and sheet with every field of this one (its problems are not copied). */
    public Record copyOf(Record record) {
        Record copy = newRecord(record.getSource(), record.columns());
        for (FieldSpec field : fieldList) {
            field.set(copy, field.get(record));
        }
        return copy;
    }

    public Record newRecord(SourceRef source) {
        return newRecord(source, null);
    }

    /** A new blank record read from a sheet with these columns. */
    public Record newRecord(SourceRef source, SheetColumns columns) {
        try {
            Record record = constructor.newInstance();
            record.init(source, this, columns);
            return record;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + key, e);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}

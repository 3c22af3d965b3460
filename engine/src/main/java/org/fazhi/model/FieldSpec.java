package org.fazhi.model;

import java.lang.reflect.Field;
import java.util.List;

/**
 * One declared field of a record type (from its {@link Column} annotation), with fast access
 * to the value on a record.
 */
public final class FieldSpec {
    private final String key;
    private final String header;
    private final FieldType type;
    private final boolean required;
    private final List<String> words;
    private final String meaning;
    private final boolean mayBeFuture;
    private final Field field;

    FieldSpec(Field field, Column column) {
        this.key = column.key();
        this.header = column.header();
        this.words = List.of(column.values());
        this.type = FieldType.of(field.getType(), !words.isEmpty());
        this.required = column.required();
        this.meaning = column.meaning();
        this.mayBeFuture = column.mayBeFuture();
        // Reflective access, not a VarHandle: a VarHandle held in an instance field is not a
        // constant to the JIT, and its generic invocation costs many times a field accessor's.
        field.setAccessible(true);
        this.field = field;
    }

    public String key() {
        return key;
    }

    public String header() {
        return header;
    }

    public FieldType type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    /** The accepted words of an enum or set field; empty when any text is accepted. */
    public List<String> words() {
        return words;
    }

    public String meaning() {
        return meaning;
    }

    /** A date that may lie in the future (a deadline, a validity end), so not a DQ-006 finding. */
    public boolean mayBeFuture() {
        return mayBeFuture;
    }

    public Object get(Record record) {
        try {
            return field.get(record);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    public void set(Record record, Object value) {
        try {
            field.set(record, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + field, e);
        }
    }

    @Override
    public String toString() {
        return key;
    }
}

package org.fazhi.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one field of a record type, exactly once: its canonical key, its Chinese header,
 * whether it is required and, for enum and set fields, the words it accepts. The field's
 * Java type decides its value type (see {@link FieldType}). Reading, data-quality checks,
 * the template workbook and the docs all derive from this declaration.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {
    /** Canonical key, as in records.md (e.g. {@code decision_date}). */
    String key();

    /** Chinese header, as in records.md (e.g. {@code 决定日期}). */
    String header();

    /** A blank value is a DQ-001 finding. */
    boolean required() default false;

    /** Accepted words of an enum field (String) or a set field (Set); empty = free text. */
    String[] values() default {};

    /**
     * A date that may lie after the as-of date by its nature (a deadline, the end of a validity):
     * such a date is not impossible chronology (DQ-006).
     */
    boolean mayBeFuture() default false;

    /** One-line meaning, for the template comments and the docs. */
    String meaning() default "";
}

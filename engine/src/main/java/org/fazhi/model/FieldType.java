package org.fazhi.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** The value types of records.md. */
public enum FieldType {
    TEXT, DATE, BOOL, INT, DECIMAL, SET, ENUM;

    /** The type a declared Java field stands for; enum vs text is decided by declared words. */
    static FieldType of(Class<?> javaType, boolean hasWords) {
        if (javaType == String.class) {
            return hasWords ? ENUM : TEXT;
        }
        if (javaType == LocalDate.class) {
            return DATE;
        }
        if (javaType == Boolean.class) {
            return BOOL;
        }
        if (javaType == Integer.class) {
            return INT;
        }
        if (javaType == BigDecimal.class) {
            return DECIMAL;
        }
        if (Set.class.isAssignableFrom(javaType)) {
            return SET;
        }
        throw new IllegalArgumentException("no field type for " + javaType);
    }
}

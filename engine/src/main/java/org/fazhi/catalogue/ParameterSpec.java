package org.fazhi.catalogue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A rule parameter of docs/spec/rules.md with its default.
 *
 * @param name         the name used in {@code --params} files and messages
 * @param defaultValue the default: a {@link BigDecimal}, a {@link Boolean}, a list of words or a {@link LocalDate}
 * @param type         what values it takes
 * @param description  what it means
 */
public record ParameterSpec(String name, Object defaultValue, Type type, Text description) {
    /** The kinds of value a parameter takes. */
    public enum Type {
        /** A whole number not below 0: days, years, counts. */
        INTEGER,
        /** A number not below 0 that may have a fraction: amounts, hours, years in months. */
        DECIMAL,
        /** Yes or no. */
        FLAG,
        /** A list of words, such as 执法领域 names. */
        WORDS,
        /** A day, such as the date a regulation took effect. */
        DATE;

        @JsonValue
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ParameterSpec {
        defaultValue = canonical(name, defaultValue, type);
    }

    @JsonCreator
    static ParameterSpec of(@JsonProperty("name") String name, @JsonProperty("defaultValue") Object defaultValue,
                            @JsonProperty("type") Type type, @JsonProperty("description") Text description) {
        return new ParameterSpec(name, defaultValue, type, description);
    }

    /** A parameter's value as reports show it: numbers plainly, lists joined by 、, dates as ISO. */
    public static String spell(Object value) {
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof List<?> words) {
            return words.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return String.valueOf(value);
    }

    /** The catalogue's default in the one Java type each kind uses. */
    private static Object canonical(String name, Object value, Type type) {
        if (type == null) {
            throw new IllegalStateException("parameter " + name + " has no type");
        }
        return switch (type) {
            case INTEGER, DECIMAL -> value instanceof BigDecimal d ? d : new BigDecimal(String.valueOf(value));
            case FLAG -> {
                if (!(value instanceof Boolean)) {
                    throw new IllegalStateException("parameter " + name + ": default is not true or false");
                }
                yield value;
            }
            case WORDS -> {
                if (!(value instanceof List<?> list)) {
                    throw new IllegalStateException("parameter " + name + ": default is not a list");
                }
                yield list.stream().map(String::valueOf).toList();
            }
            case DATE -> LocalDate.parse(String.valueOf(value));
        };
    }
}

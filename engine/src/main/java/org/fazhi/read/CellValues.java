package org.fazhi.read;

import java.util.Map;
import java.util.Optional;
import org.fazhi.model.FieldSpec;
import org.fazhi.read.RowView.CellKind;

/**
 * One cell's text read as a field's value with the spellings of records ({@code 是}, {@code 1.2万},
 * dates), for the places outside an export that hold values: rule pack decision tables and
 * test cases.
 */
public final class CellValues {
    private CellValues() {
    }

    /** The value, empty when the text is blank or does not fit the field's type. */
    public static Optional<Object> parse(FieldSpec field, String text, boolean number) {
        if (text == null || Text.isBlank(text)) {
            return Optional.empty();
        }
        ValueParser.Result result = ValueParser.parse(field, number ? CellKind.NUMBER : CellKind.TEXT,
                text, false, Map.of());
        return Optional.ofNullable(result.value());
    }

    /** What the field accepts, in words, for a message. */
    public static String expected(FieldSpec field) {
        return ValueParser.expected(field);
    }

    /** A header as compared: no white space, case or width differences, no unit in brackets. */
    public static String header(String text) {
        return Text.header(text);
    }

    /** The column letters of a zero-based column index ({@code 0} → {@code A}). */
    public static String columnLetter(int index) {
        return Text.columnLetter(index);
    }
}

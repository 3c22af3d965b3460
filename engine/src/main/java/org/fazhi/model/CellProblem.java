package org.fazhi.model;

import java.io.Serializable;

/**
 * A cell that could not become a value: a blank required field (DQ-001) or a value that does
 * not parse as its type or is not a known word (DQ-002). The field is left absent on the
 * record (a text longer than a cell holds keeps its first 32,767 characters); the rest of the
 * row is still checked.
 *
 * @param field    canonical key of the field
 * @param column   the column as the spreadsheet names it (e.g. {@code F}), or the CSV column number
 * @param header   the header text as it appeared in the export (null when the column is missing)
 * @param raw      the raw cell text (null when blank)
 * @param kind     what is wrong
 * @param expected what would have been accepted, in words a person can act on
 */
public record CellProblem(String field, String column, String header, String raw, Kind kind, String expected)
        implements Serializable {

    /** What is wrong with the cell. */
    public enum Kind {
        /** A required field is blank or its column is absent (DQ-001). */
        REQUIRED_BLANK,
        /** A value does not parse as its type (DQ-002). */
        UNPARSEABLE,
        /** An enum or set value is not one of the known words (DQ-002). */
        UNKNOWN_WORD,
        /** A text longer than an Excel cell holds (32,767 characters), kept cut to that length (DQ-002). */
        TOO_LONG,
        /** A formula the file was saved without the result of (DQ-002): its value is unknown, not blank. */
        NO_RESULT
    }

    public boolean isRequiredBlank() {
        return kind == Kind.REQUIRED_BLANK;
    }
}

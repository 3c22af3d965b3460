package org.fazhi.read;

import java.util.List;

/**
 * What was read from one sheet or CSV file.
 *
 * @param file             the file as given (inside a directory argument: the directory joined
 *                         with the relative path), with {@code /} separators
 * @param sheet            the sheet name, null for CSV
 * @param recordType       the record type key, null when the sheet was not recognised
 * @param rows             records read
 * @param blankRowsSkipped blank rows between the header and the last record
 * @param unknownColumns   headers that name no field (kept, ignored by rules), as seen
 * @param ignoredReason    null when read; else a message key ({@code read.ignored.*}) saying why not
 */
public record InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                           List<String> unknownColumns, String ignoredReason) {
    public InputSummary {
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** A whole file not read, for this reason ({@code read.ignored.*}). */
    static InputSummary ignored(String file, String reason) {
        return new InputSummary(file, null, null, 0, 0, List.of(), reason);
    }
}

package org.fazhi.read;

import java.util.List;

/**
 * What was read from one sheet or CSV file.
 *
 * @param file               the file as given (inside a directory argument: the directory joined
 *                           with the relative path), with {@code /} separators
 * @param sheet              the sheet name, null for CSV
 * @param recordType         the record type key; null when the sheet was not recognised (a sheet
 *                           that looks like a type but lacks its required columns keeps that type,
 *                           with an {@code ignoredReason})
 * @param rows               records read
 * @param blankRowsSkipped   blank rows between the header and the last record
 * @param summaryRowsSkipped total, subtotal and footer rows skipped (never records)
 * @param unknownColumns     headers that name no field (kept, ignored by rules), as seen
 * @param ignoredReason      null when read; else a message key ({@code read.ignored.*}) saying why not
 * @param missingColumns     for {@code read.ignored.missingColumns}: the keys of the required fields
 *                           the sheet lacks; else empty
 */
public record InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                           SkippedRows summaryRowsSkipped, List<String> unknownColumns, String ignoredReason,
                           List<String> missingColumns) {
    public InputSummary {
        summaryRowsSkipped = summaryRowsSkipped == null ? SkippedRows.NONE : summaryRowsSkipped;
        unknownColumns = List.copyOf(unknownColumns);
        missingColumns = missingColumns == null ? List.of() : List.copyOf(missingColumns);
    }

    /** A sheet without summary rows and, when ignored, for another reason than missing columns. */
    public InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                        List<String> unknownColumns, String ignoredReason) {
        this(file, sheet, recordType, rows, blankRowsSkipped, SkippedRows.NONE, unknownColumns, ignoredReason,
                List.of());
    }

    /** Whether the sheet was left unread (unrecognised, empty, or lacking required columns). */
    public boolean ignored() {
        return ignoredReason != null || recordType == null;
    }

    /**
     * Rows skipped as not being records, by count and by 1-based row number (CSV: line).
     *
     * @param count how many
     * @param rows  their numbers, ascending
     */
    public record SkippedRows(int count, List<Integer> rows) {
        public static final SkippedRows NONE = new SkippedRows(0, List.of());

        public SkippedRows {
            rows = List.copyOf(rows);
        }
    }
}

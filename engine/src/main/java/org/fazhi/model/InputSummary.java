package org.fazhi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
import java.util.List;

/**
 * What was read from one sheet or text file.
 *
 * @param file               the file as given (inside a directory argument: the directory joined
 *                           with the relative path), with {@code /} separators
 * @param sheet              the sheet name, null for a text file
 * @param recordType         the record type key; null when the sheet was not recognised (a sheet
 *                           that looks like a type but lacks its required columns keeps that type,
 *                           with an {@code ignoredReason})
 * @param rows               records read
 * @param blankRowsSkipped   blank rows between the header and the last record
 * @param summaryRowsSkipped total, subtotal, footer, page-mark and repeated header rows skipped (never records)
 * @param unknownColumns     headers that name no field (kept, ignored by rules), as seen
 * @param ignoredReason      null when read; else a message key ({@code read.ignored.*}) saying why not
 * @param missingColumns     for {@code read.ignored.missingColumns}: the keys of the required fields
 *                           the sheet lacks; else empty
 * @param format             what the file really is ({@link FileFormat#key()}), whatever its name says
 * @param hidden             whether the sheet is hidden (or very hidden) in its workbook; a report
 *                           says so only when it is
 */
public record InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                           SkippedRows summaryRowsSkipped, List<String> unknownColumns, String ignoredReason,
                           List<String> missingColumns, String format,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hidden)
        implements Serializable {
    public InputSummary {
        summaryRowsSkipped = summaryRowsSkipped == null ? SkippedRows.NONE : summaryRowsSkipped;
        unknownColumns = List.copyOf(unknownColumns);
        missingColumns = missingColumns == null ? List.of() : List.copyOf(missingColumns);
    }

    /** A sheet without summary rows and, when ignored, for another reason than missing columns. */
    public InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                        List<String> unknownColumns, String ignoredReason) {
        this(file, sheet, recordType, rows, blankRowsSkipped, SkippedRows.NONE, unknownColumns, ignoredReason,
                List.of(), null, false);
    }

    /** A summary of a sheet read from a file whose format is not said (as a sheet processor knows it). */
    public InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                        SkippedRows summaryRowsSkipped, List<String> unknownColumns, String ignoredReason,
                        List<String> missingColumns) {
        this(file, sheet, recordType, rows, blankRowsSkipped, summaryRowsSkipped, unknownColumns, ignoredReason,
                missingColumns, null, false);
    }

    /** This summary with the file's real format and the sheet's visibility. */
    public InputSummary in(FileFormat real, boolean hiddenSheet) {
        return new InputSummary(file, sheet, recordType, rows, blankRowsSkipped, summaryRowsSkipped, unknownColumns,
                ignoredReason, missingColumns, real.key(), hiddenSheet);
    }

    /** A file that holds no table fazhi reads, skipped inside a directory. */
    public static InputSummary skipped(String file, FileFormat real) {
        return new InputSummary(file, null, null, 0, 0, SkippedRows.NONE, List.of(), "read.ignored.format", List.of(),
                real.key(), false);
    }

    /** A file of no bytes at all, skipped inside a directory. */
    public static InputSummary emptyFile(String file) {
        return new InputSummary(file, null, null, 0, 0, SkippedRows.NONE, List.of(), "read.ignored.emptyFile", List.of(),
                null, false);
    }

    /** Whether the sheet was left unread (unrecognised, empty, or lacking required columns). */
    public boolean ignored() {
        return ignoredReason != null || recordType == null;
    }

    /** Whether the file's name says another format than its content (an HTML table named .xls). */
    public boolean disguised() {
        FileFormat real = FileFormat.byKey(format);
        return real != null && real.readable() && !real.namedAs(file);
    }

    /**
     * Rows skipped as not being records, by count and by 1-based row number (CSV: line).
     *
     * @param count how many
     * @param rows  their numbers, ascending
     */
    public record SkippedRows(int count, List<Integer> rows) implements Serializable {
        public static final SkippedRows NONE = new SkippedRows(0, List.of());

        public SkippedRows {
            rows = List.copyOf(rows);
        }
    }

    /** A whole file not read, for this reason ({@code read.ignored.*}). */
    public static InputSummary ignored(String file, String reason) {
        return new InputSummary(file, null, null, 0, 0, List.of(), reason);
    }
}

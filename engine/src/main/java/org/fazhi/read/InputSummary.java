package org.fazhi.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What was read from one sheet or text file.
 *
 * @param file             the file as given (inside a directory argument: the directory joined
 *                         with the relative path), with {@code /} separators
 * @param sheet            the sheet name, null for a text file
 * @param recordType       the record type key, null when the sheet was not recognised
 * @param rows             records read
 * @param blankRowsSkipped blank rows between the header and the last record
 * @param unknownColumns   headers that name no field (kept, ignored by rules), as seen
 * @param ignoredReason    null when read; else a message key ({@code read.ignored.*}) saying why not
 * @param format           what the file really is ({@link FileFormat#key()}), whatever its name says
 * @param hidden           whether the sheet is hidden (or very hidden) in its workbook; a report
 *                         says so only when it is
 */
public record InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                           List<String> unknownColumns, String ignoredReason, String format,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean hidden) {
    public InputSummary {
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** A summary of a sheet read from a file whose format is not said (reports written by hand). */
    public InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                        List<String> unknownColumns, String ignoredReason) {
        this(file, sheet, recordType, rows, blankRowsSkipped, unknownColumns, ignoredReason, null, false);
    }

    /** This summary with the file's real format and the sheet's visibility. */
    InputSummary in(FileFormat real, boolean hiddenSheet) {
        return new InputSummary(file, sheet, recordType, rows, blankRowsSkipped, unknownColumns, ignoredReason,
                real.key(), hiddenSheet);
    }

    /** A file that holds no table fazhi reads, skipped inside a directory. */
    static InputSummary skipped(String file, FileFormat real) {
        return new InputSummary(file, null, null, 0, 0, List.of(), "read.ignored.format", real.key(), false);
    }

    /** Whether the file's name says another format than its content (an HTML table named .xls). */
    public boolean disguised() {
        FileFormat real = FileFormat.byKey(format);
        return real != null && real.readable() && !real.namedAs(file);
    }
}

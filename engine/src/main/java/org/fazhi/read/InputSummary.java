package org.fazhi.read;

import java.util.List;

/**
 * What was read from one sheet (or one CSV file): the record type it held, how many data rows
 * and how many blank rows were skipped, the columns nobody asked for, or why it was ignored.
 *
 * @param file             the file as named on the command line (or below a directory argument)
 * @param sheet            the sheet name; null for CSV
 * @param recordType       the record type key; null when the sheet was not recognised
 * @param rows             data rows read (each became a record)
 * @param blankRowsSkipped blank rows skipped
 * @param unknownColumns   headers that match no field; kept in the report, ignored by rules
 * @param ignoredReason    message key saying why the sheet was not read, else null
 */
public record InputSummary(String file, String sheet, String recordType, int rows, int blankRowsSkipped,
                           List<String> unknownColumns, String ignoredReason) {
}

package org.fazhi.model;

import java.io.Serializable;

/**
 * Where a record came from: file (as given on the command line, or relative to a directory
 * argument), sheet (null for CSV) and the 1-based row as a spreadsheet program shows it
 * (for CSV: the line the record starts on).
 */
public record SourceRef(String file, String sheet, int row) implements Comparable<SourceRef>, Serializable {

    @Override
    public int compareTo(SourceRef other) {
        int c = file.compareTo(other.file);
        if (c != 0) {
            return c;
        }
        c = nullsFirst(sheet, other.sheet);
        if (c != 0) {
            return c;
        }
        return Integer.compare(row, other.row);
    }

    private static int nullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    @Override
    public String toString() {
        return sheet == null ? file + ":" + row : file + " [" + sheet + "] " + row;
    }
}

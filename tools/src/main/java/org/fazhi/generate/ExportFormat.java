package org.fazhi.generate;

import java.util.Locale;

/** The file formats an export is written in. */
public enum ExportFormat {
    /** A directory with one CSV file per record type: UTF-8 in the tidy layout, GBK in the messy one. */
    CSV(Integer.MAX_VALUE),
    /** One Office Open XML workbook, a sheet per record type. */
    XLSX(1_048_576),
    /** One BIFF8 workbook (Excel 97–2003), a sheet per record type. */
    XLS(PoiGrid.XLS_ROWS),
    /**
     * One HTML page, a table per record type, as systems export "to Excel" (often under an
     * {@code .xls} name): UTF-8 in the tidy layout, GBK in the messy one, as older systems write.
     */
    HTML(Integer.MAX_VALUE);

    private final int maxRows;

    ExportFormat(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The most rows one sheet (table, file) of the format holds. */
    public int maxRows() {
        return maxRows;
    }

    /** The lower-case name, as {@code --format} takes it. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code csv}, {@code xlsx}, {@code xls} or {@code html}, any case; null for anything else. */
    public static ExportFormat parse(String text) {
        for (ExportFormat format : values()) {
            if (format.key().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}

package org.fazhi.model;

import java.util.Locale;
import java.util.Set;

/**
 * What a file really is, judged by its content ({@link FormatSniffer}), and whether fazhi reads
 * it. The key names the format in reports ({@code format} of an input) and in message keys:
 * {@code format.<key>} is its name for people, {@code read.refused.<key>} the refusal of a format
 * that is not read.
 */
public enum FileFormat {
    XLSX("xlsx", true, "xlsx", "xlsm", "xltx", "xltm"),
    XLS("xls", true, "xls", "et", "xlt", "ett"),
    HTML("html", true, "htm", "html", "xhtml"),
    SPREADSHEETML("spreadsheetml", true, "xml"),
    TEXT("text", true, "csv", "tsv", "txt", "tab"),
    /** An OLE2 or zip file encrypted with a password to open it. */
    ENCRYPTED("encrypted", false),
    /** Excel 5.0/95 (BIFF5) and the BIFF2–4 worksheets before it. */
    OLD_EXCEL("oldExcel", false),
    XLSB("xlsb", false, "xlsb"),
    ODS("ods", false, "ods", "fods"),
    PDF("pdf", false, "pdf"),
    WORD("word", false, "doc", "docx", "wps", "rtf"),
    IMAGE("image", false, "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff"),
    /** A zip archive without a workbook inside. */
    ZIP("zip", false, "zip"),
    /** A zip whose entries would expand far beyond any real workbook: refused unread. */
    ZIP_BOMB("zipBomb", false),
    /** A web page saved as one file (MIME HTML). */
    MHT("mht", false, "mht", "mhtml"),
    /** An OLE2 container or XML document that is none of the above. */
    OTHER_OFFICE("otherOffice", false),
    OTHER_XML("otherXml", false),
    /** Anything else: a binary file of unknown kind. */
    UNKNOWN("unknown", false);

    private final String key;
    private final boolean readable;
    private final Set<String> extensions;

    FileFormat(String key, boolean readable, String... extensions) {
        this.key = key;
        this.readable = readable;
        this.extensions = Set.of(extensions);
    }

    public String key() {
        return key;
    }

    /** Whether fazhi reads files of this format. */
    public boolean readable() {
        return readable;
    }

    /** Whether a file of this name is expected to hold this format (by its extension, case-insensitively). */
    public boolean namedAs(String fileName) {
        return extensions.contains(extension(fileName));
    }

    /** The format of a report's {@code format} key, or null for an unknown key. */
    public static FileFormat byKey(String key) {
        for (FileFormat format : values()) {
            if (format.key.equals(key)) {
                return format;
            }
        }
        return null;
    }

    public static String extension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The file name without its directory and extension: what a text file's record type is read from. */
    public static String stem(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(slash + 1, dot) : name.substring(slash + 1);
    }
}

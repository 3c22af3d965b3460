package org.fazhi.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises the reports fazhi itself writes, so that a report saved into the input folder never
 * becomes input: an .xlsx report (a 说明 or ReadMe sheet in a workbook whose creator is fazhi),
 * an HTML report (its {@code generator} meta tag) and a JSON report (its {@code schema}). Looks
 * at the file's content, never its name; a file that cannot be looked into is not a report.
 */
final class OwnReports {
    /** Enough of the start of an HTML or JSON report to hold its marker. */
    private static final int HEAD = 4096;
    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    /** The JSON report's schema, or the HTML report's generator tag, however spaced. */
    private static final Pattern MARKER = Pattern.compile(
            "\"schema\"\\s*:\\s*\"fazhi-report/|<meta\\s+name=\"generator\"\\s+content=\"fazhi[ \"]");

    private OwnReports() {
    }

    static boolean isOwnReport(Path file) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            }
            if (startsWith(head, ZIP_MAGIC)) {
                return isXlsxReport(file);
            }
            return MARKER.matcher(new String(head, StandardCharsets.UTF_8)).find();
        } catch (IOException | RuntimeException e) {
            // not ours to judge here: the reader says what is wrong with the file
            return false;
        }
    }

    private static boolean isXlsxReport(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String core = part(zip, "docProps/core.xml");
            String workbook = part(zip, "xl/workbook.xml");
            return core.contains("<dc:creator>fazhi") && (workbook.contains("name=\"说明\"")
                    || workbook.contains("name=\"ReadMe\""));
        }
    }

    private static String part(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

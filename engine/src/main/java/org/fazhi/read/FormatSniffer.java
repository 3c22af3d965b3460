package org.fazhi.read;

import org.fazhi.model.FileFormat;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.RecordInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's format from its content, never from its name (records.md "Files and formats"):
 * the magic number of its first bytes, then what is inside a zip or OLE2 container, or the first
 * element of a text file.
 */
final class FormatSniffer {
    /** How much of the beginning is looked at. */
    private static final int HEAD = 8 * 1024;
    /** A zip expanding beyond both is no workbook an office exports but a zip bomb. */
    static final long BOMB_BYTES = 100L * 1024 * 1024;
    static final int BOMB_RATIO = 100;

    private FormatSniffer() {
    }

    static FileFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04) || starts(head, 0x50, 0x4B, 0x05, 0x06)) {
            return zip(file);
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(file);
        }
        if (isBiffStream(head)) {
            return FileFormat.OLD_EXCEL;
        }
        if (startsWith(head, "%PDF")) {
            return FileFormat.PDF;
        }
        if (startsWith(head, "{\\rtf")) {
            return FileFormat.WORD;
        }
        if (starts(head, 0x89, 'P', 'N', 'G') || starts(head, 0xFF, 0xD8, 0xFF) || startsWith(head, "GIF8")
                || starts(head, 'I', 'I', 0x2A, 0x00) || starts(head, 'M', 'M', 0x00, 0x2A)
                || startsWith(head, "BM") && hasControlBytes(head)) {
            return FileFormat.IMAGE;
        }
        return text(head);
    }

    /** An OOXML workbook, an OpenDocument, another OOXML document, or a zip of something else. */
    private static FileFormat zip(Path file) throws IOException {
        boolean workbook = false;
        boolean binaryWorkbook = false;
        boolean word = false;
        boolean openDocument = false;
        long expanded = 0;
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName().replace('\\', '/').toLowerCase(Locale.ROOT);
                expanded += Math.max(0, entry.getSize());
                // a package with Excel's folder is a workbook, if a broken one: its reader says what is missing
                workbook |= name.endsWith("workbook.xml") || name.startsWith("xl/");
                binaryWorkbook |= name.endsWith("workbook.bin");
                word |= name.startsWith("word/");
                if (name.equals("mimetype")) {
                    openDocument = true;
                    if (new String(zip.getInputStream(entry).readNBytes(80), StandardCharsets.US_ASCII)
                            .startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                        return FileFormat.ODS;
                    }
                }
            }
        } catch (IOException e) {
            // a zip whose directory cannot be read: the workbook reader reports it as damaged
            return FileFormat.XLSX;
        }
        if (expanded > BOMB_BYTES && expanded > BOMB_RATIO * Math.max(1, Files.size(file))) {
            return FileFormat.ZIP_BOMB;
        }
        if (binaryWorkbook) {
            return FileFormat.XLSB;
        }
        if (workbook) {
            return FileFormat.XLSX;
        }
        return word || openDocument ? FileFormat.WORD : FileFormat.ZIP;
    }

    /** An OLE2 container: an encrypted OOXML package, a BIFF workbook, a Word document or other. */
    private static FileFormat ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return FileFormat.ENCRYPTED;
            }
            String stream = workbookStream(root);
            if (stream != null) {
                return biff(root, stream);
            }
            if (root.hasEntryCaseInsensitive("Book")) {
                return FileFormat.OLD_EXCEL;
            }
            return root.hasEntryCaseInsensitive("WordDocument") ? FileFormat.WORD : FileFormat.OTHER_OFFICE;
        } catch (RuntimeException e) {
            // a broken OLE2 directory: unreadable as any office file
            return FileFormat.OTHER_OFFICE;
        }
    }

    /** The name of the BIFF8 workbook stream as this file spells it, or null. */
    static String workbookStream(DirectoryNode root) {
        for (Entry entry : root) {
            if (entry.isDocumentEntry() && entry.getName().equalsIgnoreCase("Workbook")) {
                return entry.getName();
            }
        }
        return null;
    }

    /**
     * BIFF8 unless the stream's first BOF says an older version (Excel 5.0/95 files sometimes
     * carry a "Workbook" stream too) or the globals hold a FILEPASS record (a password to open).
     */
    private static FileFormat biff(DirectoryNode root, String stream) throws IOException {
        try (InputStream in = root.createDocumentInputStream(stream)) {
            RecordInputStream records = new RecordInputStream(in);
            if (!records.hasNextRecord()) {
                return FileFormat.XLS;
            }
            records.nextRecord();
            if (records.getSid() != BOFRecord.sid || records.readUShort() != BOFRecord.VERSION) {
                return FileFormat.OLD_EXCEL;
            }
            records.readRemainder();
            while (records.hasNextRecord()) {
                records.nextRecord();
                if (records.getSid() == FilePassRecord.sid) {
                    return FileFormat.ENCRYPTED;
                }
                if (records.getSid() == EOFRecord.sid) {
                    break;
                }
                records.readRemainder();
            }
            return FileFormat.XLS;
        } catch (RuntimeException e) {
            // a damaged record stream: the reader says where it breaks
            return FileFormat.XLS;
        }
    }

    /** A BIFF2–5 worksheet stored bare (no OLE2 container): a BOF record first. */
    private static boolean isBiffStream(byte[] head) {
        if (head.length < 8) {
            return false;
        }
        int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        return (sid == 0x0009 || sid == 0x0209 || sid == 0x0409 || sid == 0x0809) && length >= 4 && length <= 20;
    }

    /** Markup by its first element, else delimited text, else a binary file of unknown kind. */
    private static FileFormat text(byte[] head) {
        String text = decodeHead(head);
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        String rest = text.substring(i);
        if (rest.startsWith("<")) {
            return markup(rest.toLowerCase(Locale.ROOT));
        }
        if (rest.regionMatches(true, 0, "MIME-Version:", 0, 13)) {
            return FileFormat.MHT;
        }
        return hasControlBytes(head) && !isUtf16(head) ? FileFormat.UNKNOWN : FileFormat.TEXT;
    }

    /** The element that opens the document, past declarations, processing instructions and comments. */
    private static FileFormat markup(String lower) {
        int at = 0;
        while (at >= 0 && at < lower.length()) {
            int open = lower.indexOf('<', at);
            if (open < 0 || open + 1 >= lower.length()) {
                break;
            }
            char next = lower.charAt(open + 1);
            if (lower.startsWith("<!doctype html", open)) {
                return FileFormat.HTML;
            }
            if (lower.startsWith("<!--", open)) {
                int end = lower.indexOf("-->", open);
                at = end < 0 ? -1 : end + 3;
                continue;
            }
            if (next == '?' || next == '!') {
                at = lower.indexOf('>', open);
                continue;
            }
            String name = elementName(lower, open + 1);
            int colon = name.indexOf(':');
            String local = colon < 0 ? name : name.substring(colon + 1);
            if (local.equals("workbook") && lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                return FileFormat.SPREADSHEETML;
            }
            return switch (name) {
                case "html", "head", "body", "table", "meta", "title", "style", "div", "tr" -> FileFormat.HTML;
                default -> FileFormat.OTHER_XML;
            };
        }
        return FileFormat.OTHER_XML;
    }

    private static String elementName(String text, int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '>'
                && text.charAt(end) != '/') {
            end++;
        }
        return text.substring(from, end);
    }

    /** The beginning as characters, without a byte-order mark: UTF-16 by its mark; otherwise byte for byte, enough to see markup. */
    private static String decodeHead(byte[] head) {
        if (starts(head, 0xFF, 0xFE)) {
            return new String(head, 2, evenLength(head.length - 2), StandardCharsets.UTF_16LE);
        }
        if (starts(head, 0xFE, 0xFF)) {
            return new String(head, 2, evenLength(head.length - 2), StandardCharsets.UTF_16BE);
        }
        int mark = starts(head, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return new String(head, mark, head.length - mark, StandardCharsets.ISO_8859_1);
    }

    private static int evenLength(int n) {
        return n & ~1;
    }

    private static boolean isUtf16(byte[] head) {
        return starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF);
    }

    /** Bytes no text file holds: NUL and the control characters other than tab, line ends and form feed. */
    private static boolean hasControlBytes(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1A) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(byte[] head, String ascii) {
        return head.length >= ascii.length()
                && new String(head, 0, ascii.length(), StandardCharsets.ISO_8859_1).equals(ascii);
    }
}

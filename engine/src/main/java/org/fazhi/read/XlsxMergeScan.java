package org.fazhi.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds the merged ranges of a worksheet part. They stand in {@code <mergeCells>} after
 * {@code <sheetData>}, yet the rows need them as they are read, so the part is scanned once
 * before: as bytes, without parsing XML or keeping anything but the ranges. A tag name cannot
 * occur in text or attribute values unescaped ({@code <} is always escaped there), so a
 * {@code <mergeCell} (any prefix) found in the bytes is a real element.
 */
final class XlsxMergeScan {
    private static final byte[] NAME = "mergeCell".getBytes(StandardCharsets.US_ASCII);
    /** Longest namespace prefix looked back over: {@code <x:mergeCell}. */
    private static final int MAX_PREFIX = 16;
    private static final int BUFFER = 1 << 16;
    /**
     * How far the name can move on, by the byte under its last letter (Horspool): most bytes of a
     * sheet's XML are not in the name, so the search looks at about one byte in nine of a part that
     * may hold gigabytes.
     */
    private static final int[] SHIFT = new int[256];

    static {
        Arrays.fill(SHIFT, NAME.length);
        for (int k = 0; k < NAME.length - 1; k++) {
            SHIFT[NAME[k] & 0xff] = NAME.length - 1 - k;
        }
    }

    private XlsxMergeScan() {
    }

    static MergedCells scan(InputStream in) throws IOException {
        MergedCells cells = new MergedCells();
        byte[] buf = new byte[BUFFER];
        int kept = 0;
        int n;
        while ((n = in.read(buf, kept, buf.length - kept)) > 0) {
            int len = kept + n;
            int from = 0;
            int carry = -1;
            while (true) {
                int at = find(buf, from, len);
                if (at < 0) {
                    break;
                }
                int end = indexOf(buf, (byte) '>', at, len);
                if (end < 0) {
                    carry = at; // the tag goes on in the next buffer
                    break;
                }
                add(cells, buf, at, end);
                from = end + 1;
            }
            // keep what a tag cut at the buffer's end needs: the open tag, or a tail a name may start in
            int keepFrom = carry >= 0 && len - carry < buf.length / 2 ? carry
                    : Math.max(from, len - (NAME.length + MAX_PREFIX + 1));
            kept = len - keepFrom;
            System.arraycopy(buf, keepFrom, buf, 0, kept);
        }
        return cells;
    }

    /** The {@code <} of the next {@code mergeCell} start tag at or after {@code from}, or -1. */
    private static int find(byte[] buf, int from, int len) {
        int last = len - NAME.length - 1; // one byte after the name must be there to judge it
        int end = NAME.length - 1;
        for (int i = from + 1; i <= last; i += SHIFT[buf[i + end] & 0xff]) {
            if (buf[i + end] != NAME[end] || !startsWith(buf, i)) {
                continue;
            }
            byte after = buf[i + NAME.length];
            if (after != ' ' && after != '\t' && after != '\n' && after != '\r' && after != '/' && after != '>') {
                continue; // <mergeCells>, the container
            }
            int lt = i - 1;
            if (buf[lt] == ':') {
                lt--;
                while (lt >= from && lt > i - MAX_PREFIX && buf[lt] != '<' && isNameByte(buf[lt])) {
                    lt--;
                }
            }
            if (lt >= from && buf[lt] == '<') {
                return lt;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] buf, int at) {
        for (int k = 0; k < NAME.length - 1; k++) {
            if (buf[at + k] != NAME[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-' || b == '.';
    }

    private static int indexOf(byte[] buf, byte b, int from, int len) {
        for (int i = from; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the {@code ref} of one tag ({@code ref="B3:B7"}); a tag without a usable one is passed over. */
    private static void add(MergedCells cells, byte[] buf, int from, int end) {
        String tag = new String(buf, from, end - from, StandardCharsets.UTF_8);
        int at = tag.indexOf("ref=");
        while (at > 0 && !Character.isWhitespace(tag.charAt(at - 1))) {
            at = tag.indexOf("ref=", at + 4); // e.g. a foreign attribute ending in "ref"
        }
        if (at < 0 || at + 5 >= tag.length()) {
            return;
        }
        char quote = tag.charAt(at + 4);
        int close = tag.indexOf(quote, at + 5);
        if ((quote != '"' && quote != '\'') || close < 0) {
            return;
        }
        String ref = tag.substring(at + 5, close).trim();
        int colon = ref.indexOf(':');
        String first = colon < 0 ? ref : ref.substring(0, colon);
        String last = colon < 0 ? ref : ref.substring(colon + 1);
        int r1 = row(first);
        int r2 = row(last);
        int c1 = XlsxSheetReader.columnOf(first);
        int c2 = XlsxSheetReader.columnOf(last);
        if (r1 > 0 && r2 > 0 && c1 >= 0 && c2 >= 0) {
            cells.add(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
        }
    }

    /** The row of a reference such as {@code AB12}, or -1. */
    private static int row(String ref) {
        int i = 0;
        int n = ref.length();
        while (i < n && !Character.isDigit(ref.charAt(i))) {
            i++;
        }
        if (i == n || n - i > 7) {
            return -1;
        }
        int row = 0;
        for (; i < n; i++) {
            char ch = ref.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            row = row * 10 + ch - '0';
        }
        return row;
    }
}

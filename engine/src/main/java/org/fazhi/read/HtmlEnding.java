package org.fazhi.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whether a web page ends in the middle of a table: a download or export cut short. A browser,
 * and the HTML parser, close what is left open at the end of the file, so such a page reads as a
 * complete, shorter one — its last row half written, the tables after it missing. {@code </table>}
 * is one of the end tags HTML never lets a page leave out, so a page whose last table tag opens a
 * table, row or cell was cut there. Only the file's tail is looked at: the tags are ASCII in every
 * encoding an export uses.
 */
final class HtmlEnding {
    private static final int TAIL = 64 * 1024;

    private HtmlEnding() {
    }

    static boolean cutInsideATable(Path file) throws IOException {
        String tail = tail(file).toLowerCase(Locale.ROOT);
        int closed = tail.lastIndexOf("</table");
        int opened = Math.max(Math.max(tag(tail, "<table"), tag(tail, "<tr")), Math.max(tag(tail, "<td"), tag(tail, "<th")));
        return opened > closed;
    }

    /** The last place a start tag of this name begins, or -1. */
    private static int tag(String text, String start) {
        for (int at = text.lastIndexOf(start); at >= 0; at = text.lastIndexOf(start, at - 1)) {
            int after = at + start.length();
            char next = after < text.length() ? text.charAt(after) : '>';
            if (next == '>' || next == '/' || Character.isWhitespace(next)) {
                return at;
            }
        }
        return -1;
    }

    private static String tail(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(size, TAIL));
            channel.position(size - bytes.capacity());
            while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
                // read to the end
            }
            // tag names are ASCII in UTF-8, GBK and GB18030 alike; other bytes do not matter here
            return new String(bytes.array(), 0, bytes.position(), StandardCharsets.ISO_8859_1);
        }
    }
}

package org.fazhi.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The separator of a delimited text file — comma, tab or semicolon — told from its first lines:
 * the one that splits the most of them into the same number of fields, outside quotes (so a
 * title line above the header, which holds none, does not decide). A tie goes to the one giving
 * more fields, then to the comma; a file none of them splits is one column, read with the comma.
 */
final class Delimiter {
    private static final char[] CANDIDATES = {',', '\t', ';'};
    private static final int LINES = 20;
    private static final int HEAD = 64 * 1024;

    private Delimiter() {
    }

    static char of(Path file, CsvEncoding encoding) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bom());
            head = in.readNBytes(HEAD);
        }
        CharBuffer chars = CharBuffer.allocate(head.length + 1);
        encoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(head), chars, false);
        chars.flip();
        return of(chars);
    }

    static char of(CharSequence text) {
        int[][] counts = new int[CANDIDATES.length][LINES];
        int lines = 0;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0, n = text.length(); i < n && lines < LINES; i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                lines += any ? 1 : 0; // blank lines say nothing
                any = false;
            } else if (!quoted) {
                any = true;
                for (int c = 0; c < CANDIDATES.length; c++) {
                    counts[c][lines] += ch == CANDIDATES[c] ? 1 : 0;
                }
            }
        }
        // the last line of the head may be cut short, so it counts only at the end of the text
        int judged = Math.max(1, lines);
        char best = ',';
        int bestScore = 0;
        int bestFields = 0;
        for (int c = 0; c < CANDIDATES.length; c++) {
            // the count most lines share, not the first line's: a title above the header has none
            int fields = 0;
            int score = 0;
            for (int l = 0; l < judged; l++) {
                int count = counts[c][l];
                if (count == 0 || count == fields) {
                    continue;
                }
                int same = 0;
                for (int m = 0; m < judged; m++) {
                    same += counts[c][m] == count ? 1 : 0;
                }
                if (same > score || same == score && count > fields) {
                    fields = count;
                    score = same;
                }
            }
            if (score > bestScore || score == bestScore && score > 0 && fields > bestFields) {
                best = CANDIDATES[c];
                bestScore = score;
                bestFields = fields;
            }
        }
        return best;
    }
}

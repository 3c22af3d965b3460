package org.fazhi.read;

import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes on the bytes of a file read as GB18030 and stops at a line that is UTF-8 text instead:
 * every non-ASCII byte of it part of a well-formed UTF-8 sequence, with at least
 * {@link #CHARACTERS} characters of three or four bytes (Chinese in UTF-8). GBK text is almost
 * never that: a GBK character passes for the start of a three-byte UTF-8 one only when its lead
 * byte is among the rarer hanzi's and the bytes after it happen to fit, so four in one line with
 * nothing else out of place does not happen by chance. Such a line means a file of mixed
 * encodings (rows appended by another program), which reads wrong as GB18030 and as UTF-8.
 */
final class Utf8LineGuard extends FilterInputStream {
    /** Three- and four-byte UTF-8 characters that make a line UTF-8 text. */
    static final int CHARACTERS = 4;

    private int line = 1;
    /** Continuation bytes the current UTF-8 sequence still needs. */
    private int pending;
    private int longCharacters;
    /** False once the line has a byte UTF-8 does not allow where it stands. */
    private boolean utf8 = true;
    private boolean ended;

    Utf8LineGuard(InputStream in) {
        super(in);
    }

    /** The 1-based line of a file read as GB18030 that is UTF-8 text. */
    static final class MixedEncoding extends CharConversionException {
        private final int line;

        MixedEncoding(int line) {
            super("line " + line + " is UTF-8 text");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            end();
        } else {
            take((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n < 0) {
            end();
        }
        for (int i = offset; i < offset + n; i++) {
            take(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would not be looked at
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void take(byte b) throws MixedEncoding {
        if (b == '\n') {
            endLine();
            line++;
            return;
        }
        if (!utf8) {
            return;
        }
        if (pending > 0) {
            if ((b & 0xC0) == 0x80) {
                pending--;
            } else {
                utf8 = false;
            }
        } else if (b < 0) {
            int lead = b & 0xFF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                pending = 1;
            } else if (lead >= 0xE0 && lead <= 0xF4) {
                pending = lead >= 0xF0 ? 3 : 2;
                longCharacters++;
            } else {
                utf8 = false;
            }
        }
    }

    private void end() throws MixedEncoding {
        if (!ended) {
            ended = true;
            endLine();
        }
    }

    private void endLine() throws MixedEncoding {
        if (utf8 && pending == 0 && longCharacters >= CHARACTERS) {
            throw new MixedEncoding(line);
        }
        utf8 = true;
        pending = 0;
        longCharacters = 0;
    }
}

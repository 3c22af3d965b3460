package org.fazhi.read;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The encoding of a CSV file (records.md: UTF-8 with or without BOM, or GB18030/GBK): by its
 * byte-order mark; else UTF-8 when its text decodes strictly as UTF-8 until enough non-ASCII
 * bytes have been seen to tell (GB18030 text almost never passes for UTF-8 for more than a few
 * characters); else GB18030, which covers GBK and GB2312. Only the beginning of the file is
 * examined, so the file is decoded once, not twice; a UTF-8 file that breaks the encoding further
 * on is reported by the reader, at the line where it breaks. A file whose text breaks as UTF-8
 * only after several characters that decoded as UTF-8 is such a file too (GB18030 text does not
 * pass for that many), not GB18030 text; and a file read as GB18030 is decoded strictly, a line of
 * it that is UTF-8 text stopping the read ({@link Utf8LineGuard}): a file of mixed encodings reads
 * wrong either way, so it is refused, never half garbled.
 *
 * @param charset the encoding of the text
 * @param bom     the length of the byte-order mark to skip
 */
public record CsvEncoding(Charset charset, int bom) {
    static final Charset GB18030 = Charset.forName("GB18030");
    /** Non-ASCII bytes that must decode as UTF-8 before a file is taken to be UTF-8. */
    static final int EVIDENCE = 64 * 1024;
    /**
     * Non-ASCII characters that decoded as UTF-8 before the first byte that does not: the file is
     * UTF-8 that breaks there, not GB18030 text (which passes for UTF-8 a character or two at most).
     */
    static final int UTF8_BEFORE_BREAK = 8;

    public boolean isUtf8() {
        return charset.equals(StandardCharsets.UTF_8);
    }

    /**
     * The CSV rows of a file's stream as the reader takes them, the byte-order mark skipped. UTF-8 goes
     * to Jackson as bytes: its own decoder is the fastest there is, and strict.
     */
    public MappingIterator<String[]> rows(ObjectReader reader, InputStream in) throws IOException {
        in.skipNBytes(bom);
        if (isUtf8()) {
            return reader.readValues(in);
        }
        InputStream checked = charset.equals(GB18030) ? new Utf8LineGuard(in) : in;
        return reader.readValues(decoded(checked, CodingErrorAction.REPORT));
    }

    /** The text after the byte-order mark; a byte sequence that does not decode becomes U+FFFD. */
    Reader text(InputStream in) throws IOException {
        in.skipNBytes(bom);
        return decoded(in, CodingErrorAction.REPLACE);
    }

    /** The stream's text in this encoding, with what a byte sequence that does not decode does. */
    private Reader decoded(InputStream in, CodingErrorAction badBytes) {
        return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(badBytes)
                .onUnmappableCharacter(badBytes)), 1 << 16);
    }

    public static CsvEncoding of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new CsvEncoding(StandardCharsets.UTF_8, 3);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new CsvEncoding(StandardCharsets.UTF_16BE, 2);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new CsvEncoding(StandardCharsets.UTF_16LE, 2);
            }
        }
        return new CsvEncoding(looksUtf8(file) ? StandardCharsets.UTF_8 : GB18030, 0);
    }

    /**
     * Whether the file decodes as UTF-8 up to {@link #EVIDENCE} non-ASCII bytes or its end, or
     * breaks only after {@link #UTF8_BEFORE_BREAK} characters that did.
     */
    private static boolean looksUtf8(Path file) throws IOException {
        Probe probe = probe(file, StandardCharsets.UTF_8, 0, EVIDENCE);
        return probe.brokenLine() == 0 || probe.nonAsciiBefore() >= UTF8_BEFORE_BREAK;
    }

    /**
     * The line (1-based) where a file stops being text in its encoding, or 0 when it decodes to its
     * end: the line a reader that found a broken byte sequence names.
     */
    int firstMalformedLine(Path file) throws IOException {
        return probe(file, charset, bom, Long.MAX_VALUE).brokenLine();
    }

    /**
     * How far a file decodes in a charset: the line (1-based) of the first byte sequence that does
     * not (0 when it decodes to its end, or through {@code evidence} non-ASCII bytes, whichever comes
     * first), and the non-ASCII characters decoded before it.
     */
    private record Probe(int brokenLine, long nonAsciiBefore) {
    }

    private static Probe probe(Path file, Charset charset, int skip, long evidence) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long nonAscii = 0;
        long decoded = 0;
        int line = 1;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            while (true) {
                int start = bytes.position();
                int n = in.read(bytes.array(), start, bytes.remaining());
                boolean end = n < 0;
                if (!end) {
                    nonAscii += countNonAscii(bytes.array(), start, n);
                    bytes.position(start + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                line += newlines(chars);
                decoded += nonAsciiChars(chars);
                if (result.isError() || end && (decoder.flush(chars).isError() || bytes.hasRemaining())) {
                    return new Probe(line, decoded);
                }
                if (end || nonAscii >= evidence) {
                    // at the evidence limit the last bytes may end inside a character: not an error
                    return new Probe(0, decoded);
                }
                chars.clear();
                bytes.compact();
            }
        }
    }

    private static int newlines(CharBuffer chars) {
        int count = 0;
        for (int i = 0, n = chars.position(); i < n; i++) {
            count += chars.get(i) == '\n' ? 1 : 0;
        }
        return count;
    }

    private static int nonAsciiChars(CharBuffer chars) {
        int count = 0;
        for (int i = 0, n = chars.position(); i < n; i++) {
            count += chars.get(i) > 0x7F ? 1 : 0;
        }
        return count;
    }

    private static int countNonAscii(byte[] bytes, int from, int length) {
        int count = 0;
        for (int i = from, to = from + length; i < to; i++) {
            count += bytes[i] >>> 31;
        }
        return count;
    }
}

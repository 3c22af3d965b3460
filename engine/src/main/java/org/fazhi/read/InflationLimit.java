package org.fazhi.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A zip entry's bytes, stopped once they expand beyond what any real workbook does — more than
 * {@link FormatSniffer#BOMB_BYTES} and more than {@link FormatSniffer#BOMB_RATIO} times the
 * compressed size — whatever sizes the zip's directory declared.
 */
final class InflationLimit extends FilterInputStream {
    /** Raised when the limit is passed: the file is a zip bomb, not a workbook. */
    static final class ZipBombException extends IOException {
        private static final long serialVersionUID = 1L;

        ZipBombException() {
            super("zip bomb");
        }
    }

    /** Whether a failure comes from passing the limit, however deep a parser wrapped it. */
    static boolean causedIt(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ZipBombException) {
                return true;
            }
        }
        return false;
    }

    private final long limit;
    private long count;

    InflationLimit(InputStream in, long compressedSize) {
        super(in);
        this.limit = Math.max(FormatSniffer.BOMB_BYTES, FormatSniffer.BOMB_RATIO * Math.max(0, compressedSize));
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(int n) throws ZipBombException {
        count += n;
        if (count > limit) {
            throw new ZipBombException();
        }
    }
}

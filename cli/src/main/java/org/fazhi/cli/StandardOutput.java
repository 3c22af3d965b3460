package org.fazhi.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that says when it cannot be written. {@code System.out} swallows a full disk
 * or a closed pipe, and a check whose JSON report was lost would still exit with the gate's code,
 * as if the report had been written. A failure here is a {@link Failed}, which the error handler
 * tells apart from any other input or output problem. Closing only flushes: standard output is
 * not the command's to close (a JSON library closes the stream it is given). After a failure,
 * flushing does nothing: the failure has been reported once, and what is left cannot be written.
 */
final class StandardOutput extends OutputStream {
    private final OutputStream out;
    private boolean failed;

    StandardOutput(OutputStream out) {
        this.out = out;
    }

    /** The process's standard output, buffered. */
    static StandardOutput system() {
        return new StandardOutput(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        if (failed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private Failed failed(IOException e) {
        failed = true;
        return new Failed(e);
    }

    /** Standard output could not be written; the cause says why. */
    static final class Failed extends IOException {
        private static final long serialVersionUID = 1L;

        Failed(IOException cause) {
            super("standard output could not be written", cause);
        }
    }
}

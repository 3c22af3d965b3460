package org.fazhi.read;

/**
 * Told how reading goes, for a person watching: which sheet or file is being read, how many
 * rows so far and, where the size is known (CSV), how far through the file. Called from the
 * reading thread, every {@link #EVERY} rows, so an implementation may be slow-ish but not slow.
 */
public interface ReadProgress {
    /** Rows between two {@link #advanced} calls. */
    int EVERY = 1000;

    /** Nobody is watching. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void started(String file, String sheet, long totalBytes) {
        }

        @Override
        public void advanced(long rows, long bytes) {
        }

        @Override
        public void finished(long rows) {
        }
    };

    /** A sheet (or CSV file) starts; {@code totalBytes} is -1 when unknown. */
    void started(String file, String sheet, long totalBytes);

    /** Rows read so far in this sheet; {@code bytes} read so far, or -1 when unknown. */
    void advanced(long rows, long bytes);

    /** The sheet is done. */
    void finished(long rows);
}

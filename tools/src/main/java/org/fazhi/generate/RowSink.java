package org.fazhi.generate;

import java.io.IOException;
import java.util.List;
import org.fazhi.model.RecordType;

/**
 * Where generated rows go, one record type after another. A cell is a {@link String} (already
 * spelled), a {@link java.time.LocalDate} (a real spreadsheet date), a {@link Number} or null
 * (blank).
 */
public interface RowSink extends AutoCloseable {
    /** Starts the rows of one record type: a title line and the headers. */
    void begin(RecordType type, String title, List<String> headers) throws IOException;

    void row(Object[] cells) throws IOException;

    /** Ends the rows of the current record type. */
    void end() throws IOException;

    @Override
    void close() throws IOException;
}

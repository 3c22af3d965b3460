package org.fazhi.generate;

import java.io.IOException;
import java.util.List;
import org.fazhi.model.RecordType;

/**
 * The tidy CSV export: one file per record type, named by the type's Chinese name, its first line
 * the headers (no title line: a CSV export of a system's table starts with its header).
 */
final class CsvExport implements RowSink {
    private final Grid grid;

    CsvExport(Grid grid) {
        this.grid = grid;
    }

    @Override
    public void begin(RecordType type, String title, List<String> headers) throws IOException {
        grid.startSheet(type.name());
        grid.row(headers.toArray(), true, List.of());
    }

    @Override
    public void row(Object[] cells) throws IOException {
        grid.row(cells, false, List.of());
    }

    @Override
    public void end() throws IOException {
        grid.endSheet();
    }

    @Override
    public void close() throws IOException {
        grid.close();
    }
}

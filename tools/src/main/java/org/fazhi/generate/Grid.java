package org.fazhi.generate;

import java.io.IOException;
import java.util.List;

/**
 * One file format's way of writing sheets of cells: the layout ({@link SheetExport}) decides
 * what goes in which row and which cells are merged, a grid only spells it in its format. A cell
 * is a {@link String}, a {@link java.time.LocalDate}, a {@link Number} or null (blank).
 */
interface Grid extends AutoCloseable {
    /** A merged area whose top-left cell is in the row being written; the cells it covers are null. */
    record Span(int column, int rows, int columns) {
    }

    void startSheet(String name) throws IOException;

    /** Writes the next row of the sheet; {@code heading} rows are set off (bold, or as header cells). */
    void row(Object[] cells, boolean heading, List<Span> spans) throws IOException;

    void endSheet() throws IOException;

    /** Finishes the file. */
    @Override
    void close() throws IOException;
}

package org.fazhi.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.model.RecordType;

/** Writes one UTF-8 CSV file per record type into a directory, named by the type's Chinese name. */
public final class CsvExport implements RowSink {
    private final Path directory;
    private Writer out;

    public CsvExport(Path directory) throws IOException {
        this.directory = directory;
        Files.createDirectories(directory);
    }

    /** The file a record type goes to. */
    public static Path file(Path directory, RecordType type) {
        return directory.resolve(type.name() + ".csv");
    }

    @Override
    public void begin(RecordType type, String title, List<String> headers) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file(directory, type), StandardCharsets.UTF_8), 1 << 16);
        line(headers.toArray());
    }

    @Override
    public void row(Object[] cells) throws IOException {
        line(cells);
    }

    private void line(Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object cell = cells[i];
            if (cell == null) {
                continue;
            }
            String text = Cells.text(cell);
            if (needsQuotes(text)) {
                out.write('"');
                out.write(text.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(text);
            }
        }
        out.write('\n');
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        out.close();
        out = null;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            end();
        }
    }
}

package org.fazhi.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A directory with one CSV file per sheet, named by the sheet, as a spreadsheet program saves each
 * sheet "as CSV": a merged area's value stands in its top-left cell and the cells it covers are
 * blank, so the spans themselves are not written. Comma-separated, a field quoted only when it
 * holds a comma, a quote or a line break.
 */
final class CsvGrid implements Grid {
    private final Path directory;
    private final Charset charset;
    private final String lineEnd;
    private Writer out;

    /**
     * @param charset the files' encoding; a character it cannot encode is an error, never a '?'
     * @param lineEnd {@code "\n"}, or {@code "\r\n"} as Windows programs end their lines
     */
    CsvGrid(Path directory, Charset charset, String lineEnd) throws IOException {
        this.directory = Files.createDirectories(directory);
        this.charset = charset;
        this.lineEnd = lineEnd;
    }

    @Override
    public void startSheet(String name) throws IOException {
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(directory.resolve(name + ".csv")),
                charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    }

    @Override
    public void row(Object[] cells, boolean heading, List<Span> spans) throws IOException {
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
        out.write(lineEnd);
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
    public void endSheet() throws IOException {
        out.close();
        out = null;
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            endSheet();
        }
    }
}

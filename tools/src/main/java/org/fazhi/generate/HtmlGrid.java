package org.fazhi.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * An HTML page with one {@code <table>} per sheet, as the "export to Excel" of many government
 * systems writes it (and saves under an {@code .xls} name): the charset declared in a
 * {@code <meta>}, the sheet's name as the table's {@code <caption>}, merged cells as
 * {@code rowspan}/{@code colspan}, every value as text. Written as the rows come, so memory holds
 * one row.
 */
final class HtmlGrid implements Grid {
    private final Writer out;
    /** For each column, the last row an earlier row's rowspan covers (rows counted from 1). */
    private int[] coveredThrough = new int[0];
    private int rowNumber;

    /** @param charset the page's encoding; a character it cannot encode is an error, never a '?' */
    HtmlGrid(OutputStream stream, Charset charset) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        out.write("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + charset.name()
                + "\">\n</head>\n<body>\n");
    }

    @Override
    public void startSheet(String name) throws IOException {
        out.write("<table border=\"1\">\n<caption>" + Entities.escape(name) + "</caption>\n");
        rowNumber = 0;
        coveredThrough = new int[0];
    }

    @Override
    public void row(Object[] cells, boolean heading, List<Span> spans) throws IOException {
        rowNumber++;
        if (coveredThrough.length < cells.length) {
            coveredThrough = Arrays.copyOf(coveredThrough, cells.length);
        }
        String tag = heading ? "th" : "td";
        out.write("<tr>");
        for (int c = 0; c < cells.length; c++) {
            if (coveredThrough[c] >= rowNumber) {
                continue;
            }
            Span span = spanAt(spans, c);
            out.write('<');
            out.write(tag);
            if (span != null) {
                if (span.rows() > 1) {
                    out.write(" rowspan=\"" + span.rows() + "\"");
                    Arrays.fill(coveredThrough, c, c + span.columns(), rowNumber + span.rows() - 1);
                }
                if (span.columns() > 1) {
                    out.write(" colspan=\"" + span.columns() + "\"");
                }
            }
            out.write('>');
            if (cells[c] != null) {
                out.write(Entities.escape(Cells.text(cells[c])));
            }
            out.write("</" + tag + ">");
            if (span != null) {
                c += span.columns() - 1;
            }
        }
        out.write("</tr>\n");
    }

    private static Span spanAt(List<Span> spans, int column) {
        for (Span span : spans) {
            if (span.column() == column) {
                return span;
            }
        }
        return null;
    }

    @Override
    public void endSheet() throws IOException {
        out.write("</table>\n");
    }

    @Override
    public void close() throws IOException {
        out.write("</body>\n</html>\n");
        out.close();
    }
}

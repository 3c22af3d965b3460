package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XlsxMergeScanTest {
    private static final String HEAD = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>";

    @Test
    void findsTheRangesAfterTheSheetDataWhateverThePrefixOrQuotes() throws IOException {
        String xml = HEAD + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mergeCell ref=\"A1:Z9\"</t></is></c></row>"
                + "</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:I1\"/><x:mergeCell ref='C5:C9' />"
                + "<mergeCell\n ref=\"AB10:AC12\"></mergeCell><mergeCell ref=\"D4\"/></mergeCells></worksheet>";
        assertThat(ranges(scan(xml.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE)))
                .containsExactly("1-1:0-8", "5-9:2-2", "10-12:27-28");
    }

    @Test
    void aTagCutByTheBufferOrByShortReadsIsStillFound() throws IOException {
        StringBuilder rows = new StringBuilder(HEAD);
        for (int r = 1; rows.length() < 200_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        for (int pad = 0; pad < 40; pad++) {
            String xml = rows + " ".repeat(pad) + "</sheetData><mergeCells><mergeCell ref=\"B2:B40\"/>"
                    + "<mergeCell ref=\"E3:G3\"/></mergeCells></worksheet>";
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            assertThat(ranges(scan(bytes, Integer.MAX_VALUE))).as("pad " + pad).containsExactly("2-40:1-1", "3-3:4-6");
            assertThat(ranges(scan(bytes, 7 + pad))).as("pad " + pad).containsExactly("2-40:1-1", "3-3:4-6");
        }
    }

    @Test
    void nearMissesOfTheNameDoNotHideATagRightAfterThem() throws IOException {
        // texts made of the name's own letters make the search move by one byte at a time
        String[] noise = {"mergeCel", "ergeCell", "lllll", "eeee", "mmergeCells>", "<mergeCellx", "Cell", "gel"};
        for (int shift = 0; shift < 12; shift++) {
            StringBuilder xml = new StringBuilder(HEAD).append("x".repeat(shift));
            for (int i = 0; i < 500; i++) {
                xml.append("<c><is><t>").append(noise[i % noise.length]).append("</t></is></c>");
            }
            xml.append("</sheetData><mergeCells>");
            for (String n : noise) {
                xml.append(n.startsWith("<") ? "" : n).append("<mergeCell ref=\"B2:C3\"/>");
            }
            xml.append("</mergeCells></worksheet>");
            byte[] bytes = xml.toString().getBytes(StandardCharsets.UTF_8);
            for (int chunk : new int[] {Integer.MAX_VALUE, 11, 4}) {
                assertThat(scan(bytes, chunk).size()).as("shift " + shift + ", chunk " + chunk).isEqualTo(noise.length);
            }
        }
    }

    @Test
    void aSheetWithoutMergesGivesNone() throws IOException {
        assertThat(scan((HEAD + "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8), 100).isEmpty()).isTrue();
    }

    private static MergedCells scan(byte[] bytes, int chunk) throws IOException {
        InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        return XlsxMergeScan.scan(in);
    }

    /** The ranges as first-last row : first-last column (columns from 0). */
    static List<String> ranges(MergedCells cells) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            out.add(cells.firstRow(i) + "-" + cells.lastRow(i) + ":" + cells.firstCol(i) + "-" + cells.lastCol(i));
        }
        return out;
    }
}

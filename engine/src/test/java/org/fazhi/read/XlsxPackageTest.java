package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.read.RawXlsx.MAIN;
import static org.fazhi.read.RawXlsx.RELS;
import static org.fazhi.read.RawXlsx.TYPES;
import static org.fazhi.read.RawXlsx.rel;
import static org.fazhi.read.RawXlsx.rels;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook reader on packages laid out by other tools, cell type by cell type. */
class XlsxPackageTest {
    @TempDir
    Path dir;

    /** Each row as "row N" followed by "KIND text" per cell ("BLANK" alone). */
    private static List<List<String>> rows(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            XlsxSheetReader reader = workbook.sheetReader();
            try (InputStream in = workbook.open(workbook.sheets().get(0))) {
                reader.read(in, row -> rows.add(cells(row)));
            }
        }
        return rows;
    }

    private static List<String> cells(RowView row) {
        List<String> cells = new ArrayList<>(List.of("row " + row.number()));
        for (int c = 0; c < row.width(); c++) {
            cells.add(row.kind(c) == RowView.CellKind.BLANK ? "BLANK" : row.kind(c) + " " + row.text(c));
        }
        return cells;
    }

    private Path write(RawXlsx xlsx) throws Exception {
        return xlsx.write(dir.resolve("export.xlsx"));
    }

    @Test
    void sharedStringsWithRichTextPhoneticGuidesAndEscapedCharacters() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"1\">"
                + "<c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>")
                .part("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\" count=\"4\" uniqueCount=\"4\">"
                        + "<si><t>普通</t></si>"
                        + "<si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space=\"preserve\"> 文本</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh></si>"
                        + "<si><t>a_x000D_b_x005F_x0041_</t></si>"
                        + "<si><t/></si></sst>"));

        assertThat(rows(file)).containsExactly(
                List.of("row 1", "TEXT 普通", "TEXT 富 文本", "TEXT a\rb_x0041_"));
    }

    @Test
    void inlineStringsFormulaResultsBooleansErrorsIsoDatesAndNumbers() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"2\">"
                + "<c r=\"A2\" t=\"inlineStr\"><is><t>行内</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><r><t>分</t></r><r><t>段</t></r></is></c>"
                + "<c r=\"C2\" t=\"str\"><f>A2&amp;B2</f><v>行内分段</v></c>"
                + "<c r=\"D2\" t=\"b\"><v>1</v></c><c r=\"E2\" t=\"b\"><v>FALSE</v></c>"
                + "<c r=\"F2\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"G2\" t=\"d\"><v>2025-03-01T00:00:00</v></c>"
                + "<c r=\"H2\" s=\"0\"/>"
                + "<c r=\"I2\"><v>1.2E4</v></c><c r=\"J2\" t=\"n\"><f>1+1</f><v>2</v></c>"
                + "<c r=\"K2\"><v>not a number</v></c>"
                + "<c r=\"L2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">   </t></is></c>"
                + "</row>"));

        assertThat(rows(file)).containsExactly(List.of("row 2", "TEXT 行内", "TEXT 分段", "TEXT 行内分段",
                "BOOL 1", "BOOL 0", "TEXT #N/A", "TEXT 2025-03-01T00:00:00", "BLANK", "NUMBER 1.2E4", "NUMBER 2",
                "TEXT not a number"));
    }

    @Test
    void aFormulaSavedWithoutItsResultIsUncalculatedNotBlank() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"8\">"
                + "<c r=\"A8\"><f>E5+E6</f></c>"
                + "<c r=\"B8\"><f t=\"shared\" si=\"0\"/></c>"
                // an empty result is a result: =IF(…,"",…) saved by Excel
                + "<c r=\"C8\" t=\"str\"><f>IF(A1=\"\",\"\",A1)</f><v></v></c>"
                + "<c r=\"D8\"><f>1+1</f><v>2</v></c>"
                + "</row>"));

        assertThat(rows(file)).containsExactly(
                List.of("row 8", "UNCALCULATED =E5+E6", "UNCALCULATED =…", "BLANK", "NUMBER 2"));
    }

    @Test
    void aBooleanCellThatHoldsNoBooleanKeepsItsText() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"1\"><c r=\"A1\" t=\"b\"><v> true </v></c>"
                + "<c r=\"B1\" t=\"b\"><v> 是 </v></c><c r=\"C1\" t=\"b\"><v> </v></c><c r=\"D1\" t=\"b\"><v>0</v></c></row>"));

        assertThat(rows(file)).containsExactly(List.of("row 1", "BOOL 1", "TEXT 是", "BLANK", "BOOL 0"));
    }

    @Test
    void rowsAndCellsWithoutReferencesFollowTheOneBefore() throws Exception {
        Path file = write(RawXlsx.excelLike("cases",
                "<row><c><v>1</v></c><c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row>"
                        + "<row><c><v>5</v></c></row>"
                        + "<row r=\"7\"/>"));

        assertThat(rows(file)).containsExactly(
                List.of("row 1", "NUMBER 1", "TEXT b"),
                List.of("row 5", "BLANK", "BLANK", "NUMBER 3", "NUMBER 4"),
                List.of("row 6", "NUMBER 5"),
                List.of("row 7"));
    }

    @Test
    void emptyCellsAtTheEndOfARowDoNotWidenIt() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"C1\" s=\"0\"/>"
                + "<c r=\"XFD1\" s=\"0\"/></row><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t> </t></is></c></row>"));

        assertThat(rows(file)).containsExactly(List.of("row 1", "NUMBER 1"), List.of("row 2"));
    }

    @Test
    void aNumberIsADateWhenItsStyleShowsOneIncludingChineseBuiltInFormats() throws Exception {
        String styles = "<styleSheet xmlns=\"" + MAIN + "\">"
                // a style template with a date format: cells index cellXfs, never these
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
                + "<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"31\"/>"
                + "<xf numFmtId=\"32\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf numFmtId=\"58\"/>"
                + "<xf numFmtId=\"22\"/></cellXfs>"
                // listed after the styles that use them, as some writers do
                + "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/></numFmts></styleSheet>";
        StringBuilder cells = new StringBuilder("<row r=\"1\">");
        for (int style = 0; style <= 8; style++) {
            cells.append("<c r=\"").append((char) ('A' + style)).append("1\" s=\"").append(style)
                    .append("\"><v>45000</v></c>");
        }
        Path file = write(RawXlsx.excelLike("cases", cells.append("</row>").toString())
                .part("xl/styles.xml", styles));

        // styles 0–7 as listed; style 8 does not exist and reads as a plain number
        assertThat(rows(file)).containsExactly(List.of("row 1", "NUMBER 45000", "DATE 45000", "DATE 45000",
                "NUMBER 45000", "DATE 45000", "NUMBER 45000", "DATE 45000", "DATE 45000", "NUMBER 45000"));
    }

    @Test
    void strictPrefixedPackageWithItsOwnPartNamesAndAChartSheet() throws Exception {
        String strict = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
        Path file = new RawXlsx()
                .part("_rels/.rels", rels(rel("r1", strict + "officeDocument", "/book/Main.xml")))
                .part("book/Main.xml", "<x:workbook xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\""
                        + " xmlns:r=\"" + RELS + "\"><x:workbookPr date1904=\"true\"/><x:sheets>"
                        + "<x:sheet name=\"图表\" sheetId=\"2\" r:id=\"c\"/>"
                        + "<x:sheet name=\"案件\" sheetId=\"1\" r:id=\"s\"/></x:sheets></x:workbook>")
                .part("book/_rels/Main.xml.rels", rels(
                        rel("c", strict + "chartsheet", "charts/chart.xml"),
                        rel("s", strict + "worksheet", "/Data/Cases.XML")))
                .part("data/cases.xml", "<x:worksheet xmlns:x=\"http://purl.oclc.org/ooxml/spreadsheetml/main\">"
                        + "<x:sheetData><x:row x:r=\"1\"><x:c x:r=\"B1\" x:t=\"inlineStr\"><x:is><x:t>严格</x:t></x:is>"
                        + "</x:c></x:row></x:sheetData></x:worksheet>")
                .write(dir.resolve("strict.xlsx"));

        try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
            assertThat(workbook.sheets()).extracting(XlsxWorkbook.Sheet::name).containsExactly("案件");
            assertThat(workbook.isDate1904()).isTrue();
        }
        assertThat(rows(file)).containsExactly(List.of("row 1", "BLANK", "TEXT 严格"));
    }

    @Test
    void partNamesWithChineseCharactersMatchTheirPercentEscapedReferences() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "")
                .without("xl/worksheets/sheet1.xml")
                .part("xl/_rels/workbook.xml.rels", rels(
                        rel("rId1", TYPES + "worksheet", "worksheets/%E6%A1%88%E4%BB%B6%201+1.xml"),
                        rel("rId2", TYPES + "sharedStrings", "sharedStrings.xml")))
                .part("xl/worksheets/案件 1+1.xml", RawXlsx.sheet("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>")));

        assertThat(rows(file)).containsExactly(List.of("row 1", "NUMBER 3"));
    }

    @Test
    void aWorkbookWithoutPackageRelationshipsIsFoundWhereExcelPutsIt() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"1\"><c r=\"A1\"><v>7</v></c></row>")
                .without("_rels/.rels"));

        assertThat(rows(file)).containsExactly(List.of("row 1", "NUMBER 7"));
    }

    @Test
    void readingStopsWhenTheRowsAreNoLongerWanted() throws Exception {
        Path file = write(RawXlsx.excelLike("cases",
                "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></c></row>"));
        List<Integer> taken = new ArrayList<>();
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file);
                InputStream in = workbook.open(workbook.sheets().get(0))) {
            workbook.sheetReader().read(in, row -> {
                taken.add(row.number());
                return false;
            });
        }
        assertThat(taken).containsExactly(1);
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path file = write(RawXlsx.excelLike("cases", "")
                .part("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE worksheet ["
                        + "<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]><worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e;</t></is></c></row></sheetData></worksheet>"));

        List<List<String>> rows = new ArrayList<>();
        try {
            rows.addAll(rows(file));
        } catch (XlsxSheetReader.BrokenSheetException refused) {
            // refusing the entity is as good as leaving it unexpanded
        }
        assertThat(rows.toString()).doesNotContain("TOP-SECRET");
    }

    @Test
    void progressOnASheetCountsItsBytesAgainstItsSize() throws Exception {
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>case_id</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>agency</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>filing_date</t></is></c></row>");
        for (int r = 2; r <= 2501; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>C")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\" t=\"inlineStr\"><is><t>市局</t></is></c><c r=\"C").append(r)
                    .append("\" s=\"0\"><v>45000</v></c></row>");
        }
        Path file = write(RawXlsx.excelLike("cases", rows.toString()));
        List<Long> totals = new ArrayList<>();
        List<Long> bytes = new ArrayList<>();
        List<Long> finished = new ArrayList<>();
        ReadProgress progress = new ReadProgress() {
            @Override
            public void started(String shown, String sheet, long totalBytes) {
                totals.add(totalBytes);
            }

            @Override
            public void advanced(long rowsRead, long bytesRead) {
                bytes.add(bytesRead);
            }

            @Override
            public void finished(long rowsRead) {
                finished.add(rowsRead);
            }
        };
        new InputReader(Mapping.none()).withProgress(progress).read(List.of(file), record -> { });

        long size = RawXlsx.sheet(rows.toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(totals).containsExactly(size);
        assertThat(bytes).hasSize(2).isSorted().allSatisfy(read -> assertThat(read).isPositive().isLessThanOrEqualTo(size));
        assertThat(finished).containsExactly(2501L);
    }

    // ---- broken workbooks, through the reader's error messages

    private void fails(Path file, String key, String... mentions) {
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            for (Lang lang : Lang.values()) {
                assertThat(e.message(lang)).contains(file.getFileName().toString()).contains(mentions);
            }
        });
    }

    @Test
    void xmlBrokenInsideACellNamesTheFileSheetRowAndColumn() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "").part("xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\"><v>2</v></c><c r=\"B2\"><v>3</v"));

        fails(file, "read.error.sheetCell", "cases", "2", "B");
    }

    @Test
    void xmlBrokenBetweenCellsNamesTheRow() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"9\"><c r=\"A9\"><v>2</v></c><oops></row>"));

        fails(file, "read.error.sheetRow", "cases", "9");
    }

    @Test
    void aSharedStringMissingFromTheTableIsABrokenCell() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"3\"><c r=\"D3\" t=\"s\"><v>5</v></c></row>"));

        fails(file, "read.error.sheetCell", "cases", "3", "D", "5");
    }

    @Test
    void aCellBeyondTheLastColumnIsABrokenCell() throws Exception {
        Path file = write(RawXlsx.excelLike("cases", "<row r=\"4\"><c r=\"ZZZZ4\"><v>1</v></c></row>"));

        fails(file, "read.error.sheetRow", "cases", "4", "ZZZZ4");
    }

    @Test
    void aPackageWithoutItsWorkbookPartIsCorrupt() throws Exception {
        fails(write(RawXlsx.excelLike("cases", "").without("xl/workbook.xml")), "read.error.corrupt", "xl/workbook.xml");
    }

    @Test
    void aSheetWhosePartIsMissingIsSkippedWithANote() throws Exception {
        Reading r = Reading.of(write(RawXlsx.excelLike("cases", "").without("xl/worksheets/sheet1.xml")));
        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::ignoredReason)
                .containsExactly(tuple("cases", "read.ignored.noPart"));
    }
}

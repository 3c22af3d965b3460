package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.read.Workbooks.row;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fazhi.model.Officer;
import org.fazhi.model.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class MergeScansTest {
    @TempDir
    Path dir;

    @Test
    void eachSheetGetsItsOwnMergedRangesWhateverOrderTheyAreAskedIn() throws Exception {
        Path file = workbook(dir.resolve("three.xlsx"));
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); MergeScans run = MergeScans.forOneRead()) {
            MergeScans.Workbook scans = run.ahead(file, workbook, workbook.sheets());
            List<XlsxWorkbook.Sheet> sheets = workbook.sheets();
            assertThat(XlsxMergeScanTest.ranges(scans.of(sheets.get(2)))).containsExactly("1-1:0-3", "5-9:1-1");
            assertThat(XlsxMergeScanTest.ranges(scans.of(sheets.get(0)))).containsExactly("1-2:0-0");
            assertThat(XlsxMergeScanTest.ranges(scans.of(sheets.get(1)))).isEmpty();
        }
    }

    @Test
    void aSheetWhoseScanFailsFailsWhenItIsAskedForAndNotBefore() throws Exception {
        Path file = workbook(dir.resolve("broken.xlsx"));
        corrupt(file, "xl/worksheets/sheet2.xml");
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); MergeScans run = MergeScans.forOneRead()) {
            MergeScans.Workbook scans = run.ahead(file, workbook, workbook.sheets());
            List<XlsxWorkbook.Sheet> sheets = workbook.sheets();
            assertThat(XlsxMergeScanTest.ranges(scans.of(sheets.get(0)))).containsExactly("1-2:0-0");
            assertThatThrownBy(() -> scans.of(sheets.get(1))).isInstanceOf(ZipException.class);
            assertThat(XlsxMergeScanTest.ranges(scans.of(sheets.get(2)))).containsExactly("1-1:0-3", "5-9:1-1");
        }
    }

    @Test
    void oneReadingScansOnlyTheSheetsItReads() throws Exception {
        Path file = workbook(dir.resolve("some.xlsx"));
        try (XlsxWorkbook workbook = XlsxWorkbook.open(file); MergeScans run = MergeScans.forOneRead()) {
            MergeScans.Workbook scans = run.ahead(file, workbook, workbook.sheets().subList(0, 1));
            assertThatThrownBy(() -> scans.of(workbook.sheets().get(1))).isInstanceOf(IllegalArgumentException.class);
            assertThat(run.started()).isEqualTo(1);
        }
    }

    @Test
    void scansKeptForTheRunStartWithEverySheetAndOutliveTheReadingThatStartedThem() throws Exception {
        Path file = workbook(dir.resolve("run.xlsx"));
        try (MergeScans run = MergeScans.forTheRun()) {
            try (XlsxWorkbook first = XlsxWorkbook.open(file)) {
                MergeScans.Workbook scans = run.ahead(file, first, first.sheets().subList(0, 1));
                assertThat(XlsxMergeScanTest.ranges(scans.of(first.sheets().get(0)))).containsExactly("1-2:0-0");
                assertThat(run.started()).as("the other sheets too, for the next reading").isEqualTo(3);
            }
            try (XlsxWorkbook second = XlsxWorkbook.open(file)) {
                MergeScans.Workbook scans = run.ahead(file, second, second.sheets());
                assertThat(run.started()).as("nothing scanned twice").isEqualTo(3);
                assertThat(XlsxMergeScanTest.ranges(scans.of(second.sheets().get(2))))
                        .containsExactly("1-1:0-3", "5-9:1-1");
                assertThat(XlsxMergeScanTest.ranges(scans.of(second.sheets().get(0)))).containsExactly("1-2:0-0");
            }
        }
    }

    @Test
    void aWorkbookChangedSinceItWasScannedIsScannedAnew() throws Exception {
        Path file = workbook(dir.resolve("changed.xlsx"));
        try (MergeScans run = MergeScans.forTheRun()) {
            try (XlsxWorkbook before = XlsxWorkbook.open(file)) {
                run.ahead(file, before, before.sheets()).of(before.sheets().get(0));
            }
            Files.copy(workbook(dir.resolve("other.xlsx"), "<mergeCell ref=\"C3:E4\"/>"), file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(
                    Files.getLastModifiedTime(file).toMillis() + 60_000));
            try (XlsxWorkbook after = XlsxWorkbook.open(file)) {
                MergeScans.Workbook scans = run.ahead(file, after, after.sheets());
                assertThat(run.started()).isEqualTo(6);
                assertThat(XlsxMergeScanTest.ranges(scans.of(after.sheets().get(0)))).containsExactly("3-4:2-4");
            }
        }
    }

    @Test
    void theOfficersReadingAndTheRecordsReadingOfACheckScanEachSheetOnce() throws Exception {
        // sheets whose names name no record type: the officers' reading opens each to find its header
        Path file = new Workbooks()
                .sheet("Sheet1", row("case_id", "agency", "filing_date"), row("C1", "局", "2023-01-01"))
                .sheet("Sheet2", row("officer_id", "name", "agency", "certificate_valid_until"),
                        row("Z1", "甲", "局", "2030-01-01"))
                .write(dir.resolve("unnamed.xlsx"));
        try (MergeScans run = MergeScans.forTheRun()) {
            List<Record> officers = new ArrayList<>();
            new InputReader(Mapping.none()).withMergeScans(run)
                    .read(List.of(file), type -> type.recordClass() == Officer.class, record -> {
                        if (record instanceof Officer) {
                            officers.add(record);
                        }
                    });
            assertThat(officers).extracting(Record::getId).containsExactly("Z1");
            List<Record> all = new ArrayList<>();
            new InputReader(Mapping.none()).withMergeScans(run).read(List.of(file), all::add);
            assertThat(all).extracting(Record::getId).containsExactly("C1", "Z1");
            assertThat(run.started()).isEqualTo(2);
        }
    }

    @Test
    void aLayoutKeptForTheRunIsWalkedOncePerVersionOfItsFile() throws Exception {
        Path file = Files.writeString(dir.resolve("page.html"), "<table><tr><td>1</td></tr></table>");
        int[] walks = {0};
        MergeScans.Walk<String, RuntimeException> walk = () -> "walk " + ++walks[0];
        try (MergeScans run = MergeScans.forTheRun()) {
            assertThat(run.layout(file, String.class, walk)).isEqualTo("walk 1");
            assertThat(run.layout(file, String.class, walk)).isEqualTo("walk 1");
            Files.writeString(file, "<table><tr><td>22</td></tr></table>");
            assertThat(run.layout(file, String.class, walk)).as("changed since").isEqualTo("walk 2");
        }
        try (MergeScans one = MergeScans.forOneRead()) {
            assertThat(one.layout(file, String.class, walk)).isEqualTo("walk 3");
            assertThat(one.layout(file, String.class, walk)).isEqualTo("walk 4");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "spreadsheetml", "biff"})
    void aFileWalkedTwiceKeepsItsMergedCellsForTheRunsSecondReading(String format) throws Exception {
        Path file = format.equals("biff") ? biffCases(dir.resolve("cases-biff.xls"))
                : Files.writeString(dir.resolve("cases-" + format + ".xls"), format.equals("html") ? """
                <html><body><table><caption>行政处罚案件</caption>
                <tr><td>案件编号</td><td>执法机关</td><td>立案日期</td></tr>
                <tr><td>CF-1</td><td rowspan="2">市场监管局</td><td>2025-01-10</td></tr>
                <tr><td>CF-2</td><td>2025-01-11</td></tr></table></body></html>
                """ : """
                <?xml version="1.0"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="行政处罚案件"><Table>
                  <Row><Cell><Data ss:Type="String">案件编号</Data></Cell><Cell><Data ss:Type="String">执法机关</Data></Cell>
                   <Cell><Data ss:Type="String">立案日期</Data></Cell></Row>
                  <Row><Cell><Data ss:Type="String">CF-1</Data></Cell>
                   <Cell ss:MergeDown="1"><Data ss:Type="String">市场监管局</Data></Cell>
                   <Cell><Data ss:Type="String">2025-01-10</Data></Cell></Row>
                  <Row><Cell><Data ss:Type="String">CF-2</Data></Cell>
                   <Cell ss:Index="3"><Data ss:Type="String">2025-01-11</Data></Cell></Row>
                 </Table></Worksheet>
                </Workbook>
                """);
        try (MergeScans run = MergeScans.forTheRun()) {
            new InputReader(Mapping.none()).withMergeScans(run)
                    .read(List.of(file), type -> type.recordClass() == Officer.class, record -> { });
            List<Record> all = new ArrayList<>();
            new InputReader(Mapping.none()).withMergeScans(run).read(List.of(file), all::add);
            assertThat(all).extracting(Record::getId).containsExactly("CF-1", "CF-2");
            assertThat(all).extracting(Record::getAgency).containsExactly("市场监管局", "市场监管局");
        }
    }

    /** Two cases in an Excel 97–2003 workbook, their agency merged down over both rows. */
    private static Path biffCases(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("行政处罚案件");
            String[][] rows = {{"案件编号", "执法机关", "立案日期"}, {"CF-1", "市场监管局", "2025-01-10"}, {"CF-2", null, "2025-01-11"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            wb.write(out);
        }
        return file;
    }

    /** Three sheets, the second one large, so that its compressed data can be broken in the middle. */
    private static Path workbook(Path file) throws IOException {
        return workbook(file, "<mergeCell ref=\"A1:A2\"/>");
    }

    /** As {@link #workbook(Path)}, with these merged cells in the first sheet. */
    private static Path workbook(Path file, String firstSheetMerges) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 20_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>").append(r * 7919L % 10007)
                    .append("</v></c></row>");
        }
        return RawXlsx.excelLike("cases", "<row r=\"1\"/>")
                .part("xl/workbook.xml", "<workbook xmlns=\"" + RawXlsx.MAIN + "\" xmlns:r=\"" + RawXlsx.RELS + "\"><sheets>"
                        + "<sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"b\" sheetId=\"2\" r:id=\"rId4\"/>"
                        + "<sheet name=\"c\" sheetId=\"3\" r:id=\"rId5\"/></sheets></workbook>")
                .part("xl/_rels/workbook.xml.rels", RawXlsx.rels(
                        RawXlsx.rel("rId1", RawXlsx.TYPES + "worksheet", "worksheets/sheet1.xml"),
                        RawXlsx.rel("rId4", RawXlsx.TYPES + "worksheet", "worksheets/sheet2.xml"),
                        RawXlsx.rel("rId5", RawXlsx.TYPES + "worksheet", "worksheets/sheet3.xml")))
                .part("xl/worksheets/sheet1.xml", withMerges("<row r=\"1\"/>", firstSheetMerges))
                .part("xl/worksheets/sheet2.xml", withMerges(rows.toString(), ""))
                .part("xl/worksheets/sheet3.xml", withMerges("<row r=\"1\"/>",
                        "<mergeCell ref=\"A1:D1\"/><mergeCell ref=\"B5:B9\"/>"))
                .write(file);
    }

    private static String withMerges(String rows, String merges) {
        return RawXlsx.sheet(rows).replace("<mergeCells count=\"0\"/>", "<mergeCells>" + merges + "</mergeCells>");
    }

    /** Overwrites the middle of a part's compressed data, so that inflating it fails. */
    private static void corrupt(Path file, String part) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] name = part.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i + 30 + name.length <= bytes.length; i++) {
            boolean local = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            if (local && java.util.Arrays.equals(bytes, i + 30, i + 30 + name.length, name, 0, name.length)) {
                int data = i + 30 + name.length + 200;
                java.util.Arrays.fill(bytes, data, data + 400, (byte) 0xFF);
                Files.write(file, bytes);
                return;
            }
        }
        throw new AssertionError("no part " + part);
    }
}

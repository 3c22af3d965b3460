package org.fazhi.read;

import org.fazhi.model.CellProblem;
import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.fazhi.read.Workbooks.row;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.model.PenaltyCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every format records.md names, built the way other programs write it, read by its content. */
class FormatsTest {
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static PenaltyCase penalty(Reading r, int i) {
        return (PenaltyCase) r.record(i);
    }

    private void refused(Path input, String key, String... mentions) {
        assertThatThrownBy(() -> Reading.of(input)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            for (Lang lang : Lang.values()) {
                assertThat(e.message(lang)).contains(input.getFileName().toString()).doesNotContain("\n");
                for (String mention : mentions) {
                    assertThat(e.message(lang)).contains(mention);
                }
            }
        });
    }

    // --- BIFF8 .xls ---

    /** A workbook as Excel 97–2003 writes it: shared strings, numbers, a Chinese built-in date format. */
    private static HSSFWorkbook xls() {
        HSSFWorkbook wb = new HSSFWorkbook();
        HSSFSheet sheet = wb.createSheet("行政处罚案件");
        HSSFCellStyle chineseDate = wb.createCellStyle();
        chineseDate.setDataFormat((short) 31); // yyyy"年"m"月"d"日", which the file does not spell out
        HSSFCellStyle customDate = wb.createCellStyle();
        customDate.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        HSSFRow title = sheet.createRow(0);
        title.createCell(0).setCellValue("2025年行政处罚案件台账");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        HSSFRow header = sheet.createRow(1);
        String[] headers = {"案件编号", "执法机关", "立案日期", "罚款金额（元）"};
        for (int c = 0; c < headers.length; c++) {
            header.createCell(c).setCellValue(headers[c]);
        }
        HSSFRow a = sheet.createRow(2);
        a.createCell(0).setCellValue("CF-1");
        a.createCell(1).setCellValue("市场监管局");
        a.createCell(2).setCellValue(LocalDate.of(2023, 1, 11));
        a.getCell(2).setCellStyle(chineseDate);
        a.createCell(3).setCellValue(12000);
        HSSFRow b = sheet.createRow(4); // row 4 (index 3) left empty
        b.createCell(0).setCellFormula("\"CF-\"&\"2\"");
        b.createCell(1).setCellValue("生态环境局");
        b.createCell(2).setCellValue(LocalDate.of(2023, 2, 1));
        b.getCell(2).setCellStyle(customDate);
        b.createCell(3).setCellValue(1500.5);
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // Excel saves each formula's result
        return wb;
    }

    private Path save(HSSFWorkbook wb, String name) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); wb) {
            wb.write(out);
        }
        return file;
    }

    @Test
    void xlsIsStreamedWithDatesFromChineseFormatsAndFormulaText() throws Exception {
        Reading r = Reading.of(save(xls(), "cases.xls"));
        assertThat(r.records).hasSize(2);
        assertThat(penalty(r, 0).getCaseId()).isEqualTo("CF-1");
        assertThat(penalty(r, 0).getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(penalty(r, 0).getFineAmount()).isEqualByComparingTo("12000");
        assertThat(penalty(r, 0).getSource().row()).isEqualTo(3);
        assertThat(penalty(r, 1).getCaseId()).isEqualTo("CF-2");
        assertThat(penalty(r, 1).getFilingDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(penalty(r, 1).getFineAmount()).isEqualByComparingTo("1500.5");
        assertThat(penalty(r, 1).getSource().row()).isEqualTo(5);
        assertThat(penalty(r, 1).getSource().sheet()).isEqualTo("行政处罚案件");
        assertThat(r.summary(0)).extracting(InputSummary::format, InputSummary::hidden, InputSummary::blankRowsSkipped)
                .containsExactly("xls", false, 1);
    }

    @Test
    void xlsIn1904SystemAndHiddenSheets() throws Exception {
        HSSFWorkbook wb = xls();
        ((DateWindow1904Record) wb.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
                .setWindowing((short) 1);
        wb.createSheet("执法人员");
        wb.setSheetHidden(0, true);
        Reading r = Reading.of(save(wb, "cases.xls"));
        // the serials were written in the 1900 system: read in 1904 they fall four years and a day later
        assertThat(penalty(r, 0).getFilingDate()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::hidden)
                .containsExactly(tuple("行政处罚案件", true), tuple("执法人员", false));
    }

    @Test
    void xlsSavedByExcelUnderAnotherNameIsReadAndTheRunSaysSo() throws Exception {
        Reading r = Reading.of(save(xls(), "导出.csv"));
        assertThat(r.records).hasSize(2);
        assertThat(r.summary(0).format()).isEqualTo("xls");
        assertThat(r.summary(0).disguised()).isTrue();
    }

    /**
     * The bundled sample workbook as LibreOffice Calc saves it in Excel 97–2003 format
     * ({@code soffice --convert-to xls}): the same sheets, records and source rows as the .xlsx.
     */
    @Test
    void xlsSavedByLibreOfficeReadsLikeTheWorkbookItCameFrom() throws Exception {
        Path xls = Path.of(FormatsTest.class.getResource("libreoffice-kunming-2025.xls").toURI());
        Reading fromXls = Reading.of(xls);
        Reading fromXlsx = Reading.of(Path.of("../samples/kunming-2025/执法监督台账2025.xlsx"));
        assertThat(fromXls.summaries).extracting(InputSummary::sheet, InputSummary::recordType, InputSummary::rows)
                .containsExactlyElementsOf(fromXlsx.summaries.stream()
                        .map(s -> tuple(s.sheet(), s.recordType(), s.rows())).toList());
        assertThat(fromXls.records).extracting(r -> r.getId() + "@" + r.getSource().sheet() + ":" + r.getSource().row()
                + " " + r.getProblems()).containsExactlyElementsOf(fromXlsx.records.stream()
                .map(r -> r.getId() + "@" + r.getSource().sheet() + ":" + r.getSource().row() + " " + r.getProblems())
                .toList());
        assertThat(fromXls.summary(0).format()).isEqualTo("xls");
    }

    @Test
    void encryptedXlsIsRefused() throws Exception {
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        Path file;
        try {
            file = save(xls(), "cases.xls");
        } finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused(file, "read.refused.encrypted", ".xlsx");
    }

    @Test
    void excel95IsRefused() throws Exception {
        Path file = dir.resolve("old.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00}),
                    "Book");
            fs.writeFilesystem(out);
        }
        refused(file, "read.refused.oldExcel", ".xlsx");
    }

    @Test
    void brokenXlsNamesTheFileWithoutTheParsersText() throws Exception {
        Path good = save(xls(), "good.xls");
        byte[] bytes = Files.readAllBytes(good);
        // keep the OLE2 directory, damage the records of the workbook stream
        for (int i = 1024; i < bytes.length - 512; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path broken = write("broken.xls", bytes);
        assertThatThrownBy(() -> Reading.of(broken)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).startsWith("read.");
            assertThat(e.message(Lang.ZH)).contains("broken.xls").doesNotContain("\n").doesNotContainPattern(
                    "Exception|record|Record");
        });
    }

    // --- HTML tables ---

    private static final String HTML_TABLE = """
            <table border=1>
            <tr><td colspan=4>2025年行政处罚案件台账</td></tr>
            <tr><th>案件编号</th><th>执法机关</th><th>立案日期</th><th>罚款金额（元）</th></tr>
            <tr><td>CF-1</td><td rowspan=2>市场监管局</td><td>2023-01-11</td><td>12,000</td></tr>
            <tr><td>CF-2</td><td>2023年2月1日</td><td>1.5万元</td></tr>
            </table>
            """;

    @Test
    void htmlInGbkWithMetaCharsetNamedXls() throws Exception {
        String page = "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head>"
                + "<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
                + "<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>"
                + "<x:Name>行政处罚案件</x:Name></x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->"
                + "</head><body>" + HTML_TABLE + "</body></html>";
        Reading r = Reading.of(write("导出.xls", page.getBytes(GBK)));
        assertThat(r.records).hasSize(2);
        assertThat(penalty(r, 0).getAgency()).isEqualTo("市场监管局");
        assertThat(penalty(r, 0).getFineAmount()).isEqualByComparingTo("12000");
        assertThat(penalty(r, 0).getSource().row()).isEqualTo(3);
        assertThat(penalty(r, 1).getCaseId()).isEqualTo("CF-2");
        // the rowspan keeps the next cells in their columns
        assertThat(penalty(r, 1).getFilingDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(penalty(r, 1).getFineAmount()).isEqualByComparingTo("15000");
        assertThat(penalty(r, 1).getSource().row()).isEqualTo(4);
        assertThat(r.summary(0)).extracting(InputSummary::sheet, InputSummary::format, InputSummary::disguised)
                .containsExactly("行政处罚案件", "html", true);
    }

    @Test
    void aWebPageCutShortInsideATableIsRefusedNotReadAsAShorterOne() throws Exception {
        String page = "<html><body>" + HTML_TABLE + "<table><caption>执法人员</caption><tr><th>执法证件号</th></tr>"
                + "<tr><td>ZF-1</td></tr></table></body></html>";
        assertThat(Reading.of(write("whole.xls", page.getBytes(StandardCharsets.UTF_8))).records).hasSize(3);

        String cut = page.substring(0, page.indexOf("2023年2月1日") + 4);
        refused(write("cut.xls", cut.getBytes(StandardCharsets.UTF_8)), "read.error.htmlCut", "cut.xls", "</table>");
        // a page may leave out </td> and </tr>, never </table>
        String sloppy = "<html><body><table><tr><th>案件编号<th>执法机关<th>立案日期"
                + "<tr><td>CF-1<td>局<td>2023-01-11</table>";
        assertThat(Reading.of(write("sloppy.html", sloppy.getBytes(StandardCharsets.UTF_8))).records).hasSize(1);
    }

    @Test
    void htmlWithOnlyAByteOrderMarkOrNothingIsDetected() throws Exception {
        byte[] body = ("<html><body><table><caption>行政处罚案件</caption>" + HTML_TABLE.substring(HTML_TABLE.indexOf("<tr>"))
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] marked = new byte[body.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(body, 0, marked, 3, body.length);
        Reading withMark = Reading.of(write("a.xls", marked));
        assertThat(withMark.records).hasSize(2);
        assertThat(withMark.summary(0).sheet()).isEqualTo("行政处罚案件");
        String gbkPage = "<table>" + HTML_TABLE.substring(HTML_TABLE.indexOf("<tr>"));
        Reading detected = Reading.of(write("行政处罚案件.xls", gbkPage.getBytes(GBK)));
        assertThat(detected.records).hasSize(2);
        assertThat(penalty(detected, 0).getAgency()).isEqualTo("市场监管局");
        assertThat(detected.summary(0).sheet()).isEqualTo("行政处罚案件");
    }

    @Test
    void everyTableIsASheet() throws Exception {
        String page = "<html><body><table><caption>说明</caption><tr><td>本表由系统导出</td></tr></table>"
                + "<table><caption>行政处罚案件</caption>" + HTML_TABLE.substring(HTML_TABLE.indexOf("<tr>"))
                + "</body></html>";
        Reading r = Reading.of(write("export.html", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.summaries).extracting(InputSummary::sheet, InputSummary::recordType)
                .containsExactly(tuple("说明", null), tuple("行政处罚案件", "case"));
        assertThat(r.records).hasSize(2);
    }

    // --- SpreadsheetML 2003 ---

    @Test
    void spreadsheetMlWithIndexAndMerges() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <?mso-application progid="Excel.Sheet"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:x="urn:schemas-microsoft-com:office:excel"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="行政处罚案件">
                  <Table>
                   <Row><Cell ss:MergeAcross="3"><Data ss:Type="String">台账</Data></Cell></Row>
                   <Row><Cell><Data ss:Type="String">案件编号</Data></Cell><Cell><Data ss:Type="String">执法机关</Data></Cell>
                    <Cell><Data ss:Type="String">立案日期</Data></Cell><Cell><Data ss:Type="String">罚款金额（元）</Data></Cell></Row>
                   <Row ss:Index="4"><Cell><Data ss:Type="String">CF-1</Data></Cell>
                    <Cell ss:MergeDown="1"><Data ss:Type="String">市场<B xmlns="http://www.w3.org/TR/REC-html40">监管局</B></Data></Cell>
                    <Cell><Data ss:Type="DateTime">2023-01-11T00:00:00.000</Data></Cell><Cell><Data ss:Type="Number">12000</Data></Cell></Row>
                   <Row><Cell><Data ss:Type="String">CF-2</Data></Cell>
                    <Cell ss:Index="4"><Data ss:Type="Number">1.5E3</Data></Cell></Row>
                  </Table>
                  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
                 </Worksheet>
                </Workbook>
                """;
        Reading r = Reading.of(write("cases.xls", xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.records).hasSize(2);
        assertThat(penalty(r, 0).getAgency()).isEqualTo("市场监管局");
        assertThat(penalty(r, 0).getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 11));
        assertThat(penalty(r, 0).getSource().row()).isEqualTo(4);
        assertThat(penalty(r, 1).getFineAmount()).isEqualByComparingTo("1500");
        assertThat(penalty(r, 1).getSource().row()).isEqualTo(5);
        assertThat(r.summary(0)).extracting(InputSummary::format, InputSummary::hidden, InputSummary::blankRowsSkipped)
                .containsExactly("spreadsheetml", true, 1);
    }

    @Test
    void aSpreadsheetMlFormulaWithoutItsResultIsAProblemCellNotABlankOne() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="行政处罚案件"><Table>
                   <Row><Cell><Data ss:Type="String">案件编号</Data></Cell><Cell><Data ss:Type="String">执法机关</Data></Cell>
                    <Cell><Data ss:Type="String">立案日期</Data></Cell><Cell><Data ss:Type="String">罚款金额（元）</Data></Cell></Row>
                   <Row><Cell><Data ss:Type="String">CF-1</Data></Cell><Cell><Data ss:Type="String">市场监管局</Data></Cell>
                    <Cell ss:Formula="=TODAY()"/><Cell ss:Formula="=R[1]C"/></Row>
                   <Row><Cell><Data ss:Type="String">CF-2</Data></Cell><Cell><Data ss:Type="String">市场监管局</Data></Cell>
                    <Cell><Data ss:Type="DateTime">2023-01-11T00:00:00.000</Data></Cell>
                    <Cell ss:Formula="=1+1"><Data ss:Type="Number">2</Data></Cell></Row>
                 </Table></Worksheet>
                </Workbook>
                """;
        Reading r = Reading.of(write("cases.xml", xml.getBytes(StandardCharsets.UTF_8)));

        assertThat(r.record(0).getProblems())
                .extracting(CellProblem::field, CellProblem::column, CellProblem::raw, CellProblem::kind)
                .containsExactly(tuple("filing_date", "C", "=TODAY()", CellProblem.Kind.NO_RESULT),
                        tuple("fine_amount", "D", "=R[1]C", CellProblem.Kind.NO_RESULT));
        assertThat(penalty(r, 1).getFineAmount()).as("a formula with its result gives the result")
                .isEqualByComparingTo("2");
        assertThat(r.record(1).getProblems()).isEmpty();
    }

    @Test
    void spreadsheetMlDeclaredInGb2312() throws Exception {
        String xml = """
                <?xml version="1.0" encoding="GB2312"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
                 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
                 <Worksheet ss:Name="行政处罚案件"><Table>
                   <Row><Cell><Data ss:Type="String">案件编号</Data></Cell><Cell><Data ss:Type="String">执法机关</Data></Cell>
                    <Cell><Data ss:Type="String">立案日期</Data></Cell></Row>
                   <Row><Cell><Data ss:Type="String">CF-1</Data></Cell><Cell><Data ss:Type="String">市场监管局</Data></Cell>
                    <Cell><Data ss:Type="DateTime">2023-01-11T00:00:00.000</Data></Cell></Row>
                 </Table></Worksheet>
                </Workbook>
                """;
        Reading r = Reading.of(write("export.xml", xml.getBytes(GBK)));
        assertThat(penalty(r, 0).getAgency()).isEqualTo("市场监管局");
        assertThat(r.summary(0).disguised()).isFalse();
    }

    @Test
    void htmlLineBreaksInACellAreLineBreaks() {
        org.jsoup.nodes.Element td = org.jsoup.Jsoup.parse("<table><tr><td> 立案审批、\n  调查取证<br style='mso-data-placement:"
                + "same-cell'>集体  讨论<p>送达</p></td></tr></table>").selectFirst("td");
        assertThat(HtmlTables.cellText(td)).isEqualTo("立案审批、 调查取证\n集体 讨论\n送达");
    }

    // --- delimited text ---

    private static final String CASES = """
            案件编号,执法机关,立案日期,罚款金额（元）
            CF-1,市场监管局,2023-01-11,"12,000"
            CF-2,生态环境局,2023年2月1日,1.5万元
            """;

    private void assertCases(Reading r) {
        assertThat(r.records).as(r.summaries.toString()).hasSize(2);
        assertThat(penalty(r, 0).getAgency()).isEqualTo("市场监管局");
        assertThat(penalty(r, 0).getFineAmount()).isEqualByComparingTo("12000");
        assertThat(penalty(r, 1).getFilingDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(penalty(r, 1).getSource().row()).isEqualTo(3);
        assertThat(r.summary(0).format()).isEqualTo("text");
    }

    @Test
    void tabSeparatedGbkWithCrLf() throws Exception {
        String tsv = CASES.replace("\"12,000\"", "12000").replace(',', '\t').replace("\n", "\r\n");
        assertCases(Reading.of(write("行政处罚案件.txt", tsv.getBytes(GBK))));
    }

    @Test
    void utf16LittleEndianWithMark() throws Exception {
        byte[] body = CASES.replace(',', '\t').replace("\"12\t000\"", "12000").getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertCases(Reading.of(write("cases.csv", bytes)));
    }

    @Test
    void semicolons() throws Exception {
        String text = CASES.replace(',', ';').replace("\"12;000\"", "\"12,000\"");
        assertCases(Reading.of(write("cases.csv", text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void separatorIsToldFromTheFirstLines() {
        assertThat(Delimiter.of("a,b;c\n1,2;3\n")).isEqualTo(',');
        assertThat(Delimiter.of("a;b;c\n1;2,5;3\n4;5;6\n")).isEqualTo(';');
        assertThat(Delimiter.of("a\tb\n\"x\ty\"\t2\n")).isEqualTo('\t');
        assertThat(Delimiter.of("only one column\n")).isEqualTo(',');
        // a title line above the header holds no separator, or only trailing ones
        assertThat(Delimiter.of("执法人员名单\n执法证件号\t姓名\t机关\nZF-1\t张三\t局\n")).isEqualTo('\t');
        assertThat(Delimiter.of("执法人员名单;;\n执法证件号;姓名;机关\nZF-1;张三;局\n")).isEqualTo(';');
        assertThat(Delimiter.of("台账（2025年，单位：元）\n案件编号\t执法机关\nCF-1\t局\nCF-2\t局\n"))
                .isEqualTo('\t');
    }

    @Test
    void aTabSeparatedFileWithATitleLineFindsItsHeaderBelowTheTitle() throws Exception {
        String tsv = "2025年行政处罚案件台账\n" + CASES.replace("\"12,000\"", "12000").replace(',', '\t');
        Reading r = Reading.of(write("export.txt", tsv.getBytes(GBK)));
        assertThat(r.records).as(r.summaries.toString()).hasSize(2);
        assertThat(penalty(r, 1).getFilingDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(penalty(r, 1).getSource().row()).isEqualTo(4);
    }

    @Test
    void xlsxNamedCsvIsReadAsAWorkbook() throws Exception {
        Path file = new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"), row("A", "B", "2023-01-01"))
                .write(dir.resolve("cases.csv"));
        Reading r = Reading.of(file);
        assertThat(r.records).hasSize(1);
        assertThat(r.summary(0)).extracting(InputSummary::sheet, InputSummary::format, InputSummary::disguised)
                .containsExactly("cases", "xlsx", true);
    }

    @Test
    void aCellLongerThanExcelAllowsIsCutAndFlagged() throws Exception {
        String text = "案件编号,执法机关,立案日期\nCF-1," + "局".repeat(40_000) + ",2023-01-11\n";
        Reading r = Reading.of(write("cases.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(penalty(r, 0).getAgency()).hasSize(32_767);
        assertThat(Reading.problem(r.record(0), "agency").kind()).isEqualTo(
                org.fazhi.model.CellProblem.Kind.TOO_LONG);
        assertThat(Reading.problem(r.record(0), "agency").raw()).hasSizeLessThan(60);
    }

    // --- refusals ---

    private Path zip(String name, String entry, byte[] content) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
            out.closeEntry();
        }
        return file;
    }

    @Test
    void odsPdfAndOthersAreRefusedNamingWhatToDo() throws Exception {
        refused(zip("cases.ods", "mimetype", "application/vnd.oasis.opendocument.spreadsheet"
                .getBytes(StandardCharsets.US_ASCII)), "read.refused.ods", ".xlsx");
        refused(write("cases.xlsx", "%PDF-1.4\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)), "read.refused.pdf");
        refused(zip("cases.zip", "readme.txt", "x".getBytes(StandardCharsets.US_ASCII)), "read.refused.zip");
        refused(write("scan.xls", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}),
                "read.refused.image");
        refused(write("blob.csv", new byte[] {1, 2, 3, 0, 0, 7, 8}), "read.refused.unknown", ".xlsx");
    }

    @Test
    void encryptedOoxmlIsCalledEncrypted() throws Exception {
        Path file = dir.resolve("cases.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        refused(file, "read.refused.encrypted", ".xlsx");
    }

    @Test
    void zipBombIsRefusedUnread() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 101; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        long started = System.nanoTime();
        refused(file, "read.refused.zipBomb");
        assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    }

    /** A zip whose directory declares small sizes but whose sheet inflates to 120 MB is stopped while read. */
    @Test
    void zipBombThatLiesAboutItsSizesIsStoppedWhileRead() throws Exception {
        Path honest = RawXlsx.excelLike("cases", "").write(dir.resolve("honest.xlsx"));
        Path file = dir.resolve("lying.xlsx");
        String sheetPart = "xl/worksheets/sheet1.xml";
        try (java.util.zip.ZipFile source = new java.util.zip.ZipFile(honest.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String text = new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals(sheetPart)) {
                    int at = text.indexOf("</sheetData>");
                    out.write(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 120; i++) {
                        out.write(spaces);
                    }
                    text = text.substring(at);
                }
                out.write(text.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        byte[] name = sheetPart.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
            boolean central = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            if (central && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                bytes[i + 24] = (byte) 0xE8; // the directory now says 1,000 bytes
                bytes[i + 25] = 0x03;
                bytes[i + 26] = 0;
                bytes[i + 27] = 0;
            }
        }
        Files.write(file, bytes);
        refused(file, "read.refused.zipBomb");
    }

    // --- directories ---

    @Test
    void directoryReadsEveryReadableFormatAndListsTheRestAsSkipped() throws Exception {
        Path d = Files.createDirectories(dir.resolve("exports"));
        save(xls(), "exports/a.xls");
        Files.write(d.resolve("b.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(d.resolve("readme.txt"), "请于月底前报送\n");
        Files.write(d.resolve("zero.csv"), new byte[0]);
        Files.writeString(d.resolve("空行.csv"), "\n \n\n");
        Reading r = Reading.of(d);
        assertThat(r.records).hasSize(2);
        assertThat(r.summaries).extracting(s -> s.file().substring(s.file().lastIndexOf('/') + 1),
                InputSummary::format, InputSummary::ignoredReason).containsExactly(
                tuple("a.xls", "xls", null),
                tuple("b.pdf", "pdf", "read.ignored.format"),
                tuple("readme.txt", "text", "read.ignored.unrecognised"),
                tuple("zero.csv", null, "read.ignored.emptyFile"),
                tuple("空行.csv", "text", "read.ignored.emptyText"));
    }

    @Test
    void hiddenXlsxSheetIsReadAndMarked() throws Exception {
        Path file = new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"), row("A", "B", "2023-01-01"))
                .sheet("说明").hidden(0).write(dir.resolve("hidden.xlsm"));
        Reading r = Reading.of(file);
        assertThat(r.records).hasSize(1);
        assertThat(r.summary(0)).extracting(InputSummary::hidden, InputSummary::format, InputSummary::disguised)
                .containsExactly(true, "xlsx", false);
    }
}

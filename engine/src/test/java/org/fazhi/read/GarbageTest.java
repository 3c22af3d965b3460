package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.fazhi.read.Workbooks.row;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files of every format — cut short or with bytes overwritten — are read or refused
 * quickly, with one message of fazhi's own and never a stack trace or a parser's text.
 */
class GarbageTest {
    private static final int MUTATIONS = 40;

    @TempDir
    Path dir;

    private byte[] xls() throws Exception {
        Path file = dir.resolve("source.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            HSSFSheet sheet = wb.createSheet("行政处罚案件");
            String[][] rows = {{"案件编号", "执法机关", "立案日期"}, {"CF-1", "市场监管局", "2023-01-11"}, {"CF-2", "局", "2023-02-01"}};
            for (int r = 0; r < rows.length; r++) {
                HSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return Files.readAllBytes(file);
    }

    private byte[] xlsx() throws Exception {
        return Files.readAllBytes(new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"),
                row("A", "B", "2023-01-01")).write(dir.resolve("source.xlsx")));
    }

    private static final String HTML = "<html><head><meta charset=utf-8></head><body><table><caption>行政处罚案件</caption>"
            + "<tr><th>案件编号</th><th>执法机关</th><th>立案日期</th></tr>"
            + "<tr><td rowspan=2>CF-1</td><td colspan=2>市场监管局</td></tr><tr><td>x</td></tr></table></body></html>";

    private static final String XML = "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\""
            + " xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"行政处罚案件\"><Table>"
            + "<Row><Cell><Data ss:Type=\"String\">案件编号</Data></Cell><Cell><Data ss:Type=\"String\">执法机关</Data></Cell>"
            + "<Cell><Data ss:Type=\"String\">立案日期</Data></Cell></Row><Row><Cell ss:MergeDown=\"3\"><Data ss:Type=\"String\">"
            + "CF-1</Data></Cell><Cell ss:Index=\"3\"><Data ss:Type=\"DateTime\">2023-01-11T00:00:00</Data></Cell></Row>"
            + "</Table></Worksheet></Workbook>";

    @Test
    void damagedFilesOfEveryFormatAreReadOrRefusedPlainly() throws Exception {
        byte[][] sources = {xls(), xlsx(), HTML.getBytes(StandardCharsets.UTF_8), XML.getBytes(StandardCharsets.UTF_8),
                "案件编号\t执法机关\t立案日期\r\nCF-1\t局\t2023-01-11\r\n".getBytes(StandardCharsets.UTF_8)};
        Random random = new Random(20251231);
        int n = 0;
        for (byte[] source : sources) {
            for (int i = 0; i < MUTATIONS; i++) {
                byte[] damaged = i % 2 == 0
                        ? Arrays.copyOf(source, 1 + random.nextInt(source.length - 1))
                        : overwrite(source, random);
                check(Files.write(dir.resolve("damaged" + n++ + ".xls"), damaged));
            }
        }
    }

    private static byte[] overwrite(byte[] source, Random random) {
        byte[] bytes = source.clone();
        int from = 8 + random.nextInt(bytes.length - 8);
        int length = Math.min(bytes.length - from, 1 + random.nextInt(64));
        for (int i = from; i < from + length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static void check(Path file) {
        long started = System.nanoTime();
        try {
            Reading.of(file);
        } catch (InputException e) {
            for (Lang lang : Lang.values()) {
                String message = e.message(lang);
                assertThat(message).as(file + ": " + message).contains(file.getFileName().toString())
                        .doesNotContain("\n").doesNotContainPattern("Exception|\\bat org\\.");
            }
        } catch (RuntimeException e) {
            fail(file + " escaped as " + e, e);
        }
        assertThat(System.nanoTime() - started).as(file + " took too long").isLessThan(5_000_000_000L);
    }
}

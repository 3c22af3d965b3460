package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.error.InputException;
import org.fazhi.i18n.Lang;
import org.fazhi.model.CellProblem;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.Decision;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
    private static final String CASES = """
            案件编号,执法机关,立案日期,罚款金额（元）,当事人类型
            CF-1,市场监管局,2023-01-11,"12,000",法人
            CF-2,生态环境局,2023年2月1日,1.5万元,自然人
            """;

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private void assertCases(Reading r) {
        assertThat(r.records).as(r.records + " " + r.summaries).hasSize(2);
        PenaltyCase a = (PenaltyCase) r.record(0);
        assertThat(a.getCaseId()).isEqualTo("CF-1");
        assertThat(a.getAgency()).isEqualTo("市场监管局");
        assertThat(a.getFineAmount()).isEqualByComparingTo("12000");
        assertThat(a.getPartyType()).isEqualTo("法人");
        assertThat(a.getSource().sheet()).isNull();
        assertThat(a.getSource().row()).isEqualTo(2);
        PenaltyCase b = (PenaltyCase) r.record(1);
        assertThat(b.getFilingDate()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(b.getFineAmount()).isEqualByComparingTo("15000");
        assertThat(b.getSource().row()).isEqualTo(3);
        assertThat(r.summary(0).sheet()).isNull();
        assertThat(r.summary(0).recordType()).isEqualTo("case");
    }

    @Test
    void utf8() throws Exception {
        assertCases(Reading.of(write("cases.csv", CASES.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] withMark(byte[] body, int... mark) {
        byte[] bytes = new byte[mark.length + body.length];
        for (int i = 0; i < mark.length; i++) {
            bytes[i] = (byte) mark[i];
        }
        System.arraycopy(body, 0, bytes, mark.length, body.length);
        return bytes;
    }

    @Test
    void utf8WithByteOrderMark() throws Exception {
        byte[] bytes = withMark(CASES.getBytes(StandardCharsets.UTF_8), 0xEF, 0xBB, 0xBF);
        assertCases(Reading.of(write("行政处罚案件.csv", bytes)));
    }

    @Test
    void utf16WithByteOrderMark() throws Exception {
        byte[] bytes = withMark(CASES.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE);
        assertCases(Reading.of(write("cases.csv", bytes)));
    }

    @Test
    void gb18030WithChineseHeadersAndChineseFileName() throws Exception {
        assertCases(Reading.of(write("执法案件.csv", CASES.getBytes(Charset.forName("GB18030")))));
    }

    @Test
    void gbkFileIsReadAsGb18030() throws Exception {
        assertCases(Reading.of(write("cases.csv", CASES.getBytes(Charset.forName("GBK")))));
    }

    /** English headers and ASCII rows, then {@code chineseRows} rows with a Chinese agency. */
    private static String asciiThenChinese(int asciiRows, int chineseRows) {
        StringBuilder csv = new StringBuilder("case_id,agency,filing_date\n");
        for (int i = 0; i < asciiRows; i++) {
            csv.append("A-").append(i).append(",Bureau,2023-01-11\n");
        }
        for (int i = 0; i < chineseRows; i++) {
            csv.append("C-").append(i).append(",昆明市市场监督管理局,2023-01-11\n");
        }
        return csv.toString();
    }

    @Test
    void gb18030AfterALongAsciiBeginningIsStillReadAsGb18030() throws Exception {
        String csv = asciiThenChinese(20_000, 3);
        Reading r = Reading.of(write("cases.csv", csv.getBytes(Charset.forName("GB18030"))));
        assertThat(r.records).hasSize(20_003);
        assertThat(((PenaltyCase) r.record(20_002)).getAgency()).isEqualTo("昆明市市场监督管理局");
    }

    @Test
    void utf8ThatBreaksAfterTheExaminedBeginningIsAnErrorNamingTheLine() throws Exception {
        // 30 UTF-8 bytes of Chinese per row: far more than the evidence needed before the break
        int rows = CsvEncoding.EVIDENCE / 30 * 4;
        byte[] good = asciiThenChinese(0, rows).getBytes(StandardCharsets.UTF_8);
        byte[] bad = "X-1,\u5E02\u573A,2023-01-11\n".getBytes(StandardCharsets.UTF_8);
        bad[4] = (byte) 0xC0; // never valid in UTF-8
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + bad.length);
        System.arraycopy(bad, 0, bytes, good.length, bad.length);
        Path file = write("cases.csv", bytes);
        int badLine = rows + 2;
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.csvEncoding");
            assertThat(e.message(Lang.EN)).contains("cases.csv", "line " + badLine, "UTF-8");
            assertThat(e.message(Lang.ZH)).contains("cases.csv", "第 " + badLine + " 行");
        });
    }

    @Test
    void aSmallUtf8FileWithOneGbkLineIsAnErrorNamingThatLine() throws Exception {
        // fewer non-ASCII bytes than the examined beginning: the whole file is examined, and it breaks
        byte[] good = asciiThenChinese(0, 300).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "G-1,昆明市市场监督管理局,2023-01-11\n".getBytes(Charset.forName("GBK"));
        Path file = write("cases.csv", concat(good, gbk));
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.csvEncoding");
            assertThat(e.message(Lang.ZH)).contains("cases.csv", "第 302 行");
        });
    }

    @Test
    void aFileThatIsNotUtf8FromItsFirstCharactersIsGb18030() throws Exception {
        // one UTF-8 character before the first GBK one proves nothing: GBK text passes for that much
        byte[] bytes = concat("case_id,agency,filing_date\nC-1,\u00E9".getBytes(StandardCharsets.UTF_8),
                "市场监督管理局,2023-01-11\n".getBytes(Charset.forName("GBK")));
        Reading r = Reading.of(write("cases.csv", bytes));
        assertThat(((PenaltyCase) r.record(0)).getAgency()).endsWith("市场监督管理局");
    }

    @Test
    void aGbkFileWithALineOfUtf8TextIsRefusedAtThatLine() throws Exception {
        byte[] gbk = asciiThenChinese(0, 50).getBytes(Charset.forName("GBK"));
        byte[] utf8 = "U-1,昆明市城市管理局,2023-01-11\n".getBytes(StandardCharsets.UTF_8);
        byte[] more = asciiThenChinese(0, 5).lines().skip(1).map(l -> l + "\n").reduce("", String::concat)
                .getBytes(Charset.forName("GBK"));
        Path file = write("cases.csv", concat(concat(gbk, utf8), more));
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.csvMixedEncoding");
            assertThat(e.message(Lang.ZH)).contains("cases.csv", "第 52 行", "UTF-8");
            assertThat(e.message(Lang.EN)).contains("line 52");
        });
    }

    @Test
    void aGbkFileWithBytesGb18030DoesNotAllowIsRefusedAtTheirLine() throws Exception {
        byte[] bytes = asciiThenChinese(0, 40).getBytes(Charset.forName("GBK"));
        int at = bytes.length - 14; // the lead byte of the last agency name's last character, line 41
        bytes[at] = (byte) 0xFF;
        Path file = write("cases.csv", bytes);
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.key()).isEqualTo("read.error.csvEncodingGb");
            assertThat(e.message(Lang.ZH)).contains("cases.csv", "第 41 行");
        });
    }

    @Test
    void noLineOfGbkTextIsTakenForUtf8() throws Exception {
        // every hanzi of GB2312 in lines of 12, in five shuffled orders: none may read as a UTF-8 line
        List<Character> hanzi = new ArrayList<>();
        Charset gbk = Charset.forName("GBK");
        for (int lead = 0xB0; lead <= 0xF7; lead++) {
            for (int trail = 0xA1; trail <= 0xFE; trail++) {
                String c = new String(new byte[] {(byte) lead, (byte) trail}, gbk);
                if (c.length() == 1 && Character.isIdeographic(c.charAt(0))) {
                    hanzi.add(c.charAt(0));
                }
            }
        }
        assertThat(hanzi).hasSizeGreaterThan(6700);
        StringBuilder csv = new StringBuilder("case_id,agency,filing_date\n");
        java.util.Random random = new java.util.Random(42);
        int rows = 0;
        for (int pass = 0; pass < 5; pass++) {
            java.util.Collections.shuffle(hanzi, random);
            for (int i = 0; i + 12 <= hanzi.size(); i += 12) {
                StringBuilder name = new StringBuilder();
                hanzi.subList(i, i + 12).forEach(name::append);
                csv.append("C-").append(++rows).append(',').append(name).append(",2023-01-11\n");
            }
        }
        Reading r = Reading.of(write("cases.csv", csv.toString().getBytes(gbk)));
        assertThat(r.records).hasSize(rows);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void multiLineQuotedFieldsKeepTheLineTheRecordStartsOnAndBlankLinesAreCounted() throws Exception {
        String csv = "2025年 重大行政决策目录\n"
                + "决策编号,决策机关,决策事项,执行反馈,列入年度目录\n"
                + "D1,市政府,\"关于\n某某\n的决定\",按季度\"报告\",是\n"
                + "\n"
                + ",,,,\n"
                + "D2,市政府,二号,\"a\nb\",否\n"
                + "D3,市政府,三号,,\n";
        Reading r = Reading.of(write("decisions.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(3, 8, 10);
        Decision d1 = (Decision) r.record(0);
        assertThat(d1.getTitle()).isEqualTo("关于\n某某\n的决定");
        assertThat(d1.getInAnnualCatalog()).isTrue();
        assertThat(((Decision) r.record(1)).getInAnnualCatalog()).isFalse();
        assertThat(((Decision) r.record(2)).getInAnnualCatalog()).isNull();
        assertThat(r.summary(0).blankRowsSkipped()).isEqualTo(2);
        assertThat(r.summary(0).rows()).isEqualTo(3);
    }

    @Test
    void cellsOfWhiteSpaceAloneAreBlankWhateverTheirField() throws Exception {
        String csv = "案件编号,执法机关,立案日期,罚款金额（元）,已录入执法监督平台\n"
                + "CF-1,\u3000, \t ,\u00A0,\u3000\u3000\n";
        Reading r = Reading.of(write("cases.csv", csv.getBytes(StandardCharsets.UTF_8)));

        PenaltyCase c = (PenaltyCase) r.record(0);
        assertThat(c.getAgency()).isNull();
        assertThat(c.getFilingDate()).isNull();
        assertThat(c.getFineAmount()).isNull();
        assertThat(c.getOnPlatform()).isNull();
        // only the required fields are reported, as blank, never as unreadable
        assertThat(c.getProblems()).extracting(CellProblem::field, CellProblem::column, CellProblem::kind)
                .containsExactly(tuple("agency", "2", CellProblem.Kind.REQUIRED_BLANK),
                        tuple("filing_date", "3", CellProblem.Kind.REQUIRED_BLANK));
    }

    @Test
    void windowsLineEndings() throws Exception {
        String csv = "case_id,agency,filing_date,basis\r\nA,局,20230101,\"x\r\ny\"\r\n\r\nB,局,2023.1.2,z\r\n";
        Reading r = Reading.of(write("cases.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactly(2, 5);
        assertThat(((PenaltyCase) r.record(0)).getBasis()).isEqualTo("x\r\ny");
        assertThat(((PenaltyCase) r.record(1)).getFilingDate()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(r.summary(0).blankRowsSkipped()).isEqualTo(1);
    }

    @Test
    void csvProblemsNameTheColumnByNumber() throws Exception {
        Path file = write("cases.csv", "case_id,agency,filing_date,notes\nA,局,2023-13-01,x\n"
                .getBytes(StandardCharsets.UTF_8));
        Reading r = Reading.of(file);
        Record rec = r.record(0);
        assertThat(rec.getProblems()).containsExactly(new CellProblem("filing_date", "3", "filing_date", "2023-13-01",
                CellProblem.Kind.UNPARSEABLE, ValueParser.expected(RecordTypes.of(PenaltyCase.class).field("filing_date").orElseThrow())));
        assertThat(r.summary(0).unknownColumns()).containsExactly("notes");
    }

    @Test
    void typeByContainedAliasOrByHeaders() throws Exception {
        Path byAlias = write("2024年执法人员名单.csv", "执法证件号,姓名\nZ1,张三\n".getBytes(StandardCharsets.UTF_8));
        Path byHeader = write("export_0042.csv", "检查编号,检查机关,检查日期\nJ1,局,2023-01-01\n"
                .getBytes(StandardCharsets.UTF_8));
        Reading r = Reading.of(byAlias, byHeader);
        assertThat(r.records).extracting(Record::typeKey).containsExactly("officer", "inspection");
    }

    @Test
    void unrecognisedCsvIsListedAsIgnored() throws Exception {
        Path file = write("export.csv", "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        Reading r = Reading.of(file);
        assertThat(r.records).isEmpty();
        assertThat(r.summaries).singleElement().satisfies(s -> {
            assertThat(s.recordType()).isNull();
            assertThat(s.ignoredReason()).isEqualTo("read.ignored.unrecognised");
        });
    }

    @Test
    void csvWithoutRequiredColumnIsAnInputError() throws Exception {
        Path file = write("cases.csv", "case_id,agency\nA,B\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Reading.of(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.message(Lang.EN)).contains("cases.csv", "filing_date", "立案日期"));
    }
}

package org.fazhi.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.fazhi.error.InputException;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.InputReader;
import org.fazhi.read.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorTest {
    @TempDir
    Path dir;

    private static List<Record> read(Path input) throws InputException {
        List<Record> records = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(input), records::add);
        return records;
    }

    private static Map<String, byte[]> files(Path directory) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var list = Files.list(directory)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    @Test
    void theSameSeedGivesTheSameCsvBytesAndAnotherSeedOtherBytes() throws IOException {
        new Generator(300, 7, 0.1).writeCsv(dir.resolve("a"));
        new Generator(300, 7, 0.1).writeCsv(dir.resolve("b"));
        new Generator(300, 8, 0.1).writeCsv(dir.resolve("c"));
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        Map<String, byte[]> c = files(dir.resolve("c"));
        assertThat(a).hasSize(RecordTypes.all().size());
        for (String name : a.keySet()) {
            assertThat(b.get(name)).as(name).isEqualTo(a.get(name));
            assertThat(c.get(name)).as(name).isNotEqualTo(a.get(name));
        }
    }

    @Test
    void theSameSeedGivesTheSameWorkbookContent() throws IOException {
        new Generator(200, 3, 0.1).writeXlsx(dir.resolve("a.xlsx"));
        new Generator(200, 3, 0.1).writeXlsx(dir.resolve("b.xlsx"));
        Map<String, byte[]> a = entries(dir.resolve("a.xlsx"));
        assertThat(a).containsKey("docProps/core.xml");
        assertThat(entries(dir.resolve("b.xlsx"))).containsOnlyKeys(a.keySet().toArray(String[]::new))
                .allSatisfy((name, bytes) -> assertThat(bytes).as(name).isEqualTo(a.get(name)));
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    @Test
    void everyRecordTypeIsPresentInTheAnnouncedNumbers() throws IOException, InputException {
        Generator generator = new Generator(500, 1, 0.1);
        generator.writeCsv(dir);
        Map<String, Long> byType = read(dir).stream()
                .collect(Collectors.groupingBy(Record::typeKey, LinkedHashMap::new, Collectors.counting()));
        for (RecordType type : RecordTypes.all()) {
            assertThat(byType.get(type.key())).as(type.key()).isEqualTo((long) generator.counts().of(type.key()));
        }
        assertThat(generator.counts().officers()).isGreaterThanOrEqualTo(10);
        assertThat(Generator.Counts.of(100_000)).isEqualTo(new Generator.Counts(1000, 100_000, 2000, 1000, 50_000, 1000, 1000, 1000,
                2 * 26));
    }

    @Test
    void cleanRecordsReadWithoutABlankRequiredFieldOrAnUnreadableCell() throws IOException, InputException {
        new Generator(400, 5, 0).writeCsv(dir.resolve("csv"));
        new Generator(400, 5, 0).writeXlsx(dir.resolve("export.xlsx"));
        for (Path input : List.of(dir.resolve("csv"), dir.resolve("export.xlsx"))) {
            List<Record> records = read(input);
            assertThat(records).isNotEmpty();
            assertThat(records).as(input.toString()).allSatisfy(record -> {
                assertThat(record.getProblems()).as(record.toString()).isEmpty();
                for (FieldSpec field : record.type().fields()) {
                    if (field.required()) {
                        assertThat(field.get(record)).as(record + " " + field.key()).isNotNull();
                    }
                }
            });
        }
    }

    @Test
    void theOnlyUnreadableCellsAreThePlantedOnes() throws IOException, InputException {
        new Generator(400, 5, 0.1).writeCsv(dir);
        List<CellProblem> problems = read(dir).stream().flatMap(r -> r.getProblems().stream()).toList();
        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(
                problem.isRequiredBlank() ? "agency" : problem.field() + "=" + problem.raw())
                .isIn("agency", "party_type=个体工商户"));
    }

    @Test
    void aThousandCaseWorkbookReadsBackAsTheSameRecordsAsTheCsv() throws IOException, InputException {
        new Generator(1000, 11, 0.1).writeXlsx(dir.resolve("export.xlsx"));
        new Generator(1000, 11, 0.1).writeCsv(dir.resolve("csv"));
        assertSameRecords(read(dir.resolve("export.xlsx")), read(dir.resolve("csv")));
    }

    /**
     * Every format in every layout reads back as the records of the tidy CSV, value for value;
     * in the messy layout the 合计 and 填表人 rows under each sheet's records are skipped and counted.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"XLSX, MESSY, export.xlsx", "XLS, TIDY, export.xls", "XLS, MESSY, export.xls",
        "HTML, TIDY, export.html", "HTML, MESSY, export.xls", "CSV, MESSY, messy-csv"})
    void everyFormatAndLayoutReadsBackAsTheRecordsOfTheTidyCsv(ExportFormat format, Layout layout, String name)
            throws IOException, InputException {
        Path file = dir.resolve(name);
        new Generator(600, 12, 0.1).write(file, format, layout);
        new Generator(600, 12, 0.1).writeCsv(dir.resolve("csv"));
        List<Record> records = new ArrayList<>();
        List<InputSummary> sheets = new InputReader(Mapping.none()).read(List.of(file), records::add);
        assertSameRecords(records, read(dir.resolve("csv")));
        assertThat(sheets).hasSize(RecordTypes.all().size()).allSatisfy(sheet -> {
            // a CSV file is read as delimited text
            assertThat(sheet.format()).as(sheet.sheet()).isEqualTo(format == ExportFormat.CSV ? "text" : format.key());
            assertThat(sheet.blankRowsSkipped()).as(sheet.sheet()).isZero();
            assertThat(sheet.summaryRowsSkipped().count()).as(sheet.sheet()).isEqualTo(layout == Layout.MESSY ? 2 : 0);
        });
    }

    private static void assertSameRecords(List<Record> read, List<Record> fromCsv) {
        assertThat(read).hasSize(fromCsv.size());
        assertThat(read.stream().map(Record::typeKey).collect(Collectors.toSet()))
                .isEqualTo(Set.copyOf(RecordTypes.keys()));
        Map<String, List<Record>> csvByType = fromCsv.stream().collect(Collectors.groupingBy(Record::typeKey));
        Map<String, List<Record>> readByType = read.stream().collect(Collectors.groupingBy(Record::typeKey));
        for (RecordType type : RecordTypes.all()) {
            List<Record> x = readByType.get(type.key());
            List<Record> c = csvByType.get(type.key());
            assertThat(x).as(type.key()).hasSameSizeAs(c);
            for (int i = 0; i < x.size(); i++) {
                assertThat(values(x.get(i))).as(type.key() + " " + i).isEqualTo(values(c.get(i)));
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameXlsAndHtmlBytes() throws IOException {
        for (ExportFormat format : List.of(ExportFormat.XLS, ExportFormat.HTML)) {
            for (Layout layout : Layout.values()) {
                Path a = dir.resolve("a-" + layout + "." + format.key());
                Path b = dir.resolve("b-" + layout + "." + format.key());
                new Generator(150, 3, 0.1).write(a, format, layout);
                new Generator(150, 3, 0.1).write(b, format, layout);
                assertThat(Files.readAllBytes(b)).as(a.toString()).isEqualTo(Files.readAllBytes(a));
            }
        }
    }

    @Test
    void aMessyPageIsGbkAsOlderSystemsWriteItAndATidyOneUtf8() throws IOException {
        Path messy = dir.resolve("messy.xls");
        Path tidy = dir.resolve("tidy.html");
        new Generator(50, 1, 0.1).write(messy, ExportFormat.HTML, Layout.MESSY);
        new Generator(50, 1, 0.1).write(tidy, ExportFormat.HTML, Layout.TIDY);
        String gbk = new String(Files.readAllBytes(messy), Charset.forName("GBK"));
        assertThat(gbk).contains("charset=GBK", "<th colspan=\"3\">处罚决定</th>", "rowspan=\"2\"", "合计", "填表人", "／",
                "罚款金额（万元）");
        assertThat(Files.readString(tidy)).contains("charset=UTF-8", "<caption>行政处罚案件</caption>")
                .doesNotContain("rowspan", "合计");
    }

    /**
     * A messy CSV export is what an older system saves: GBK, Windows line ends, the title and
     * 填报单位 lines, the two-row header with the group heading over its first column only (a merge
     * saved as CSV keeps its value in the top-left cell), the 合计 and 填表人 rows.
     */
    @Test
    void aMessyCsvIsGbkWithWindowsLineEndsAndTheTwoRowHeaderAsASpreadsheetSavesIt() throws IOException {
        Path messy = dir.resolve("messy");
        new Generator(50, 1, 0.1).write(messy, ExportFormat.CSV, Layout.MESSY);
        byte[] bytes = Files.readAllBytes(messy.resolve("行政处罚案件.csv"));
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)))
                .as("not UTF-8").isInstanceOf(CharacterCodingException.class);
        String text = new String(bytes, Charset.forName("GBK"));
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        assertThat(lines.get(0)).startsWith("昆明市行政处罚案件台账（模拟数据）,");
        assertThat(lines.get(1)).startsWith("填报单位：");
        assertThat(lines.get(2)).contains("罚款金额（万元）", ",处罚决定,,").doesNotContain("处罚决定日期");
        assertThat(lines.get(3)).contains("处罚决定日期,送达日期,公示日期").startsWith(",");
        assertThat(lines.get(lines.size() - 3)).startsWith("合计,共");
        assertThat(lines.get(lines.size() - 2)).startsWith("填表人：");
        assertThat(lines.get(lines.size() - 1)).as("the last line ends with its line end").isEmpty();
    }

    @Test
    void anExportTooLargeForAnXlsSheetIsRefusedBeforeAnythingIsWritten() {
        Generator large = new Generator(PoiGrid.XLS_ROWS, 1, 0.1);
        assertThat(large.fits(ExportFormat.XLS, Layout.TIDY)).isFalse();
        assertThat(large.fits(ExportFormat.XLSX, Layout.MESSY)).isTrue();
        assertThat(new Generator(PoiGrid.XLS_ROWS - 6, 1, 0.1).fits(ExportFormat.XLS, Layout.MESSY)).isTrue();
        assertThat(new Generator(PoiGrid.XLS_ROWS - 5, 1, 0.1).fits(ExportFormat.XLS, Layout.MESSY)).isFalse();
        assertThat(large.fits(ExportFormat.CSV, Layout.MESSY)).as("a CSV file has no row limit").isTrue();
        Path file = dir.resolve("large.xls");
        assertThatThrownBy(() -> large.write(file, ExportFormat.XLS, Layout.TIDY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(file).doesNotExist();
    }

    private static Map<String, Object> values(Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FieldSpec field : record.type().fields()) {
            Object value = field.get(record);
            values.put(field.key(), value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value);
        }
        return values;
    }

    @Test
    void aPlanSpreadsOneUnitPerRuleAtLeastAndKeepsGroupsTogether() {
        Plan plan = new Plan(100, 0.1, List.of("A", "B", "G"), r -> r.equals("G") ? 5 : 1);
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String rule = plan.at(i);
            if (rule != null) {
                seen.add(rule + plan.offset(i));
            }
        }
        assertThat(seen).startsWith("A0", "B0", "G0", "G1", "G2", "G3", "G4", "A0");
        assertThat(seen.size()).isBetween(10, 14);
        Plan none = new Plan(100, 0, List.of("A"), r -> 1);
        for (int i = 0; i < 100; i++) {
            assertThat(none.at(i)).isNull();
        }
    }

    @Test
    void spellingsMixAndEveryOneIsAccepted() throws IOException {
        new Generator(300, 2, 0).writeCsv(dir);
        String cases = Files.readString(dir.resolve("行政处罚案件.csv"));
        assertThat(cases).contains("年", "/", "是", "否", "√", "×", "万", "￥", "元", "、");
        assertThat(cases).containsPattern("\\b20\\d\\d-\\d\\d-\\d\\d\\b").containsPattern("\\d,\\d\\d\\d");
        assertThat(cases).contains("昆明市市场监督管理局").contains("五华区市场监督管理局");
    }
}

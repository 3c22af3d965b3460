package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --split-by agency} and {@code --agency}: one workbook per agency, and reports restricted to agencies. */
class AgencyReportsTest {
    private static final String SAMPLE = CheckCommandTest.SAMPLE.toString();
    private static final String AS_OF = CheckCommandTest.AS_OF;

    @TempDir
    Path dir;

    @Test
    void eachAgencysWorkbookHoldsExactlyItsFindingsWithTheRemedyColumnsEmpty() throws IOException {
        Cli.Result result = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json", "--split-by", "agency",
                "-o", dir.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(dir.resolve("fazhi-report.xlsx")).as("the whole workbook beside them").exists();
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode finding : new ObjectMapper().readTree(dir.resolve("fazhi-report.json").toFile()).get("findings")) {
            String agency = finding.get("agency").isNull() || finding.get("agency").asText().isBlank()
                    ? "（未填写单位）" : finding.get("agency").asText();
            expected.merge(agency, 1, Integer::sum);
        }
        Path folder = dir.resolve(AgencyReports.FOLDER);
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.sorted().toList();
        }
        assertThat(files).isNotEmpty();
        Map<String, Integer> found = new TreeMap<>();
        for (Path file : files) {
            String agency = file.getFileName().toString().replaceFirst("\\.xlsx$", "");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                XSSFSheet findings = workbook.getSheet("问题清单");
                List<String> header = new ArrayList<>();
                findings.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
                assertThat(header).containsSubsequence("整改措施", "整改时限", "责任人", "整改情况");
                int remedy = header.indexOf("整改措施");
                for (int r = 1; r <= findings.getLastRowNum(); r++) {
                    Row row = findings.getRow(r);
                    assertThat(row.getCell(1).getStringCellValue()).isEqualTo(agency);
                    for (int c = remedy; c < remedy + 4; c++) {
                        Cell cell = row.getCell(c);
                        assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
                    }
                }
                if (findings.getLastRowNum() > 0) {
                    found.put(agency, findings.getLastRowNum());
                }
            }
        }
        assertThat(found).isEqualTo(expected);
        assertThat(result.err()).contains("按单位");
    }

    @Test
    void recordsWithoutAnAgencyGoToTheirOwnWorkbook() throws IOException {
        Path csv = dir.resolve("inspections.csv");
        Files.writeString(csv, CheckCommandTest.INSPECTION_HEADER
                + "JC-001,,91530100MA6K000001,昆明某化工有限公司,2025-05-06,双随机,安全生产法第六十五条,2025-05-06,"
                + "53010001、53010002,法律\n", StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("out"));
        Cli.Result result = cli().run("check", csv.toString(), "--as-of", AS_OF, "--split-by", "agency",
                "-o", out.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(out.resolve(AgencyReports.FOLDER).resolve("（未填写单位）.xlsx")).exists();
    }

    @Test
    void theAgencyOptionRestrictsEveryReport() throws IOException {
        Cli.Result whole = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json");
        JsonNode all = new ObjectMapper().readTree(whole.out());
        String agency = all.get("findings").get(0).get("agency").asText();
        Cli.Result result = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json", "--agency", agency);
        JsonNode own = new ObjectMapper().readTree(result.out());
        assertThat(own.get("findings").size()).isPositive().isLessThan(all.get("findings").size());
        own.get("findings").forEach(f -> assertThat(f.get("agency").asText()).isEqualTo(agency));
        int total = own.get("summary").get("findings").get("error").asInt()
                + own.get("summary").get("findings").get("warning").asInt()
                + own.get("summary").get("findings").get("info").asInt();
        assertThat(total).isEqualTo(own.get("findings").size());
        own.get("indicators").forEach(i -> i.get("byAgency").forEach(
                row -> assertThat(row.get("agency").asText()).isEqualTo(agency)));
        assertThat(own.get("summary").get("byAgency").fieldNames()).toIterable().containsExactly(agency);
    }

    @Test
    void onlyAgenciesNoRecordNamesEndTheRunAsAnEmptyOneWould() {
        Cli.Result result = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json", "--agency", "某不存在局");
        assertThat(result.code()).as("an empty report must not pass a gate").isEqualTo(2);
        assertThat(result.err()).contains("某不存在局", "昆明市").doesNotContain("Exception");
        assertThat(result.out()).isEmpty();

        Cli.Result allowed = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json", "--agency", "某不存在局",
                "--allow-empty");
        assertThat(allowed.code()).isZero();
    }

    @Test
    void anAgencyNoRecordNamesBesideOneTheyDoIsANote() throws Exception {
        Cli.Result whole = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json");
        String agency = new ObjectMapper().readTree(whole.out()).get("findings").get(0).get("agency").asText();
        Cli.Result result = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "json", "--agency", agency,
                "--agency", "某不存在局");
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("某不存在局");
    }

    @Test
    void splittingByAnythingButAgencyOrWithoutADirectoryIsABadOption() {
        Cli.Result other = cli().run("check", SAMPLE, "--as-of", AS_OF, "--split-by", "county", "-o", dir.toString());
        assertThat(other.code()).isEqualTo(2);
        assertThat(other.err()).contains("--split-by county", "--split-by agency");
        Cli.Result noDir = cli().run("check", SAMPLE, "--as-of", AS_OF, "--split-by", "agency");
        assertThat(noDir.code()).isEqualTo(2);
        assertThat(noDir.err()).contains("-o");
        Cli.Result file = cli().run("check", SAMPLE, "--as-of", AS_OF, "--format", "xlsx", "--split-by", "agency",
                "-o", dir.resolve("one.xlsx").toString());
        assertThat(file.code()).isEqualTo(2);
    }

    @Test
    void agencyNamesBecomeSafeFileNames() {
        assertThat(AgencyReports.fileName("昆明市/交通:运输*局", Lang.ZH)).isEqualTo("昆明市_交通_运输_局");
        assertThat(AgencyReports.fileName("..", Lang.ZH)).isEqualTo("_");
        assertThat(AgencyReports.fileName("", Lang.ZH)).isEqualTo("（未填写单位）");
        assertThat(AgencyReports.fileName("局".repeat(300), Lang.ZH)).hasSize(100);
    }
}

package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.read.Workbooks.row;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.model.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {
    @TempDir
    Path dir;

    @Test
    void everySpreadsheetInsideIsReadSortedByPathSkippingLockAndHiddenFiles() throws Exception {
        Path root = Files.createDirectories(dir.resolve("exports"));
        Files.createDirectories(root.resolve("b/sub"));
        Files.createDirectories(root.resolve(".cache"));
        Files.writeString(root.resolve("b/sub/officers.csv"), "officer_id,name\nZ2,乙\n");
        Files.writeString(root.resolve("a_officers.csv"), "officer_id,name\nZ1,甲\n");
        new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"), row("C1", "局", "2023-01-01"))
                .write(root.resolve("b/cases.xlsx"));
        Files.writeString(root.resolve("~$cases.xlsx"), "lock file");
        Files.writeString(root.resolve(".hidden.csv"), "garbage");
        Files.writeString(root.resolve(".cache/officers.csv"), "garbage");
        Files.writeString(root.resolve("notes.txt"), "ignored");

        Reading r = Reading.of(root);

        String base = root.toString().replace('\\', '/');
        assertThat(r.records).extracting(Record::getId).containsExactly("Z1", "C1", "Z2");
        assertThat(r.summaries).extracting(InputSummary::file).containsExactly(
                base + "/a_officers.csv", base + "/b/cases.xlsx", base + "/b/sub/officers.csv", base + "/notes.txt");
        assertThat(r.summaries.get(3).ignoredReason()).isEqualTo("read.ignored.unrecognised");
        assertThat(r.record(2).getSource().file()).isEqualTo(base + "/b/sub/officers.csv");
    }

    @Test
    void inputsAreReadInTheOrderGiven() throws Exception {
        Path second = Files.writeString(dir.resolve("officers.csv"), "officer_id\nZ1\n");
        Path first = new Workbooks().sheet("cases", row("case_id", "agency", "filing_date"), row("C1", "局", "2023-01-01"))
                .write(dir.resolve("z.xlsx"));
        Reading r = Reading.of(first, second);
        assertThat(r.records).extracting(Record::getId).containsExactly("C1", "Z1");
    }

    @Test
    void aFileNamedTwiceIsReadOnce() throws Exception {
        Path root = Files.createDirectories(dir.resolve("exports"));
        Path officers = Files.writeString(root.resolve("officers.csv"), "officer_id\nZ1\n");
        Reading r = Reading.of(officers, root, root.resolve("./officers.csv"), officers);
        assertThat(r.records).extracting(Record::getId).containsExactly("Z1");
        assertThat(r.summaries).hasSize(1);
    }

    @Test
    void reportsWrittenByFazhiAreSkippedWithANote() throws Exception {
        Path root = Files.createDirectories(dir.resolve("exports"));
        Files.writeString(root.resolve("officers.csv"), "officer_id\nZ1\n");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook report = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            report.createSheet("汇总").createRow(0).createCell(0).setCellValue("执法人员证件号");
            report.createSheet("说明");
            report.getProperties().getCoreProperties().setCreator("fazhi 1.0");
            try (var out = Files.newOutputStream(root.resolve("fazhi-report.xlsx"))) {
                report.write(out);
            }
        }
        Path json = Files.writeString(dir.resolve("fazhi-report.json"), "{\n  \"schema\": \"fazhi-report/1\",\n}");
        Path html = Files.writeString(dir.resolve("报告.html"),
                "<html><head><meta name=\"generator\" content=\"fazhi 1.0.0\">");

        Reading r = Reading.of(root, json, html);

        assertThat(r.records).extracting(Record::getId).containsExactly("Z1");
        String base = root.toString().replace('\\', '/');
        assertThat(r.summaries).extracting(InputSummary::file, InputSummary::ignoredReason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(base + "/fazhi-report.xlsx", "read.ignored.ownReport"),
                org.assertj.core.groups.Tuple.tuple(base + "/officers.csv", null),
                org.assertj.core.groups.Tuple.tuple(json.toString().replace('\\', '/'), "read.ignored.ownReport"),
                org.assertj.core.groups.Tuple.tuple(html.toString().replace('\\', '/'), "read.ignored.ownReport"));
    }

    @Test
    void aWorkbookWithANotesSheetIsStillAnExport() throws Exception {
        Path file = new Workbooks().sheet("officers", row("officer_id", "name"), row("Z1", "甲")).sheet("说明")
                .write(dir.resolve("export.xlsx"));
        assertThat(Reading.of(file).records).extracting(Record::getId).containsExactly("Z1");
    }
}

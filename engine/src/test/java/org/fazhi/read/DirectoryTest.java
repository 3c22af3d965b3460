package org.fazhi.read;

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
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmPolicyTest {
    @TempDir
    Path dir;

    @Test
    void aHeapOfTheUsersOwnReplacesThePolicysHeapAndYoungGeneration() throws IOException {
        Path workbook = dir.resolve("big.xlsx");
        try (var file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
            file.setLength(JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        }
        assertThat(JvmPolicy.options(workbook, false)).contains("-Xms768m", "-Xmx768m", "-Xmn320m");
        assertThat(JvmPolicy.options(workbook, true)).contains("-XX:+UseParallelGC")
                .noneMatch(option -> option.startsWith("-Xms") || option.startsWith("-Xmx") || option.startsWith("-Xmn"));
    }

    @Test
    void aDirectoryCountsEveryFileBelowIt() throws IOException {
        Files.write(dir.resolve("a.csv"), new byte[1000]);
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.csv"), new byte[500]);
        assertThat(JvmPolicy.size(dir)).isEqualTo(1500);
        assertThat(JvmPolicy.quickStart(dir)).isTrue();
        assertThat(JvmPolicy.size(dir.resolve("a.csv"))).isEqualTo(1000);
    }

    @Test
    void aWorkbookCountsTenTimesItsBytes() throws IOException {
        Files.write(dir.resolve("a.csv"), new byte[1000]);
        Files.write(dir.resolve("b.XLSX"), new byte[100]);
        assertThat(JvmPolicy.size(dir)).isEqualTo(1000 + 100L * JvmPolicy.XLSX_WEIGHT);
    }

    @Test
    void aWebPageAndAnXlsCountAsAWorkbookDoes() throws IOException {
        Files.write(dir.resolve("export.xls"), new byte[100]);
        Files.write(dir.resolve("page.HTML"), new byte[100]);
        Files.write(dir.resolve("page.htm"), new byte[100]);
        Files.write(dir.resolve("notes.txt"), new byte[100]);
        assertThat(JvmPolicy.size(dir)).isEqualTo(300L * JvmPolicy.XLSX_WEIGHT + 100);
    }

    @Test
    void aLargeWorkbookGetsTheParallelCollectorAndTheOptimisingCompiler() throws IOException {
        Path workbook = dir.resolve("big.xlsx");
        try (var file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
            file.setLength(JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        }
        assertThat(JvmPolicy.options(workbook, false)).contains("-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
        Path csv = dir.resolve("same-size.csv");
        Files.move(workbook, csv);
        assertThat(JvmPolicy.options(csv, false)).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m");
    }
}

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
    void theLauncherUsesTheSameLimitAndOptionsAsTheBench() throws IOException {
        String launcher = Files.readString(Path.of("..", "fazhi"));
        assertThat(launcher).contains("-le " + JvmPolicy.QUICK_START_MAX_BYTES + " ]]")
                .contains("? " + JvmPolicy.XLSX_WEIGHT + " : 1")
                .contains("jvm+=(" + String.join(" ", JvmPolicy.SMALL) + ")")
                .contains("jvm+=(" + String.join(" ", JvmPolicy.LARGE) + ")");
        // the user's own options come after the policy's, so that a larger -Xmx there wins
        assertThat(launcher.indexOf("\"${FAZHI_JAVA_OPTS:-}\""))
                .isGreaterThan(launcher.indexOf("jvm+=(" + String.join(" ", JvmPolicy.LARGE) + ")"));
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
    void aLargeWorkbookGetsTheParallelCollectorAndTheOptimisingCompiler() throws IOException {
        Path workbook = dir.resolve("big.xlsx");
        try (var file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
            file.setLength(JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        }
        assertThat(JvmPolicy.options(workbook)).contains("-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
        Path csv = dir.resolve("same-size.csv");
        Files.move(workbook, csv);
        assertThat(JvmPolicy.options(csv)).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }
}

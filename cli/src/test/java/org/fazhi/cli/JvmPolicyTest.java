package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
                .contains("heap=(" + String.join(" ", JvmPolicy.SMALL_HEAP) + ")")
                .contains("jvm+=(" + String.join(" ", JvmPolicy.LARGE) + ")")
                .contains("heap=(" + String.join(" ", JvmPolicy.LARGE_HEAP) + ")");
        // the user's own options come after the policy's, so that they win
        assertThat(launcher.indexOf("\"${FAZHI_JAVA_OPTS:-}\""))
                .isGreaterThan(launcher.indexOf("jvm+=(" + String.join(" ", JvmPolicy.LARGE) + ")"));
    }

    @Test
    void theLauncherLeavesItsHeapOutWhenTheUserGivesOne() throws Exception {
        Path workbook = dir.resolve("big.xlsx");
        try (var file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
            file.setLength(JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        }
        assertThat(launch(workbook, "")).containsSubsequence(JvmPolicy.LARGE).containsSubsequence(JvmPolicy.LARGE_HEAP);
        assertThat(launch(workbook, "-Xmx256m -Dx=y")).containsSubsequence(JvmPolicy.LARGE)
                .contains("-Xmx256m", "-Dx=y").doesNotContainAnyElementsOf(JvmPolicy.LARGE_HEAP);
        assertThat(launch(dir.resolve("small.csv"), "-XX:MaxHeapSize=300m"))
                .containsSubsequence(JvmPolicy.SMALL).doesNotContainAnyElementsOf(JvmPolicy.SMALL_HEAP);
    }

    /** The java command line ./fazhi builds for a check of the input, from a copy whose jar is up to date. */
    private List<String> launch(Path input, String ownOptions) throws Exception {
        Path root = dir.resolve("install");
        Path bin = dir.resolve("bin");
        Files.createDirectories(root.resolve("cli/target"));
        Files.createDirectories(bin);
        Files.copy(Path.of("..", "fazhi"), root.resolve("fazhi"), StandardCopyOption.REPLACE_EXISTING);
        Files.write(root.resolve("cli/target/fazhi.jar"), new byte[0]);
        Path args = dir.resolve("java-args.txt");
        Path fakeJava = bin.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + args + "'\n");
        fakeJava.toFile().setExecutable(true);
        ProcessBuilder builder = new ProcessBuilder("bash", root.resolve("fazhi").toString(), "check", input.toString())
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + File.pathSeparator + System.getenv("PATH"));
        builder.environment().put("FAZHI_JAVA_OPTS", ownOptions);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        return Files.readAllLines(args);
    }

    @Test
    void aHeapOfTheUsersOwnReplacesThePolicysHeapAndYoungGeneration() throws IOException {
        Path workbook = dir.resolve("big.xlsx");
        try (var file = new java.io.RandomAccessFile(workbook.toFile(), "rw")) {
            file.setLength(JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        }
        assertThat(JvmPolicy.options(workbook, false)).contains("-Xmx768m", "-Xmn320m");
        assertThat(JvmPolicy.options(workbook, true)).contains("-XX:+UseParallelGC")
                .noneMatch(option -> option.startsWith("-Xmx") || option.startsWith("-Xmn"));
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
        assertThat(JvmPolicy.options(workbook, false)).contains("-XX:+UseParallelGC").doesNotContain("-XX:TieredStopAtLevel=1");
        Path csv = dir.resolve("same-size.csv");
        Files.move(workbook, csv);
        assertThat(JvmPolicy.options(csv, false)).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx512m");
    }
}

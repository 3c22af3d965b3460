package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.Severity;
import org.fazhi.report.spill.FindingSorter;
import org.fazhi.report.spill.Spill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report is the same whether its findings stayed in memory or went to disk: every format,
 * byte for byte (a workbook: every part of the package), with a baseline and waivers marking
 * some findings and a gate that leaves some below it. The sample's findings number a few dozen;
 * a threshold of 3 spills them in many runs at every step (evaluation, the report, the orders
 * the renderers ask for).
 */
class SpilledReportTest {
    private static final String[] FORMATS = {"console", "json", "xlsx", "html", "junit", "sarif"};

    @TempDir
    Path dir;

    @AfterEach
    void defaultThreshold() {
        System.clearProperty(Spill.THRESHOLD_PROPERTY);
    }

    @Test
    void everyFormatIsTheSameByteForByteWhetherTheFindingsSpilledOrNot() throws IOException {
        Path baseline = dir.resolve("baseline.json");
        assertThat(cli().run("check", CheckCommandTest.SAMPLE.toString(), "--as-of", CheckCommandTest.AS_OF,
                "--only", "ENF", "--format", "json", "-o", baseline.toString()).code()).isEqualTo(1);
        Path waivers = Files.writeString(dir.resolve("waivers.yaml"), """
                - {rule: DEC, record: "*", reason: 目录调整中, approvedBy: 张三, expires: 2026-06-30}
                - {rule: DOC-001, record: "*", reason: 已过期, approvedBy: 李四, expires: 2025-01-31}
                """, StandardCharsets.UTF_8);

        Map<String, byte[]> inMemory = reports("1000000", baseline, waivers);
        Map<String, byte[]> spilled = reports("3", baseline, waivers);

        assertThat(spilled.keySet()).isEqualTo(inMemory.keySet());
        inMemory.forEach((part, bytes) -> assertThat(new String(spilled.get(part), StandardCharsets.UTF_8))
                .as(part).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
        String json = new String(inMemory.get("fazhi-report.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"by\": \"baseline\"", "\"by\": \"waiver\"", "\"status\": \"expired\"");
        assertThat(json.split("\"ruleId\":", -1).length - 1).isGreaterThan(3 * 10);
    }

    @Test
    void aTemporaryDirectoryThatCannotTakeTheFindingsCannotRunAndSaysWhereAndWhatToDo() throws IOException {
        System.setProperty(Spill.THRESHOLD_PROPERTY, "3");
        Path notADirectory = Files.writeString(dir.resolve("full"), "");
        Cli.Result zh = cli().run("check", CheckCommandTest.SAMPLE.toString(), "--as-of", CheckCommandTest.AS_OF,
                "--temp-dir", notADirectory.toString());
        assertThat(zh.code()).as(zh.toString()).isEqualTo(2);
        assertThat(zh.err()).contains(notADirectory.toString(), "--temp-dir", "磁盘空间")
                .doesNotContain("Exception", "No space", "at org.");
        Cli.Result en = cli().run("--lang", "en", "check", CheckCommandTest.SAMPLE.toString(), "--as-of",
                CheckCommandTest.AS_OF, "--temp-dir", notADirectory.toString());
        assertThat(en.code()).isEqualTo(2);
        assertThat(en.err()).contains(notADirectory.toString(), "--temp-dir", "disk is full");
    }

    @Test
    void theTemporaryFilesAreRemovedWhenTheRunFailsAfterSpilling() throws IOException {
        System.setProperty(Spill.THRESHOLD_PROPERTY, "1");
        Path temp = Files.createDirectories(dir.resolve("temp"));
        List<Path> seen = new ArrayList<>();
        Cli.Result result = cli().runner((request, catalogue, engine) -> {
            FindingSorter sorter = request.spill().inOrder();
            for (int row = 2; row < 5; row++) {
                sorter.add(new Finding("ENF-001", Severity.ERROR, "case", "KM-" + row, "昆明市司法局",
                        new SourceRef("a.xlsx", "案件", row), Map.of(), "二(四)2", "", "m", "m", List.of(), null));
            }
            try (Stream<Path> made = Files.list(temp)) {
                seen.addAll(made.toList());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException("broken after spilling");
        }).run("check", CheckCommandTest.SAMPLE.toString(), "--as-of", CheckCommandTest.AS_OF, "--temp-dir",
                temp.toString());
        assertThat(result.code()).as(result.toString()).isEqualTo(3);
        assertThat(seen).as("the run's directory while it ran").hasSize(1);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("temporary files left behind").isEmpty();
        }
    }

    /** Every report of one run, by file name (a workbook's parts by name within it); console as well. */
    private Map<String, byte[]> reports(String threshold, Path baseline, Path waivers) throws IOException {
        System.setProperty(Spill.THRESHOLD_PROPERTY, threshold);
        Path out = Files.createDirectories(dir.resolve("reports-" + threshold));
        Path temp = Files.createDirectories(dir.resolve("temp-" + threshold));
        List<String> args = new ArrayList<>(List.of("check", CheckCommandTest.SAMPLE.toString(), "--as-of",
                CheckCommandTest.AS_OF, "--fail-on", "warning", "--baseline", baseline.toString(), "--waivers",
                waivers.toString(), "-o", out.toString(), "--temp-dir", temp.toString()));
        for (String format : FORMATS) {
            args.addAll(List.of("--format", format));
        }
        Cli.Result result = cli().run(args.toArray(String[]::new));
        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("temporary files left behind").isEmpty();
        }
        Map<String, byte[]> reports = new TreeMap<>();
        reports.put("console", result.outBytes());
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".xlsx")) {
                    parts(file).forEach((part, bytes) -> reports.put(name + "!" + part, bytes));
                } else {
                    reports.put(name, Files.readAllBytes(file));
                }
            }
        }
        return reports;
    }

    private static Map<String, byte[]> parts(Path workbook) throws IOException {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return parts;
    }
}

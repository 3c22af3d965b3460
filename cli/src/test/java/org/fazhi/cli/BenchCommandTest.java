package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.generate.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on a tiny size: generates, runs the floor and the check in child JVMs, prints the table. */
class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void benchPrintsATableWithTheRatio() {
        Cli.Result result = cli().run("bench", "--cases", "200", "--repeat", "1", "--dir", dir.toString(), "--xmx", "256m");
        assertThat(result.code()).as(result.toString()).isZero();
        String[] lines = result.out().split("\n");
        assertThat(lines[0]).contains("cases", "shape", "viol.", "floor s", "CPU s", "check rec/s", "live MB", "findings",
                "ratio");
        // both shapes by default; the check's columns end with its live heap and its findings: numbers, never "-"
        for (String row : List.of("xlsx\\s+tidy\\s+0\\.1", "xlsx\\s+tidy\\s+0\\.7", "csv\\s+tidy\\s+0\\.1",
                "csv\\s+tidy\\s+0\\.7")) {
            assertThat(result.out()).containsPattern("200\\s+" + row + "\\s+\\d+ \\|.*\\s\\d+\\s+\\d+ \\|\\s+\\d+\\.\\d×");
        }
        assertThat(dir.resolve("fazhi-bench-200-seed1-v0.7.xlsx")).isRegularFile();
        assertThat(dir.resolve("fazhi-bench-200-seed1.xlsx")).isRegularFile();
        assertThat(dir.resolve("fazhi-bench-200-seed1-csv")).isDirectory();
    }

    @Test
    void jsonOutputCarriesEveryMeasurement() throws IOException {
        Cli.Result result = cli().run("bench", "--cases", "200", "--format", "csv", "--repeat", "1", "--dir",
                dir.toString(), "--json");
        assertThat(result.code()).as(result.toString()).isZero();
        JsonNode row = new ObjectMapper().readTree(result.outBytes()).path("results").path(0);
        assertThat(row.path("format").asText()).isEqualTo("csv");
        assertThat(row.path("records").asLong()).isGreaterThan(200);
        assertThat(row.path("floor").path("recordsPerSecond").asLong()).isPositive();
        assertThat(row.path("check").path("seconds").asDouble()).isPositive();
        assertThat(row.path("check").path("cpuSeconds").asDouble()).isPositive();
        assertThat(row.path("check").path("liveMb").asLong()).isPositive();
        assertThat(row.path("check").path("findings").asLong()).isPositive();
        assertThat(row.path("floor").path("findings").asLong()).isEqualTo(-1);
        assertThat(row.path("violations").asDouble()).isEqualTo(0.1);
        assertThat(row.path("ratio").asDouble()).isPositive();
    }

    @Test
    void anExportWithoutViolationsHasNoFindingsAndItsOwnName() throws IOException {
        Cli.Result result = cli().run("bench", "--cases", "200", "--format", "csv", "--repeat", "1", "--dir",
                dir.toString(), "--violations", "0", "--json");
        assertThat(result.code()).as(result.toString()).isZero();
        JsonNode row = new ObjectMapper().readTree(result.outBytes()).path("results").path(0);
        assertThat(row.path("check").path("findings").asLong()).isZero();
        assertThat(dir.resolve("fazhi-bench-200-seed1-v0-csv")).isDirectory();
        assertThat(dir.resolve("fazhi-bench-200-seed1-csv")).doesNotExist();
    }

    @Test
    void exportNamesCarryARateOtherThanTheDefault() {
        assertThat(BenchCommand.exportName(1000, 1, 0.1, Layout.TIDY, false)).isEqualTo("fazhi-bench-1000-seed1.xlsx");
        assertThat(BenchCommand.exportName(1000, 2, 0.05, Layout.TIDY, true)).isEqualTo("fazhi-bench-1000-seed2-v0.05-csv");
        assertThat(BenchCommand.exportName(1000, 1, 0, Layout.TIDY, false)).isEqualTo("fazhi-bench-1000-seed1-v0.xlsx");
        assertThat(BenchCommand.exportName(1000, 1, 1, Layout.TIDY, false)).isEqualTo("fazhi-bench-1000-seed1-v1.xlsx");
        assertThat(BenchCommand.exportName(1000, 1, 0.7, Layout.MESSY, false))
                .isEqualTo("fazhi-bench-1000-seed1-v0.7-messy.xlsx");
    }

    /** The messy CSV export is GBK: the floor decodes it as the reader does, so the ratio compares like with like. */
    @Test
    void aMessyCsvExportIsBenchedWithItsGbkDecodedByTheFloorToo() throws IOException {
        Cli.Result result = cli().run("bench", "--cases", "200", "--format", "csv", "--layout", "messy", "--repeat", "1",
                "--violations", "0.1", "--dir", dir.toString(), "--json");
        assertThat(result.code()).as(result.toString()).isZero();
        JsonNode row = new ObjectMapper().readTree(result.outBytes()).path("results").path(0);
        assertThat(row.path("layout").asText()).isEqualTo("messy");
        assertThat(row.path("floor").path("recordsPerSecond").asLong()).isPositive();
        assertThat(row.path("check").path("findings").asLong()).isPositive();
        assertThat(dir.resolve("fazhi-bench-200-seed1-messy-csv")).isDirectory();
    }

    @Test
    void anUnknownLayoutIsRefusedBeforeAnythingIsGenerated() {
        Cli.Result unknown = cli().run("--lang", "en", "bench", "--dir", dir.toString(), "--layout", "ragged");
        assertThat(unknown.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(unknown.err()).contains("--layout ragged is not understood");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aFailedCheckIsShownInItsRowAndTheOtherRowsStand() {
        BenchCommand.Measure floor = BenchCommand.median(List.of(run(2)), 10);
        String table = BenchCommand.table(List.of(
                new BenchCommand.Row(10, "xlsx", "tidy", 0.1, 10, floor, BenchCommand.median(List.of(run(6)), 10), 3, null),
                new BenchCommand.Row(10, "xlsx", "tidy", 0.7, 10, floor, null, 0, "check failed: out of memory")));
        assertThat(table).containsPattern("0\\.1 .*\\|\\s+3\\.0×").containsPattern("0\\.7 .*\\|\\s+failed")
                .contains("check failed: out of memory");
    }

    @Test
    void theColdStartNeedsAnInstalledLauncherAndAtLeastOneRun() {
        Cli.Result none = cli().run("bench", "--cold-start", "0");
        assertThat(none.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(none.err()).contains("--cold-start 0");
        // run from the build's classes, not from an installation's fazhi.jar: no bin/fazhi beside it
        Cli.Result classes = cli().run("--lang", "en", "bench", "--cold-start", "1", "--cold-input", dir.toString());
        assertThat(classes.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(classes.err()).contains("The launcher", "bin/fazhi", "is not found");
        assertThat(dir.toFile().list()).as("the cold start alone generates no export").isEmpty();
        Cli.Result missing = cli().run("--lang", "en", "bench", "--cold-start", "1", "--cold-input",
                dir.resolve("absent").toString());
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void theCpuTimeOfWaitedChildrenIsReadOnLinux() {
        if (Files.exists(Path.of("/proc/self/stat"))) {
            assertThat(ColdStart.childrenCpuTicks()).isNotNegative();
        }
    }

    @Test
    void aBadRateIsAUserError() {
        Cli.Result result = cli().run("bench", "--cases", "200", "--dir", dir.toString(), "--violations", "150%");
        assertThat(result.code()).isEqualTo(ExitCode.CANNOT_RUN);
        assertThat(result.err()).contains("--violations 150%");
    }

    @Test
    void theMedianOfThreeRunsIsTheMiddleOne() {
        BenchCommand.Measure m = BenchCommand.median(List.of(
                new BenchCommand.Run(10, 3_000_000_000L, 5_000_000_000L, 300_000, 7, 90_000),
                new BenchCommand.Run(10, 1_000_000_000L, 1_500_000_000L, 100_000, 7, 30_000),
                new BenchCommand.Run(10, 2_000_000_000L, 3_500_000_000L, 200_000, 7, 60_000)), 10);
        assertThat(m.seconds()).isEqualTo(2.0);
        assertThat(m.cpuSeconds()).isEqualTo(3.5);
        assertThat(m.recordsPerSecond()).isEqualTo(5);
        assertThat(m.peakMb()).isEqualTo(195);
        assertThat(m.liveMb()).isEqualTo(59);
        assertThat(m.findings()).isEqualTo(7);
    }

    @Test
    void aFloorHasNoFindingsAndNoLiveHeap() {
        BenchCommand.Measure m = BenchCommand.median(List.of(run(1), run(2), run(3)), 10);
        assertThat(m.findings()).isEqualTo(-1);
        assertThat(m.liveMb()).isEqualTo(-1);
    }

    @Test
    void cpuTimeIsUnknownWhenAnyRunCouldNotMeasureIt() {
        BenchCommand.Measure m = BenchCommand.median(List.of(new BenchCommand.Run(10, 1_000_000_000L, -1, 100_000, -1, -1),
                new BenchCommand.Run(10, 1_000_000_000L, 2_000_000_000L, 100_000, -1, -1)), 10);
        assertThat(m.cpuSeconds()).isEqualTo(-1);
    }

    @Test
    void theRatioPairsEachCheckWithTheFloorRunJustBeforeIt() {
        // The machine slowed down during the second pair (both runs twice as long) and during the
        // last check only: two pairs say 3×, one says 6×.
        List<BenchCommand.Run> floors = List.of(run(10), run(20), run(10));
        List<BenchCommand.Run> checks = List.of(run(30), run(60), run(60));
        assertThat(BenchCommand.pairedRatio(floors, checks)).isEqualTo(3.0);
        assertThat(BenchCommand.median(checks, 10).seconds() / BenchCommand.median(floors, 10).seconds())
                .as("a ratio of medians mixes runs of different pairs").isEqualTo(6.0);
        assertThat(BenchCommand.middle(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    private static BenchCommand.Run run(long seconds) {
        return new BenchCommand.Run(10, seconds * 1_000_000_000L, seconds * 1_000_000_000L, 100_000, -1, -1);
    }
}

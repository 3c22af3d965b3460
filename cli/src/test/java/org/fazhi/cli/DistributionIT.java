package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: unpacked into an empty directory, far from the sources,
 * run with Java and the POSIX tools on PATH and no Maven. The bundled sample must give the
 * expected report and fail the gate.
 */
class DistributionIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path TARGET = ROOT.resolve("cli/target");
    private static final String[] CHECK = {"check", "samples/kunming-2025", "--as-of", "2025-12-31", "--format", "json"};

    @TempDir
    Path dir;

    @Test
    void theUnpackedZipChecksTheSampleWithoutMaven() throws Exception {
        Path home = unzip(archive(".zip"));
        for (String part : new String[] {"bin/fazhi", "bin/fazhi.bat", "fazhi.jar", "lib/jvm.properties",
            "README.md", "LICENSE", "docs/install.md", "samples/kunming-2025/执法人员.csv"}) {
            assertThat(home.resolve(part)).as(part).isRegularFile();
        }
        assertThat(home.resolve("samples/expected")).as("the tests' own reports stay out").doesNotExist();
        String bat = Files.readString(home.resolve("bin/fazhi.bat"), StandardCharsets.UTF_8);
        assertThat(bat).contains("\r\n", "chcp 65001", "FAZHI_JAVA_OPTS", "jvm.properties").doesNotContain("\r\r");
        assertThat(bat.replace("\r\n", "")).as("CRLF line ends only").doesNotContain("\n");

        Run run = run(home, List.of("sh", "bin/fazhi"));
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(Files.readString(ROOT.resolve("samples/expected/kunming-2025.json")));
    }

    @Test
    void theUnpackedTarballRunsItsLauncherDirectly() throws Exception {
        Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive(".tar.gz").toString(), "-C", unpacked.toString())
                .inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        Path home = single(unpacked);
        assertThat(Files.isExecutable(home.resolve("bin/fazhi"))).as("bin/fazhi keeps its execute bit").isTrue();
        Run run = run(home, List.of(home.resolve("bin/fazhi").toString()));
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(Files.readString(ROOT.resolve("samples/expected/kunming-2025.json")));
    }

    private Run run(Path home, List<String> launcher) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(CHECK));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", PosixTools.in(dir).toString());
        builder.environment().put("JAVA_HOME", PosixTools.javaHome());
        builder.environment().put("HOME", Files.createDirectories(dir.resolve("user")).toString());
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectError(err.toFile()).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the check finishes").isTrue();
        return new Run(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path archive(String extension) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().startsWith("fazhi-")
                    && file.getFileName().toString().endsWith(extension)).toList();
            assertThat(found).as("the distribution in %s", TARGET).hasSize(1);
            return found.get(0);
        }
    }

    private Path unzip(Path zip) throws IOException {
        Path unpacked = Files.createDirectories(dir.resolve("unzipped"));
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path to = unpacked.resolve(entry.getName()).normalize();
                assertThat(to.startsWith(unpacked)).as(entry.getName()).isTrue();
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                    continue;
                }
                Files.createDirectories(to.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, to);
                }
            }
        }
        return single(unpacked);
    }

    /** The one directory an archive unpacks into, fazhi-<version>. */
    private static Path single(Path unpacked) throws IOException {
        try (Stream<Path> entries = Files.list(unpacked)) {
            List<Path> all = entries.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).startsWith("fazhi-");
            return all.get(0);
        }
    }

    private record Run(int code, String out, String err) {
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end: the packaged command, started as a user starts it from the repository root, on the
 * bundled samples. Its JSON report must equal the expected report committed beside the samples,
 * byte for byte and on every run. After a deliberate change of rules or report, regenerate with
 * {@code ./fazhi check <sample> --as-of 2025-12-31 --format json [--mapping …] > samples/expected/<name>.json}.
 */
class SampleReportIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path JAR = ROOT.resolve("cli/target/fazhi.jar");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "kunming-2025, samples/kunming-2025, ''",
        "county-export, samples/county-export, samples/county-export/mapping.yaml"
    })
    void theSampleGivesItsExpectedReportAndFailsTheGate(String name, String input, String mapping) throws Exception {
        Run first = run(input, mapping);
        Run second = run(input, mapping);
        assertThat(first.code()).as(first.err()).isEqualTo(1);
        assertThat(second.out()).as("two runs on the same input give the same bytes").isEqualTo(first.out());
        Path expected = ROOT.resolve("samples/expected/" + name + ".json");
        assertThat(first.out())
                .as("report of %s differs from %s; if the change is intended, regenerate it as this class says",
                        input, expected)
                .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static Run run(String input, String mapping) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), "check", input, "--as-of", "2025-12-31", "--format", "json"));
        if (!mapping.isEmpty()) {
            command.addAll(List.of("--mapping", mapping));
        }
        Path err = Files.createTempFile("fazhi-it", ".err");
        Process process = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectError(err.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        String errText = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Run(process.exitValue(), out, errText);
    }

    private record Run(int code, String out, String err) {
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The progress bar shows only to a person at a terminal: not in CI, not when quiet or piped. */
class ProgressTest {
    private static final String SAMPLE = "../samples/kunming-2025";
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream saved;

    @BeforeEach
    void captureStandardError() {
        saved = System.err;
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(saved);
    }

    @Test
    void aTerminalSeesTheSheetsBeingRead() {
        cli().terminal(true).env(Map.of()).run("check", SAMPLE, "--as-of", "2025-12-31", "--no-color");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("执法人员.csv");
    }

    @Test
    void ciPipesAndQuietRunsSeeNothing() {
        cli().terminal(true).env(Map.of("CI", "true")).run("check", SAMPLE, "--as-of", "2025-12-31");
        cli().terminal(false).env(Map.of()).run("check", SAMPLE, "--as-of", "2025-12-31");
        cli().terminal(true).env(Map.of()).run("check", SAMPLE, "--as-of", "2025-12-31", "--quiet");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

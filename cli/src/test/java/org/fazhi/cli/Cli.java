package org.fazhi.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in this process with captured output, as a test sees it. */
final class Cli {
    private FazhiCommand.CheckRunner runner = FazhiCommand.CheckRunner.DEFAULT;
    private boolean terminal;
    /** As on a CI machine unless a test says otherwise, so that no progress bar is drawn. */
    private Map<String, String> env = Map.of("CI", "true");
    /** Where standard output goes instead of the captured bytes, when a test says so. */
    private OutputStream stdout;

    static Cli cli() {
        return new Cli();
    }

    /** As on CI, with compiled rule packs cached under {@code dir} rather than the user's cache. */
    static Cli cachingIn(Path dir) {
        return new Cli().env(Map.of("CI", "true", "XDG_CACHE_HOME", dir.resolve("cache").toString()));
    }

    Cli runner(FazhiCommand.CheckRunner runner) {
        this.runner = runner;
        return this;
    }

    Cli terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    Cli env(Map<String, String> env) {
        this.env = env;
        return this;
    }

    Cli stdout(OutputStream stdout) {
        this.stdout = stdout;
        return this;
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        int code = new FazhiCommand(new Io(stdout == null ? out : stdout, errWriter, terminal, env), runner).execute(args);
        errWriter.flush();
        return new Result(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** What a run produced. */
    record Result(int code, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out\n" + out() + "\n--- err\n" + err;
        }
    }
}

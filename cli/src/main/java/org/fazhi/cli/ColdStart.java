package org.fazhi.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;

/**
 * The cold start of {@code fazhi bench --cold-start K}: runs the installation's own launcher
 * ({@code bin/fazhi} beside {@code fazhi.jar}, with the options and the class data archive a user
 * gets) on a small check K times, each a new JVM, and takes the median wall time. One run before
 * them is not counted: after a build the launcher records its class data archive on the first
 * check, which every later start then maps (the start a user sees every day).
 */
final class ColdStart {
    /** The launcher's arguments: the check of the bundled sample that the documentation shows. */
    static final List<String> CHECK = List.of("check", "--as-of", "2025-12-31");
    /** Clock ticks per second of the CPU times in /proc (USER_HZ, 100 on every Linux kernel). */
    private static final double TICKS = 100;

    /** The median of K starts: wall time, and CPU time of the launcher and its JVM (-1 when unknown). */
    record Result(int runs, double seconds, double cpuSeconds, List<String> command) {
    }

    private final Lang lang;

    ColdStart(Lang lang) {
        this.lang = lang;
    }

    Result measure(int runs, Path input) throws IOException, InterruptedException {
        if (!Files.exists(input)) {
            throw new UserError(Messages.get(lang, "bench.cold.input", input));
        }
        List<String> command = new ArrayList<>(List.of("sh", launcher().toString(), CHECK.get(0),
                input.toString()));
        command.addAll(CHECK.subList(1, CHECK.size()));
        start(command);
        double[] walls = new double[runs];
        double[] cpus = new double[runs];
        boolean cpuKnown = true;
        for (int k = 0; k < runs; k++) {
            long cpuBefore = childrenCpuTicks();
            long before = System.nanoTime();
            start(command);
            walls[k] = (System.nanoTime() - before) / 1e9;
            long cpuAfter = childrenCpuTicks();
            cpuKnown &= cpuBefore >= 0 && cpuAfter >= 0;
            cpus[k] = (cpuAfter - cpuBefore) / TICKS;
        }
        return new Result(runs, round(BenchCommand.middle(walls)), cpuKnown ? round(BenchCommand.middle(cpus)) : -1,
                command);
    }

    /** Runs the command to its end, its output discarded; a check may find problems (exit 1), nothing worse. */
    private void start(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        int code = process.waitFor();
        if (code != ExitCode.PASSED && code != ExitCode.GATE_FAILED) {
            throw new UserError(Messages.get(lang, "bench.cold.failed", String.join(" ", command), code));
        }
    }

    /** {@code bin/fazhi} of the installation this class runs from: beside {@code fazhi.jar}, the launcher's layout. */
    private Path launcher() {
        Path code;
        try {
            code = Path.of(ColdStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UserError(Messages.get(lang, "bench.cold.launcher", "bin/fazhi"), e);
        }
        Path launcher = code.resolveSibling("bin").resolve("fazhi");
        if (!Files.isRegularFile(code) || !Files.isRegularFile(launcher)) {
            throw new UserError(Messages.get(lang, "bench.cold.launcher", launcher));
        }
        return launcher;
    }

    /**
     * CPU time, in clock ticks, of the children this process has waited for (fields cutime and
     * cstime of /proc/self/stat): the launcher's shell and, waited for by it, its JVM; -1 when not
     * on Linux.
     */
    static long childrenCpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            // cutime and cstime are fields 16 and 17 of the whole line; state (field 3) is fields[0]
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}

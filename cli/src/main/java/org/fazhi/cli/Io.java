package org.fazhi.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the command writes and what it knows of its surroundings: standard output (reports),
 * standard error (messages), whether standard output is a terminal, and the environment.
 */
record Io(OutputStream out, PrintWriter err, boolean terminal, Map<String, String> env) {

    static Io system() {
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return new Io(StandardOutput.system(), stderr, System.console() != null, System.getenv());
    }

    /** Colours only on a terminal, when NO_COLOR is not set (no-color.org) and not switched off. */
    boolean color(boolean noColorOption) {
        String noColor = env.get("NO_COLOR");
        return terminal && !noColorOption && (noColor == null || noColor.isEmpty());
    }

    /**
     * The terminal's width for the console report: COLUMNS, which the launcher sets from the
     * terminal when the shell does not export it; 0 when unknown (the renderer's default).
     */
    int columns() {
        String columns = env.get("COLUMNS");
        try {
            return columns == null ? 0 : Math.max(0, Integer.parseInt(columns.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    PrintWriter outWriter() {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    }
}

package org.fazhi.render;

import org.fazhi.report.Severity;

/** ANSI styling for the console, or none: the caller decides whether the terminal wants colour. */
record ConsoleStyle(boolean on) {
    private static final String RESET = "\u001b[0m";

    String bold(String text) {
        return wrap("\u001b[1m", text);
    }

    String dim(String text) {
        return wrap("\u001b[2m", text);
    }

    String green(String text) {
        return wrap("\u001b[32m", text);
    }

    String severity(Severity severity, String text) {
        return switch (severity) {
            case ERROR -> wrap("\u001b[31m", text);
            case WARNING -> wrap("\u001b[33m", text);
            case INFO -> wrap("\u001b[36m", text);
        };
    }

    private String wrap(String code, String text) {
        return on && !text.isEmpty() ? code + text + RESET : text;
    }
}

package org.fazhi.cli;

/** The exit codes of outputs.md. */
final class ExitCode {
    /** No counted finding at or above --fail-on. */
    static final int PASSED = 0;
    /** At least one counted finding at or above --fail-on. */
    static final int GATE_FAILED = 1;
    /** The run could not be made: bad input, bad configuration file, bad option. */
    static final int CANNOT_RUN = 2;
    /** An internal error: a bug. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }
}

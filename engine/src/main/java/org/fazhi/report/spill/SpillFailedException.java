package org.fazhi.report.spill;

import java.nio.file.Path;

/**
 * Findings could not be written to (or read back from) the temporary directory: the disk is
 * full, or the directory cannot be written. The run cannot be made there; another directory
 * ({@code --temp-dir}) or more space can.
 */
public final class SpillFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path directory;

    SpillFailedException(Path directory, Throwable cause) {
        super("cannot write findings to the temporary directory " + directory + ": " + cause, cause);
        this.directory = directory;
    }

    /** The temporary directory that could not take the findings. */
    public Path directory() {
        return directory;
    }
}

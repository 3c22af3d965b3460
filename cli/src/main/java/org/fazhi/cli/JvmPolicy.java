package org.fazhi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Which compiler a check runs with. Officers run small checks all day: there the first-tier JIT
 * alone finishes sooner, because the optimising compiler's work never pays off. On large inputs
 * it pays many times over (measured here: 10⁶ cases as CSV, 54 s first-tier only, 35 s with
 * both). The launcher ({@code ./fazhi}) applies the same limit to a check's inputs; the bench
 * applies it to each measured file, so that it measures what a user gets.
 */
final class JitPolicy {
    /** Inputs up to this many bytes start with the first-tier compiler only. Also in ./fazhi. */
    static final long QUICK_START_MAX_BYTES = 150_000_000L;
    static final String QUICK_START_OPTION = "-XX:TieredStopAtLevel=1";

    private JitPolicy() {
    }

    static boolean quickStart(Path input) {
        return size(input) <= QUICK_START_MAX_BYTES;
    }

    /** A file's size, or the total of the files below a directory. */
    static long size(Path input) {
        if (!Files.isDirectory(input)) {
            return input.toFile().length();
        }
        try (Stream<Path> files = Files.walk(input)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

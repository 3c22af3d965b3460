package org.fazhi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells the launcher that the exit code is fazhi's own. A JVM that cannot start (a bad option in
 * FAZHI_JAVA_OPTS, two collectors, a Java older than 17, a damaged installation) exits with 1,
 * which CI would read as "findings". So the launchers ({@code bin/fazhi}, {@code bin/fazhi.bat})
 * create an empty file, name it in the system property {@value #PROPERTY}, and exit with 2 and a
 * sentence of their own when Java ends while the file is still there; fazhi deletes it just
 * before it exits with its code.
 */
final class LaunchMarker {
    static final String PROPERTY = "fazhi.launch.marker";

    private LaunchMarker() {
    }

    static void clear() {
        String marker = System.getProperty(PROPERTY);
        if (marker == null || marker.isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(marker));
        } catch (IOException | RuntimeException e) {
            // the launcher then reports a failed start, which is as much as it can know
        }
    }
}

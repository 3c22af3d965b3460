package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A PATH that holds only the POSIX tools the launchers use, and neither Maven nor Java: what a
 * user's machine may have, whatever the development machine has besides.
 */
final class PosixTools {
    private static final List<String> TOOLS = List.of("sh", "dash", "find", "ls", "awk", "locale", "uname", "mkdir",
            "id", "cksum", "rm", "mv", "cat", "sed", "grep", "tail", "head", "sleep", "touch", "kill");

    private PosixTools() {
    }

    /** A directory of the tools, for PATH. */
    static Path in(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("posix-bin"));
        for (String tool : TOOLS) {
            for (String path : System.getenv("PATH").split(":")) {
                Path found = Path.of(path, tool);
                Path stand = bin.resolve(tool);
                if (Files.isExecutable(found) && !Files.exists(stand)) {
                    // a script rather than a link, which the temporary directory's clean-up warns about
                    Files.writeString(stand, "#!/bin/sh\nexec '" + found.toRealPath() + "' \"$@\"\n");
                    assertThat(stand.toFile().setExecutable(true)).isTrue();
                }
            }
        }
        assertThat(bin.resolve("mvn")).doesNotExist();
        assertThat(bin.resolve("java")).doesNotExist();
        return bin;
    }

    /** The Java running the tests, for JAVA_HOME. */
    static String javaHome() {
        return System.getProperty("java.home");
    }
}

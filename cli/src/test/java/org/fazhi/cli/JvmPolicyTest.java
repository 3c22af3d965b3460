package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitPolicyTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherUsesTheSameLimitAsTheBench() throws IOException {
        String launcher = Files.readString(Path.of("..", "fazhi"));
        assertThat(launcher).contains("-le " + JitPolicy.QUICK_START_MAX_BYTES + " ]]")
                .contains(JitPolicy.QUICK_START_OPTION);
    }

    @Test
    void aDirectoryCountsEveryFileBelowIt() throws IOException {
        Files.write(dir.resolve("a.csv"), new byte[1000]);
        Files.createDirectories(dir.resolve("sub"));
        Files.write(dir.resolve("sub/b.csv"), new byte[500]);
        assertThat(JitPolicy.size(dir)).isEqualTo(1500);
        assertThat(JitPolicy.quickStart(dir)).isTrue();
        assertThat(JitPolicy.size(dir.resolve("a.csv"))).isEqualTo(1000);
    }
}

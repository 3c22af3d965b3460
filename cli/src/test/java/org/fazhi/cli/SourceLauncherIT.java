package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./fazhi in a fresh copy of the sources (no target/, as a clone has it), in the situations that
 * used to break it: two first runs at once, no UTF-8 locale, Java options that keep the JVM from
 * starting, no Maven. One test, because the first build in the copy takes a minute or two.
 */
class SourceLauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> LEFT_OUT = Set.of("target", ".git", ".fazhi", ".idea");
    private static final List<String> CHECK = List.of("check", "samples/kunming-2025", "--as-of", "2025-12-31");

    @TempDir
    Path dir;

    @Test
    void theLauncherBuildsOnceRunsWithoutAUtf8LocaleAndExitsWithTwoWhenItCannotRun() throws Exception {
        Path copy = copySources();
        Map<String, String> utf8 = Map.of("PATH", System.getenv("PATH"), "LANG", "C.UTF-8",
                "HOME", dir.resolve("user").toString());

        Process first = start(copy, utf8, CHECK, "first");
        Process second = start(copy, utf8, CHECK, "second");
        Run one = finish(first, "first");
        Run two = finish(second, "second");
        assertThat(one.code()).as(one.err()).isEqualTo(1);
        assertThat(two.code()).as(two.err()).isEqualTo(1);
        assertThat(two.out()).isEqualTo(one.out()).contains("结论：未通过");
        assertThat(one.err() + two.err()).as("one build, the other run waits for it")
                .containsOnlyOnce("正在用 Maven 构建").contains("等待");
        assertThat(copy.resolve(".fazhi/build.lock")).doesNotExist();

        Run plain = finish(start(copy, Map.of("PATH", System.getenv("PATH")), CHECK, "plain"), "plain");
        assertThat(plain.code()).as(plain.err()).isEqualTo(1);
        assertThat(plain.out()).as("env -i: the same report as in a UTF-8 locale").isEqualTo(one.out());
        assertThat(plain.err()).doesNotContain("Malformed", "Exception");

        Run broken = finish(start(copy, Map.of("PATH", System.getenv("PATH"), "FAZHI_JAVA_OPTS", "-Xmx10"),
                CHECK, "broken"), "broken");
        assertThat(broken.code()).isEqualTo(2);
        assertThat(broken.err()).contains("Java 未能启动或运行 fazhi", "FAZHI_JAVA_OPTS");

        Files.setLastModifiedTime(copy.resolve("pom.xml"), FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Map<String, String> noMaven = Map.of("PATH", PosixTools.in(dir).toString(), "JAVA_HOME", PosixTools.javaHome());
        Run withoutMaven = finish(start(copy, noMaven, CHECK, "no-maven"), "no-maven");
        assertThat(withoutMaven.code()).isEqualTo(2);
        assertThat(withoutMaven.err()).contains("需要 Maven", "docs/install.md");
    }

    private Path copySources() throws IOException {
        Path copy = dir.resolve("fazhi");
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path from, BasicFileAttributes attributes) throws IOException {
                if (!from.equals(ROOT) && LEFT_OUT.contains(from.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(copy.resolve(ROOT.relativize(from).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path from, BasicFileAttributes attributes) throws IOException {
                if (!from.getFileName().toString().equals(".git")) {
                    Files.copy(from, copy.resolve(ROOT.relativize(from).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return copy;
    }

    private Process start(Path copy, Map<String, String> env, List<String> args, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", "./fazhi"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private Run finish(Process process, String name) throws IOException, InterruptedException {
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).as(name + " finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The distribution's launcher, bin/fazhi, under each POSIX shell there is (sh, and dash, the
 * strictest): an installation laid out as in the zip with a stand-in for java that records the
 * command line and environment it was given, and exits as the test says.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("src/main/dist/bin/fazhi");
    private static final Path POLICY = Path.of("src/main/resources/org/fazhi/cli/jvm.properties");

    @TempDir
    Path dir;

    static Stream<String> shells() {
        return Stream.of("sh", "dash").filter(LauncherTest::installed);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void aSmallCheckGetsTheSmallOptionsAndTheUsersOwnComeLast(String shell) throws Exception {
        Path csv = Files.write(dir.resolve("small.csv"), new byte[100]);
        List<String> args = launch(shell, Map.of("FAZHI_JAVA_OPTS", "-Dx=y"), "check", csv.toString()).args();
        assertThat(args).containsSubsequence(concat(JvmPolicy.COMMON, JvmPolicy.SMALL, JvmPolicy.SMALL_HEAP,
                List.of("-Dx=y")));
        assertThat(args.subList(args.indexOf("-jar"), args.size()))
                .containsExactly("-jar", home().resolve("fazhi.jar").toString(), "check", csv.toString());
    }

    @ParameterizedTest
    @MethodSource("shells")
    void aWebPageSavedAsXlsOrHtmlCountsAsAWorkbookDoes(String shell) throws Exception {
        for (String name : List.of("export.xls", "export.HTM", "export.html")) {
            Path page = sparse(name, JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
            assertThat(launch(shell, Map.of(), "check", page.toString()).args()).as(name)
                    .containsSubsequence(concat(JvmPolicy.LARGE, JvmPolicy.LARGE_HEAP));
        }
        Path text = sparse("export.txt", JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        assertThat(launch(shell, Map.of(), "check", text.toString()).args()).containsSubsequence(JvmPolicy.SMALL);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void aLargeWorkbookGeneratingAndBenchGetTheLargeOptions(String shell) throws Exception {
        Path workbook = sparse("big.xlsx", JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        Path csv = sparse("same-size.csv", JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        assertThat(launch(shell, Map.of(), "check", "-o", workbook.toString(), csv.toString()).args())
                .as("the -o file is no input").containsSubsequence(JvmPolicy.SMALL);
        assertThat(launch(shell, Map.of(), "check", dir.toString()).args())
                .containsSubsequence(concat(JvmPolicy.LARGE, JvmPolicy.LARGE_HEAP));
        assertThat(launch(shell, Map.of(), "generate", "--cases", "10").args()).containsSubsequence(JvmPolicy.LARGE);
        assertThat(launch(shell, Map.of(), "bench").args()).containsSubsequence(JvmPolicy.LARGE);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void aHeapOfTheUsersOwnReplacesThePolicysHeap(String shell) throws Exception {
        Path workbook = sparse("big.xlsx", JvmPolicy.QUICK_START_MAX_BYTES / JvmPolicy.XLSX_WEIGHT + 1);
        assertThat(launch(shell, Map.of("FAZHI_JAVA_OPTS", "-Xmx256m -Dx=y"), "check", workbook.toString()).args())
                .containsSubsequence(JvmPolicy.LARGE).contains("-Xmx256m", "-Dx=y")
                .doesNotContainAnyElementsOf(JvmPolicy.LARGE_HEAP);
        assertThat(launch(shell, Map.of("FAZHI_JAVA_OPTS", "-XX:MaxHeapSize=300m"), "rules").args())
                .containsSubsequence(JvmPolicy.SMALL).doesNotContainAnyElementsOf(JvmPolicy.SMALL_HEAP);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void javaGetsAUtf8LocaleWhenTheUsersIsNotOne(String shell) throws Exception {
        assertThat(launch(shell, Map.of("LC_ALL", "C"), "rules").locale()).containsIgnoringCase("utf");
        assertThat(launch(shell, Map.of("LANG", "C.UTF-8"), "rules").locale())
                .as("a UTF-8 locale is left alone").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("shells")
    void aJavaThatCannotStartExitsWithTwoAndSaysWhy(String shell) throws Exception {
        Launch failed = launch(shell, Map.of("FAKE_EXIT", "1"), "check", "x.csv");
        assertThat(failed.code()).isEqualTo(2);
        assertThat(failed.err()).contains("Java 未能启动或运行 fazhi", "FAZHI_JAVA_OPTS", "Java 17");
        assertThat(launch(shell, Map.of("FAKE_EXIT", "1"), "--lang", "en", "rules").err())
                .contains("Java could not start or run fazhi");
        Launch findings = launch(shell, Map.of("FAKE_EXIT", "1", "FAKE_DELETES_MARKER", "yes"), "check", "x.csv");
        assertThat(findings.code()).as("fazhi's own 1: findings").isEqualTo(1);
        assertThat(findings.err()).isEmpty();
        assertThat(launch(shell, Map.of("FAKE_EXIT", "3", "FAKE_DELETES_MARKER", "yes"), "rules").code()).isEqualTo(3);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void noJavaExitsWithTwoAndSaysWhatIsNeeded(String shell) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", dir.resolve("nowhere").toString());
        env.put("PATH", "/nonexistent");
        Launch launch = launch(shell, env, "rules");
        assertThat(launch.code()).isEqualTo(2);
        assertThat(launch.err()).contains("未找到 Java", "Java 17");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void aCheckRecordsTheClassArchiveInTheUsersCacheAndLaterRunsUseIt(String shell) throws Exception {
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        assertThat(launch(shell, env, "check", "--rules", "r", "x.csv").args())
                .noneMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit") || arg.startsWith("-XX:SharedArchiveFile"));
        assertThat(launch(shell, env, "check", "x.csv").args()).anyMatch(arg -> arg.startsWith("-XX:ArchiveClassesAtExit="
                + cache.resolve("fazhi")));
        try (Stream<Path> files = Files.list(cache.resolve("fazhi"))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .as("the recorded archive, and no marker left behind").singleElement().asString().endsWith(".jsa");
        }
        assertThat(launch(shell, env, "rules").args()).anyMatch(arg -> arg.startsWith("-XX:SharedArchiveFile="
                + cache.resolve("fazhi")));
    }

    @ParameterizedTest
    @MethodSource("shells")
    void anotherJavaRecordsAnArchiveOfItsOwnAndTheFirstKeepsItsArchive(String shell) throws Exception {
        Map<String, String> first = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        launch(shell, first, "check", "x.csv");
        String firstArchive = option(launch(shell, first, "rules").args(), "-XX:SharedArchiveFile=");

        Path otherJdk = Files.createDirectories(dir.resolve("other-jdk/bin"));
        Files.copy(dir.resolve("jdk/bin/java"), otherJdk.resolve("java"));
        Files.writeString(otherJdk.resolve("java"), "# another build\n", StandardOpenOption.APPEND);
        Map<String, String> other = new HashMap<>(first);
        other.put("JAVA_HOME", dir.resolve("other-jdk").toString());
        String recorded = option(launch(shell, other, "check", "x.csv").args(), "-XX:ArchiveClassesAtExit=");
        assertThat(recorded).as("an archive of the other Java's own").doesNotStartWith(firstArchive);
        assertThat(option(launch(shell, other, "rules").args(), "-XX:SharedArchiveFile="))
                .isNotEqualTo(firstArchive).startsWith(recorded.substring(0, recorded.indexOf(".jsa") + 4));
        assertThat(option(launch(shell, first, "rules").args(), "-XX:SharedArchiveFile=")).isEqualTo(firstArchive);

        long now = System.currentTimeMillis();
        try (Stream<Path> archives = Files.list(dir.resolve("cache/fazhi"))) {
            archives.forEach(archive -> assertThat(archive.toFile().setLastModified(now - 3_600_000)).isTrue());
        }
        assertThat(home().resolve("fazhi.jar").toFile().setLastModified(now - 1_800_000)).isTrue();
        launch(shell, first, "check", "x.csv");
        try (Stream<Path> files = Files.list(dir.resolve("cache/fazhi"))) {
            assertThat(files.map(Path::toString)).as("a new jar: the archive recorded for it, the stale ones removed")
                    .containsExactly(firstArchive);
        }
    }

    /** The value of the option that starts with {@code prefix}. */
    private static String option(List<String> args, String prefix) {
        return args.stream().filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + prefix + " in " + args));
    }

    @ParameterizedTest
    @MethodSource("shells")
    void picocliIsAppendedToTheBootClassPathWhenTheInstallationHasIt(String shell) throws Exception {
        assertThat(launch(shell, Map.of(), "check", "x.csv").args()).noneMatch(arg -> arg.startsWith("-Xbootclasspath"));
        Path picocli = Files.write(home().resolve("lib/picocli-4.7.7.jar"), new byte[0]);
        List<String> args = launch(shell, Map.of(), "check", "x.csv").args();
        assertThat(args).contains("-Xbootclasspath/a:" + picocli);
        assertThat(args.indexOf("-Xbootclasspath/a:" + picocli)).isLessThan(args.indexOf("-jar"));
    }

    private Launch launch(String shell, Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path home = home();
        if (!Files.exists(home)) {
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("lib"));
            Files.copy(LAUNCHER, home.resolve("bin/fazhi"));
            Files.copy(POLICY, home.resolve("lib/jvm.properties"));
            Files.write(home.resolve("fazhi.jar"), new byte[0]);
            Path java = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
            Files.writeString(java, """
                    #!/bin/sh
                    printf '%s\\n' "$@" > "$FAKE_RECORD/args"
                    printf '%s\\n' "${LC_ALL:-}" > "$FAKE_RECORD/locale"
                    for a in "$@"; do
                      case $a in
                        -Dfazhi.launch.marker=*) if [ -n "${FAKE_DELETES_MARKER:-}" ]; then rm -f "${a#*=}"; fi ;;
                        -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;;
                      esac
                    done
                    exit "${FAKE_EXIT:-0}"
                    """);
            assertThat(java.toFile().setExecutable(true)).isTrue();
        }
        Path record = Files.createDirectories(dir.resolve("record"));
        List<String> command = new ArrayList<>(List.of(shell, home.resolve("bin/fazhi").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv("PATH"));
        builder.environment().put("HOME", dir.resolve("user").toString());
        builder.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        builder.environment().put("FAKE_RECORD", record.toString());
        builder.environment().putAll(env);
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectError(err.toFile()).start();
        process.getOutputStream().close();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> recorded = Files.exists(record.resolve("args")) ? Files.readAllLines(record.resolve("args")) : List.of();
        String locale = Files.exists(record.resolve("locale")) ? Files.readString(record.resolve("locale")).strip() : "";
        Files.deleteIfExists(record.resolve("args"));
        Files.deleteIfExists(record.resolve("locale"));
        return new Launch(process.exitValue(), recorded, locale, Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path home() {
        return dir.resolve("fazhi-home");
    }

    private Path sparse(String name, long length) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(length);
        }
        return file;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static boolean installed(String shell) {
        for (String path : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(path, shell))) {
                return true;
            }
        }
        return false;
    }

    /** What the launcher gave java, and how it ended. */
    private record Launch(int code, List<String> args, String locale, String err) {
    }
}

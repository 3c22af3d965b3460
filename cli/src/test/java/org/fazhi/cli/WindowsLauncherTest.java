package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bin/fazhi.bat cannot run here, so it is held to bin/fazhi, which {@link LauncherTest} runs: the
 * same Java options from the one definition, in the same order, and no option of its own that
 * the POSIX launcher does not give too. (DistributionIT checks that the zip holds it with CRLF
 * line ends.)
 */
class WindowsLauncherTest {
    private static final Path BAT = Path.of("src/main/dist/bin/fazhi.bat");
    private static final Path SH = Path.of("src/main/dist/bin/fazhi");
    private static final Path POLICY = Path.of("src/main/resources/org/fazhi/cli/jvm.properties");
    /** A Java option written out in a launcher: -X…, -XX:…= or a -Dfazhi.… property. */
    private static final Pattern OPTION = Pattern.compile("-(?:XX:[A-Za-z]+=?|Xmx|Xbootclasspath/a:|Dfazhi\\.[a-z.]+)");

    @Test
    void everyKeyOfTheJavaOptionsIsReadByBothLaunchers() throws IOException {
        String bat = read(BAT);
        String sh = read(SH);
        for (String key : policy().stringPropertyNames()) {
            assertThat(bat).as("fazhi.bat reads %s", key).contains("%policy_" + key + "%");
            assertThat(sh).as("fazhi reads %s", key).containsPattern("(?m)^\\s*" + Pattern.quote(key) + "\\)");
        }
    }

    @Test
    void bothStartJavaWithTheCommonOptionsThenTheCollectorThenTheHeapThenTheUsersOwn() throws IOException {
        assertThat(javaLine(read(BAT))).containsSubsequence(
                "\"%java%\"", "%policy_common%", "%gc%", "%heap%", "%FAZHI_JAVA_OPTS%", "-jar", "\"%jar%\"", "%*");
        assertThat(javaLine(read(SH))).containsSubsequence("\"$java\"", "$common", "$gc", "$heap", "$own", "\"$@\"");
        assertThat(read(BAT)).as("generate and bench get the large options, as in bin/fazhi")
                .contains("if /i \"%command%\"==\"generate\" goto large", "if /i \"%command%\"==\"bench\" goto large");
    }

    /** The class data sharing archive, the launch marker, picocli's boot path, the user's heap: the same options in both. */
    @Test
    void theOptionsWrittenOutInTheLaunchersAreTheSame() throws IOException {
        Set<String> bat = options(read(BAT));
        // the batch file needs a harmless property where the archive or boot option would be empty
        bat.remove("-Dfazhi.cds");
        bat.remove("-Dfazhi.boot");
        assertThat(bat).isEqualTo(options(read(SH)))
                .contains("-XX:SharedArchiveFile=", "-Dfazhi.launch.marker", "-Xbootclasspath/a:");
    }

    private static Set<String> options(String launcher) {
        Set<String> options = new TreeSet<>();
        Matcher m = OPTION.matcher(launcher);
        while (m.find()) {
            options.add(m.group());
        }
        return options;
    }

    /** The words of the line that starts Java. */
    private static List<String> javaLine(String launcher) {
        return launcher.lines().filter(l -> l.startsWith("\"%java%\"") || l.startsWith("\"$java\""))
                .findFirst().map(l -> List.of(l.trim().split("\\s+"))).orElseThrow();
    }

    private static Properties policy() throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(POLICY, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}

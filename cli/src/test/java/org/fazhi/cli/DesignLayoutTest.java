package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package table of docs/design.md is the map a newcomer reads first: every package of every
 * module is on it, and every row names a package that exists, unless it is marked as landing.
 */
class DesignLayoutTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([a-z]+)` \\| `(org\\.fazhi[a-z0-9.]*)` \\|(.*)$");
    private static final String LANDING = "*(this round)*";

    @Test
    void everyPackageOfEveryModuleIsInTheTableAndNothingElse() throws IOException {
        String design = Files.readString(ROOT.resolve("docs/design.md"), StandardCharsets.UTF_8);
        Set<String> documented = new TreeSet<>();
        Set<String> landing = new TreeSet<>();
        Matcher m = ROW.matcher(design);
        while (m.find()) {
            String entry = m.group(1) + " " + m.group(2);
            (m.group(3).contains(LANDING) ? landing : documented).add(entry);
        }
        Set<String> inCode = packagesInCode();
        inCode.removeAll(landing);
        assertThat(documented).as("docs/design.md, \"Modules and packages\"").isEqualTo(inCode);
    }

    /** "module package" for every directory below a module's src/main/java that holds a class. */
    private static Set<String> packagesInCode() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).toList()) {
                Path sources = module.resolve("src/main/java");
                try (Stream<Path> files = Files.walk(sources)) {
                    packages.addAll(files.filter(f -> f.toString().endsWith(".java"))
                            .map(f -> module.getFileName() + " "
                                    + sources.relativize(f.getParent()).toString().replace('/', '.'))
                            .collect(Collectors.toSet()));
                }
            }
        }
        return packages;
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The own-rules example of docs/usage.md runs as printed: its DRL and YAML blocks, written to the
 * files their first line names, and its command give the finding the page promises.
 */
class UsageRulesExampleTest {
    private static final Pattern BLOCK = Pattern.compile("```(drl|yaml|sh)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void theOwnRulesExampleRunsAsPrinted() throws IOException {
        String usage = Files.readString(Path.of("../docs/usage.md"), StandardCharsets.UTF_8);
        String section = usage.substring(usage.indexOf("### Your own rules"), usage.indexOf("## Synthetic data"));
        Matcher m = BLOCK.matcher(section);
        List<String> commands = new ArrayList<>();
        while (m.find()) {
            String text = m.group(2);
            String first = text.lines().findFirst().orElse("");
            if (m.group(1).equals("sh")) {
                commands.add(text.strip());
            } else {
                Path file = dir.resolve(first.replaceFirst("^(//|#)\\s*", "").strip());
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        }
        String command = commands.get(commands.size() - 1);
        assertThat(command).startsWith("./fazhi check samples/kunming-2025");
        String[] args = command.substring("./fazhi ".length()).replace("samples/", "../samples/")
                .replace("user-rules", dir.resolve("user-rules").toString()).split(" ");
        List<String> withJson = new ArrayList<>(List.of(args));
        withJson.addAll(List.of("--format", "json"));
        Cli.Result result = Cli.cachingIn(dir)
                .run(withJson.toArray(String[]::new));
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("\"ruleId\": \"USR-001\"").contains("检查方式为专项检查");
    }
}

package org.fazhi.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Chinese and English texts say the same things: the same keys, each with the same arguments. */
class MessagesTest {
    private static final Properties ZH = bundle("messages.properties");
    private static final Properties EN = bundle("messages_en.properties");
    /**
     * Keys whose texts differ on purpose: Chinese names the gate's threshold in words where English
     * gives the option's value, and a table's compiler error is quoted in English only, in Drools' words.
     */
    private static final Set<String> DIFFER_ON_PURPOSE = Set.of("present.gate.passed", "present.gate.failed",
            "pack.compileTable", "pack.compileTableOther");

    @Test
    void everyKeyHasATextInBothLanguages() {
        assertThat(EN.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ZH.stringPropertyNames());
    }

    @Test
    void bothTextsOfAKeyUseTheSameArguments() {
        TreeMap<String, String> differ = new TreeMap<>();
        for (String key : ZH.stringPropertyNames()) {
            Set<Integer> zh = arguments(ZH.getProperty(key));
            Set<Integer> en = arguments(EN.getProperty(key, ""));
            if (!zh.equals(en) && !DIFFER_ON_PURPOSE.contains(key)) {
                differ.put(key, "zh " + zh + ", en " + en);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void aCountOfOneIsSaidInTheSingularInEnglish() {
        assertThat(Messages.get(Lang.EN, "render.input.blank", 1)).isEqualTo(" (1 blank row skipped)");
        assertThat(Messages.get(Lang.EN, "render.input.blank", 1234)).isEqualTo(" (1,234 blank rows skipped)");
        assertThat(Messages.get(Lang.ZH, "render.input.blank", 1234)).isEqualTo("（跳过空行 1,234 行）");
        assertThat(Messages.get(Lang.EN, "render.input.read", "a.csv", "cases", 1)).isEqualTo("a.csv → cases: 1 row");
        assertThat(Messages.get(Lang.EN, "render.input.read", "a.csv", "cases", 0)).isEqualTo("a.csv → cases: 0 rows");
        assertThat(Messages.get(Lang.EN, "present.gate.failed", "errors", 1, "error"))
                .isEqualTo("Result: FAILED (--fail-on error, 1 finding counted)");
        assertThat(Messages.get(Lang.EN, "story.sentence.agencies", 1)).isEqualTo(" in 1 agency");
        assertThat(Messages.get(Lang.EN, "pack.broken", 1)).isEqualTo("The rule pack has 1 problem; no check was run:");
    }

    /** The argument indices a pattern formats, including those inside a choice between wordings. */
    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        int highest = new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        for (int i = 0; i < highest; i++) {
            // an index below the highest may be left out: only those in the text count
            if (pattern.contains("{" + i + "}") || pattern.contains("{" + i + ",")) {
                indices.add(i);
            }
        }
        return indices;
    }

    private static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}

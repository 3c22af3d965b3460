package org.fazhi.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/** The developer words a report must not show a Chinese reader: message keys, field keys, options. */
final class ContractWords {
    /** Options a report might echo; the console's pointer to --format and --all is the one exception. */
    static final List<String> OPTIONS = List.of("--fail-on", "--baseline", "--waivers", "--params", "--as-of",
            "--lang", "--split-by", "--agency", "--skip", "--rules");

    private ContractWords() {
    }

    /** Every key of the messages (render.row, status.waived …). */
    static Set<String> messageKeys() {
        Properties properties = new Properties();
        try (InputStream in = ContractWords.class.getResourceAsStream("/org/fazhi/i18n/messages.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    /** Every field key that cannot be an ordinary word (service_date; not agency or year). */
    static Set<String> fieldKeys() {
        Set<String> keys = new TreeSet<>();
        for (RecordType type : RecordTypes.all()) {
            type.fields().stream().map(FieldSpec::key).filter(key -> key.contains("_")).forEach(keys::add);
        }
        return keys;
    }

    /** Whether the text holds the word on its own (not inside a longer identifier or path). */
    static boolean containsToken(String text, String word) {
        return Pattern.compile("(?<![\\w.])" + Pattern.quote(word) + "(?![\\w.])").matcher(text).find();
    }
}

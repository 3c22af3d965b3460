package org.fazhi.pack;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;

/**
 * The {@code {name}} placeholders of an author's message, each made the key the findings are filled
 * by: a field named by key or Chinese header becomes its key; a name the rule supplies itself (a
 * parameter, a value the rule reports) stays; any other is unknown, and would fail the run on its
 * first finding.
 */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    private Placeholders() {
    }

    static String inKeys(String text, RecordType type, Predicate<String> supplied, Consumer<String> fieldUsed,
                         Consumer<String> unknown) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            Optional<FieldSpec> field = ModelNames.field(type, name);
            String replacement = name;
            if (field.isPresent()) {
                replacement = field.get().key();
                fieldUsed.accept(replacement);
            } else if (!supplied.test(name)) {
                unknown.accept(name);
            }
            m.appendReplacement(out, Matcher.quoteReplacement("{" + replacement + "}"));
        }
        m.appendTail(out);
        return out.toString();
    }
}

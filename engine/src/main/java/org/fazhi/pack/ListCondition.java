package org.fazhi.pack;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;

/**
 * A condition whose rule cell holds several values, as an author means it: {@code 「执法领域」 in
 * ($param)} with {@code 食品药品、市场监管} is one of them, {@code not in} none of them, and
 * {@code 「处罚种类」 contains $param} on a set field with {@code 罚款、没收违法所得} all of them. Drools
 * escapes the quotes of a cell's value, so a list cannot be written as DRL in the cell: the
 * column's code becomes Drools' {@code forall(||){field == "$"}}, which repeats it for each value.
 */
final class ListCondition {
    /** The values of a list cell: separated as a set field's values are, each maybe quoted. */
    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");
    /** What separates the values of {@code $1, $2…} in one cell. */
    static final Pattern INDEXED_SEPARATOR = Pattern.compile("[,，]");

    private ListCondition() {
    }

    /** The column's code with its {@code in ($param)} or set {@code contains $param} made a {@code forall}. */
    static Optional<String> of(String code, String property, FieldSpec field) {
        String name = Pattern.quote(property);
        Matcher in = Pattern.compile("\\b" + name + "\\s+(not\\s+)?in\\s*\\(\\s*\\$param\\s*\\)").matcher(code);
        if (in.find()) {
            boolean not = in.group(1) != null;
            return Optional.of(in.replaceFirst(Matcher.quoteReplacement("(forall(" + (not ? "&&" : "||") + "){"
                    + property + (not ? " != " : " == ") + literal(field, "$") + "})")));
        }
        Matcher contains = Pattern.compile("\\b" + name + "\\s+contains\\s+\\$param\\b").matcher(code);
        if (field.type() == FieldType.SET && contains.find()) {
            return Optional.of(contains.replaceFirst(Matcher.quoteReplacement(
                    "(forall(&&){" + property + " contains \"$\"})")));
        }
        return Optional.empty();
    }

    /** The values of a list cell, without their quotes. */
    static List<String> values(String text) {
        return Arrays.stream(SEPARATORS.split(text)).map(String::strip).map(ListCondition::unquoted)
                .filter(v -> !v.isEmpty()).toList();
    }

    /** How the code writes a value of the field where the cell's value goes. */
    static String literal(FieldSpec field, String placeholder) {
        return switch (field.type()) {
            case BOOL, INT, DECIMAL -> placeholder;
            case DATE -> "java.time.LocalDate.parse(\"" + placeholder + "\")";
            default -> "\"" + placeholder + "\"";
        };
    }

    /** A value written in quotes of its own: the quotes are the table's, not the value's. */
    static String unquoted(String text) {
        String t = text.strip();
        String q = Snippet.normalise(t);
        if (t.length() >= 2 && (q.charAt(0) == '"' && q.endsWith("\"") || q.charAt(0) == '\'' && q.endsWith("'"))) {
            return t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}

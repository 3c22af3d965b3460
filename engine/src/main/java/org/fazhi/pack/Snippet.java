package org.fazhi.pack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;

/**
 * A code cell of a decision table in the author's words, made into Drools' words: curly and
 * full-width punctuation outside string literals becomes ASCII, and fields named by key or by
 * Chinese header in 「」 become the model's Java properties. Bare names that are neither a key,
 * a property nor a DRL word are unknown fields.
 *
 * @param code    the translated text
 * @param fields  the fields the snippet names, in order
 * @param unknown names that are no field of the type
 * @param changed whether punctuation was normalised (the author is told)
 */
record Snippet(String code, List<FieldSpec> fields, List<String> unknown, boolean changed) {
    /** Words of DRL and Java that may stand bare in a constraint. */
    private static final Set<String> WORDS = Set.of("contains", "not", "in", "matches", "memberOf", "soundslike",
            "str", "null", "true", "false", "and", "or", "this", "excludes", "after", "before", "new", "instanceof",
            "eval", "exists", "forall", "from", "collect", "accumulate", "over", "java", "org", "hits");

    /** The comparison signs of mathematics, as a legal officer types them from a Chinese keyboard, in DRL. */
    private static final java.util.Map<Character, String> OPERATORS = java.util.Map.of(
            '\u2265', ">=", '\u2264', "<=", '\u2260', "!=", '\u2266', "<=", '\u2267', ">=");

    /**
     * Curly quotes, full-width ASCII and the signs ≥ ≤ ≠ as ASCII; text inside string literals is
     * left as written.
     */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String operator = quote == 0 ? OPERATORS.get(c) : null;
            if (operator != null) {
                b.append(operator);
                continue;
            }
            char n = switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u2033', '\uFF02' -> '"';
                case '\u2018', '\u2019', '\u2032', '\uFF07' -> '\'';
                default -> quote == 0 && c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0)
                        : quote == 0 && c == '\u3000' ? ' ' : c;
            };
            if (n == '"' || n == '\'') {
                if (quote == 0) {
                    quote = n;
                } else if (quote == n) {
                    quote = 0;
                }
            }
            b.append(n);
        }
        return b.toString();
    }

    /** A field alone, or a field and a comparison sign, as Drools' short forms of a condition column. */
    private static final Pattern SHORT_FORM = Pattern.compile(
            "^\\s*(「[^」]+」|[\\p{L}_][\\p{L}\\p{N}_]*)\\s*(==|!=|>=|<=|>|<|not\\s+contains|contains"
                    + "|not\\s+in|in|not\\s+matches|matches)?\\s*$");

    /**
     * The condition with the place of its cell's value: Drools reads a field alone as equal to the
     * cell ({@code 「执法领域」} is {@code 「执法领域」 == $param}) and a field and sign as that
     * comparison with it ({@code 「罚款金额」 >}, {@code 「执法领域」 in} with a list); fazhi writes the
     * {@code $param} out so that the cell is read as its field's type like any other. Any other code
     * is returned as written.
     */
    static String withParam(String text) {
        Matcher m = SHORT_FORM.matcher(normalise(text));
        if (!m.matches()) {
            return text;
        }
        String sign = m.group(2);
        return text.strip() + (sign == null ? " == $param" : sign.endsWith("in") ? " ($param)" : " $param");
    }

    /** The {@code ==} or {@code !=} the code compares {@code property} with, if it does. */
    static Optional<String> equalitySign(String code, String property) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(property) + "\\s*(==|!=)").matcher(code);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Translates a constraint or action of a pattern over {@code type} (null: no record type). */
    static Snippet of(String text, RecordType type) {
        String normal = normalise(text);
        StringBuilder out = new StringBuilder(normal.length());
        Set<FieldSpec> fields = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        int i = 0;
        int n = normal.length();
        while (i < n) {
            char c = normal.charAt(i);
            if (c == '"' || c == '\'') {
                int end = normal.indexOf(c, i + 1);
                end = end < 0 ? n - 1 : end;
                out.append(normal, i, end + 1);
                i = end + 1;
            } else if (c == '「') {
                int end = normal.indexOf('」', i);
                end = end < 0 ? n : end;
                String name = normal.substring(i + 1, end);
                i = Math.min(end + 1, n);
                out.append(field(type, name, fields, unknown));
            } else if (c == '$') {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(normal.charAt(end))) {
                    end++;
                }
                out.append(normal, i, end);
                i = end;
            } else if (Character.isJavaIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(normal.charAt(end))) {
                    end++;
                }
                String name = normal.substring(i, end);
                // a member (x.name), a number's suffix (10B) or a call (报告(...)) is not a field
                boolean member = i > 0 && (normal.charAt(i - 1) == '.' || Character.isDigit(normal.charAt(i - 1)));
                boolean call = end < n && normal.charAt(end) == '(';
                i = end;
                if (type == null || member || call || WORDS.contains(name)) {
                    out.append(name);
                    continue;
                }
                out.append(field(type, name, fields, unknown));
            } else {
                out.append(c);
                i++;
            }
        }
        return new Snippet(out.toString(), List.copyOf(fields), List.copyOf(unknown), !normal.equals(text));
    }

    /** The Java name of the field so named, noted among the snippet's fields; else the name, noted as unknown. */
    private static String field(RecordType type, String name, Set<FieldSpec> fields, List<String> unknown) {
        Optional<FieldSpec> field = type == null ? Optional.empty() : ModelNames.field(type, name);
        if (field.isEmpty()) {
            unknown.add(name);
            return name;
        }
        fields.add(field.get());
        return ModelNames.javaName(type, field.get());
    }

    /**
     * The constraint as Drools should see it: a condition on a field that is blank in the record
     * does not match, for every operator ({@code !=} included), so each field named is first
     * required to have a value.
     */
    String guarded(RecordType type) {
        StringBuilder b = new StringBuilder();
        for (FieldSpec field : fields) {
            b.append(ModelNames.javaName(type, field)).append(" != null, ");
        }
        return b.append(code).toString();
    }
}

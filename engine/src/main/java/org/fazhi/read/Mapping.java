package org.fazhi.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.fazhi.config.SyntaxError;
import org.fazhi.error.InputException;
import org.fazhi.model.AcceptedValues;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * A mapping file (records.md "Mapping"): per record type (named by its key or Chinese name),
 * extra sheet names (or CSV file stems), extra headers ({@code columns}: their header → canonical
 * key or Chinese header) and value words ({@code values}: field → {their word: canonical word});
 * and an {@code ignore} list of sheet and file names ({@code *}, {@code ?}) to skip on purpose.
 * A mapping adds to the built-in names; it never removes them. A name it does not know is
 * rejected with the closest valid one suggested.
 */
public final class Mapping {
    private static final Mapping NONE = new Mapping(null, Map.of(), List.of());
    private static final List<String> SECTIONS = List.of("sheets", "columns", "values");
    /** The reason a sheet or file on the {@code ignore} list is not read. */
    public static final String IGNORED = "read.ignored.mapping";
    /** The top-level entry that lists sheets and files to skip on purpose. */
    private static final String IGNORE = "ignore";

    private final String source;
    private final Map<String, TypeMapping> types;
    private final List<Pattern> ignore;

    private record TypeMapping(List<String> sheets, Map<String, String> columns,
                               Map<String, Map<String, String>> values) {
    }

    private Mapping(String source, Map<String, TypeMapping> types, List<Pattern> ignore) {
        this.source = source;
        this.types = types;
        this.ignore = ignore;
    }

    /** No mapping: only the built-in names of records.md. */
    public static Mapping none() {
        return NONE;
    }

    /** Reads a mapping file, YAML or JSON (by extension {@code .json}; anything else is YAML). */
    public static Mapping load(Path file) throws InputException {
        String shown = file.toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            throw new InputException("read.mapping.notFound", shown);
        }
        JsonNode root;
        try {
            boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
            ObjectMapper mapper = json ? new ObjectMapper() : new YAMLMapper();
            root = mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(e, "read.mapping.parse", shown, SyntaxError.of(e));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Mapping(shown, Map.of(), List.of());
        }
        if (!root.isObject()) {
            throw new InputException("read.mapping.shape", shown, "/", "{record type: {sheets, columns, values}}");
        }
        Map<String, TypeMapping> types = new LinkedHashMap<>();
        List<Pattern> ignore = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals(IGNORE)) {
                names(shown, IGNORE, entry.getValue()).forEach(name -> ignore.add(glob(name)));
                continue;
            }
            RecordType type = recordType(shown, entry.getKey());
            if (types.containsKey(type.key())) {
                throw new InputException("read.mapping.twice", shown, entry.getKey(), type.key());
            }
            types.put(type.key(), parseType(shown, type, entry.getValue()));
        }
        return new Mapping(shown, Collections.unmodifiableMap(types), List.copyOf(ignore));
    }

    /** A record type named by its key or its Chinese name; else an error suggesting the closest. */
    private static RecordType recordType(String shown, String name) throws InputException {
        for (RecordType type : RecordTypes.all()) {
            if (type.key().equals(name) || Text.name(type.name()).equals(Text.name(name))) {
                return type;
            }
        }
        List<String> valid = new ArrayList<>();
        for (RecordType type : RecordTypes.all()) {
            valid.add(type.key());
            valid.add(type.name());
        }
        throw unknown("read.mapping.unknownType", name, valid, shown, name,
                String.join(", ", RecordTypes.all().stream().map(t -> t.key() + "/" + t.name()).toList()));
    }

    /** A list of names, or one name. */
    private static List<String> names(String shown, String where, JsonNode body) throws InputException {
        List<String> names = new ArrayList<>();
        if (body.isValueNode()) {
            names.add(body.asText());
        } else if (body.isArray()) {
            for (JsonNode name : body) {
                if (!name.isValueNode()) {
                    throw new InputException("read.mapping.shape", shown, where, "[name, …]");
                }
                names.add(name.asText());
            }
        } else {
            throw new InputException("read.mapping.shape", shown, where, "[name, …]");
        }
        return names;
    }

    /** A sheet or file name pattern: {@code *} any run of characters, {@code ?} one; compared as names are. */
    private static Pattern glob(String name) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c == '*' || c == '?') {
                regex.append(Pattern.quote(Text.name(literal.toString()))).append(c == '*' ? ".*" : ".");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        regex.append(Pattern.quote(Text.name(literal.toString())));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static TypeMapping parseType(String shown, RecordType type, JsonNode node) throws InputException {
        List<String> sheets = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        if (node == null || node.isNull()) {
            return new TypeMapping(List.of(), Map.of(), Map.of());
        }
        if (!node.isObject()) {
            throw new InputException("read.mapping.shape", shown, type.key(), "{sheets, columns, values}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> section = it.next();
            String where = type.key() + "." + section.getKey();
            JsonNode body = section.getValue();
            switch (section.getKey()) {
                case "sheets" -> sheets.addAll(names(shown, where, body));
                case "columns" -> {
                    if (!body.isObject()) {
                        throw new InputException("read.mapping.shape", shown, where, "{header: key}");
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> c = body.properties().iterator(); c.hasNext(); ) {
                        Map.Entry<String, JsonNode> column = c.next();
                        if (!column.getValue().isValueNode()) {
                            throw new InputException("read.mapping.shape", shown, where + "." + column.getKey(), "key");
                        }
                        columns.put(column.getKey(), field(shown, type, column.getValue().asText()).key());
                    }
                }
                case "values" -> {
                    if (!body.isObject()) {
                        throw new InputException("read.mapping.shape", shown, where, "{key: {word: word}}");
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> v = body.properties().iterator(); v.hasNext(); ) {
                        Map.Entry<String, JsonNode> perKey = v.next();
                        FieldSpec field = field(shown, type, perKey.getKey());
                        if (!perKey.getValue().isObject()) {
                            throw new InputException("read.mapping.shape", shown, where + "." + perKey.getKey(),
                                    "{word: word}");
                        }
                        Map<String, String> words = new HashMap<>();
                        for (Iterator<Map.Entry<String, JsonNode>> w = perKey.getValue().properties().iterator(); w.hasNext(); ) {
                            Map.Entry<String, JsonNode> word = w.next();
                            if (!word.getValue().isValueNode()) {
                                throw new InputException("read.mapping.shape", shown,
                                        where + "." + perKey.getKey() + "." + word.getKey(), "word");
                            }
                            String target = word.getValue().asText();
                            checkWord(shown, type, field, target);
                            words.put(Text.word(word.getKey()), target);
                        }
                        values.put(field.key(), Collections.unmodifiableMap(words));
                    }
                }
                default -> throw new InputException("read.mapping.unknownSection", shown, where,
                        String.join(", ", SECTIONS));
            }
        }
        return new TypeMapping(List.copyOf(sheets), Collections.unmodifiableMap(columns),
                Collections.unmodifiableMap(values));
    }

    /** A field named by its canonical key or its Chinese header; else an error suggesting the closest. */
    private static FieldSpec field(String shown, RecordType type, String name) throws InputException {
        for (FieldSpec field : type.fields()) {
            if (field.key().equals(name) || Text.header(field.header()).equals(Text.header(name))) {
                return field;
            }
        }
        List<String> valid = new ArrayList<>();
        for (FieldSpec field : type.fields()) {
            valid.add(field.key());
            valid.add(field.header());
        }
        throw unknown("read.mapping.unknownKey", name, valid, shown, type.key(), name,
                String.join(", ", type.fields().stream().map(f -> f.key() + "/" + f.header()).toList()));
    }

    /** An unknown name, with the closest valid one as the last argument when one is close ({@code key.suggest}). */
    private static InputException unknown(String key, String name, List<String> valid, Object... args) {
        return Suggestion.closest(name, valid).map(closest -> {
            Object[] more = java.util.Arrays.copyOf(args, args.length + 1);
            more[args.length] = closest;
            return new InputException(key + ".suggest", more);
        }).orElseGet(() -> new InputException(key, args));
    }

    /** A value mapping must lead to a word the field accepts. */
    private static void checkWord(String shown, RecordType type, FieldSpec field, String target) throws InputException {
        if (!field.words().isEmpty()) {
            for (String word : field.words()) {
                if (Text.word(word).equals(Text.word(target))) {
                    return;
                }
            }
            throw new InputException("read.mapping.unknownWord", shown, type.key() + "." + field.key(), target,
                    String.join("、", field.words()));
        }
        if (field.type() == FieldType.BOOL && ValueParser.bool(Text.word(target)) == null) {
            throw new InputException("read.mapping.unknownWord", shown, type.key() + "." + field.key(), target,
                    AcceptedValues.BOOL_SPELLINGS);
        }
    }

    /** The mapping file as given, or null for {@link #none()}. */
    public String source() {
        return source;
    }

    /** Extra sheet names (or CSV file stems) for a record type. */
    public List<String> sheets(String typeKey) {
        TypeMapping t = types.get(typeKey);
        return t == null ? List.of() : t.sheets();
    }

    /** Extra headers of a record type: their header → canonical key. */
    public Map<String, String> columns(String typeKey) {
        TypeMapping t = types.get(typeKey);
        return t == null ? Map.of() : t.columns();
    }

    /**
     * Value words of one field: their word (as compared: NFKC, trimmed, lower case) → canonical
     * word. Empty when the mapping has none.
     */
    public Map<String, String> values(String typeKey, String fieldKey) {
        TypeMapping t = types.get(typeKey);
        if (t == null) {
            return Map.of();
        }
        return t.values().getOrDefault(fieldKey, Map.of());
    }

    /** The canonical word for one of their words, or the word itself when the mapping has none. */
    public String value(String typeKey, String fieldKey, String word) {
        String mapped = values(typeKey, fieldKey).get(Text.word(word));
        return mapped == null ? word : mapped;
    }

    /** Whether a sheet or file (its name, or its path as shown) is on the {@code ignore} list. */
    public boolean ignores(String name) {
        if (ignore.isEmpty() || name == null) {
            return false;
        }
        String compared = Text.name(name);
        String base = Text.name(name.substring(name.lastIndexOf('/') + 1));
        for (Pattern pattern : ignore) {
            if (pattern.matcher(compared).matches() || pattern.matcher(base).matches()) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return types.isEmpty() && ignore.isEmpty();
    }
}

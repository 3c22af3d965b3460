package org.fazhi.read;

import com.fasterxml.jackson.core.JacksonException;
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
import org.fazhi.error.InputException;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * A mapping file (records.md "Mapping"): per record type, extra sheet names (or CSV file stems),
 * extra headers ({@code columns}: their header → canonical key) and value words ({@code values}:
 * canonical key → {their word: canonical word}). A mapping adds to the built-in names; it never
 * removes them.
 */
public final class Mapping {
    private static final Mapping NONE = new Mapping(null, Map.of());
    private static final List<String> SECTIONS = List.of("sheets", "columns", "values");

    private final String source;
    private final Map<String, TypeMapping> types;

    private record TypeMapping(List<String> sheets, Map<String, String> columns,
                               Map<String, Map<String, String>> values) {
    }

    private Mapping(String source, Map<String, TypeMapping> types) {
        this.source = source;
        this.types = types;
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
            root = mapper.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InputException(e, "read.mapping.parse", shown, e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(e, "read.mapping.parse", shown, String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Mapping(shown, Map.of());
        }
        if (!root.isObject()) {
            throw new InputException("read.mapping.shape", shown, "/", "{record type: {sheets, columns, values}}");
        }
        Map<String, TypeMapping> types = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            RecordType type = RecordTypes.byKey(entry.getKey()).orElseThrow(() -> new InputException(
                    "read.mapping.unknownType", shown, entry.getKey(), String.join(", ", RecordTypes.keys())));
            types.put(type.key(), parseType(shown, type, entry.getValue()));
        }
        return new Mapping(shown, Collections.unmodifiableMap(types));
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
                case "sheets" -> {
                    if (body.isValueNode()) {
                        sheets.add(body.asText());
                    } else if (body.isArray()) {
                        for (JsonNode name : body) {
                            if (!name.isValueNode()) {
                                throw new InputException("read.mapping.shape", shown, where, "[name, …]");
                            }
                            sheets.add(name.asText());
                        }
                    } else {
                        throw new InputException("read.mapping.shape", shown, where, "[name, …]");
                    }
                }
                case "columns" -> {
                    if (!body.isObject()) {
                        throw new InputException("read.mapping.shape", shown, where, "{header: key}");
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> c = body.properties().iterator(); c.hasNext(); ) {
                        Map.Entry<String, JsonNode> column = c.next();
                        if (!column.getValue().isValueNode()) {
                            throw new InputException("read.mapping.shape", shown, where + "." + column.getKey(), "key");
                        }
                        String key = column.getValue().asText();
                        checkKey(shown, type, key);
                        columns.put(column.getKey(), key);
                    }
                }
                case "values" -> {
                    if (!body.isObject()) {
                        throw new InputException("read.mapping.shape", shown, where, "{key: {word: word}}");
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> v = body.properties().iterator(); v.hasNext(); ) {
                        Map.Entry<String, JsonNode> perKey = v.next();
                        FieldSpec field = checkKey(shown, type, perKey.getKey());
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

    private static FieldSpec checkKey(String shown, RecordType type, String key) throws InputException {
        return type.field(key).orElseThrow(() -> new InputException("read.mapping.unknownKey", shown, type.key(), key,
                String.join(", ", type.fields().stream().map(FieldSpec::key).toList())));
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
                    ValueParser.BOOL_WORDS);
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

    public boolean isEmpty() {
        return types.isEmpty();
    }
}

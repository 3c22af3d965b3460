package org.fazhi.pack;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;

/**
 * A YAML file of a pack that cannot be read, in the author's words: the line, and the key
 * unknown or the value written wrongly. Jackson's own message names Java classes
 * ({@code java.math.BigDecimal}) and is English, so it is never shown.
 */
record YamlMistake(String key, Object[] args) {
    /**
     * The message key and its arguments for the exception reading a file: {@code pack.yaml}, or a
     * file of rule entries ({@code entries}), whose values are written otherwise.
     */
    static YamlMistake of(JsonProcessingException e, boolean entries) {
        JsonLocation at = e.getLocation();
        String line = at == null || at.getLineNr() < 1 ? "?" : String.valueOf(at.getLineNr());
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining("、"));
            return new YamlMistake("pack.yaml.unknownKey", new Object[] {line, unknown.getPropertyName(), known});
        }
        if (e instanceof JsonMappingException mapping) {
            String path = path(mapping);
            if (entries && path.isEmpty()) {
                return new YamlMistake("pack.entries.notList", new Object[] {line});
            }
            return new YamlMistake(entries ? "pack.entries.value" : "pack.yaml.value", new Object[] {line, path});
        }
        return new YamlMistake("pack.yaml.syntax", new Object[] {line});
    }

    /** The keys leading to the value, as {@code parameters.fine_limit}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex() + 1))
                .collect(Collectors.joining("."));
    }
}

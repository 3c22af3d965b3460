package org.fazhi.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.error.InputException;

/**
 * Reads a user's configuration file (parameters, calendar, mapping, waivers): YAML, or JSON,
 * which YAML reads too. A missing, unreadable or non-map file is an input error whose message
 * key is {@code <kind>.missing}, {@code <kind>.unreadable} or (for {@link #readMap})
 * {@code <kind>.notMap}.
 */
public final class ConfigFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private ConfigFile() {
    }

    /** The file's top-level map. */
    public static JsonNode readMap(Path file, String kind) throws InputException {
        JsonNode root = read(file, kind);
        if (root == null || !root.isObject()) {
            throw new InputException(kind + ".notMap", file);
        }
        return root;
    }

    /** The file's content as a tree, whatever its shape; null when the file holds nothing. */
    public static JsonNode read(Path file, String kind) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(kind + ".missing", file);
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(e, kind + ".unreadable", file, SyntaxError.of(e));
        }
        return root == null || root.isMissingNode() || root.isNull() ? null : root;
    }
}

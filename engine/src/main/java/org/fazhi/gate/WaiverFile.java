package org.fazhi.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.config.ConfigFile;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordTypes;

/**
 * Reads a waivers file (YAML or JSON): a list of waivers, or a map with a {@code waivers} list.
 * Each needs rule, record, reason, approvedBy and expires; recordType is optional. A waiver that
 * is incomplete, names an unknown rule or type, or has a bad date ends the run (exit 2) with a
 * message naming the file and the waiver's position.
 */
public final class WaiverFile {
    private static final Set<String> KEYS = Set.of("rule", "recordtype", "record", "reason", "approvedby",
            "expires");

    private WaiverFile() {
    }

    public static List<Waiver> load(Path file, Catalogue catalogue) throws InputException {
        JsonNode root = ConfigFile.read(file, "waivers");
        if (root == null) {
            throw new InputException("waivers.notList", file);
        }
        JsonNode list = root.isObject() ? root.path("waivers") : root;
        if (!list.isArray()) {
            throw new InputException("waivers.notList", file);
        }
        List<Waiver> waivers = new ArrayList<>();
        int position = 0;
        for (JsonNode node : list) {
            position++;
            waivers.add(waiver(file, position, node, catalogue));
        }
        return waivers;
    }

    private static Waiver waiver(Path file, int position, JsonNode node, Catalogue catalogue)
            throws InputException {
        if (!node.isObject()) {
            throw new InputException("waivers.notMap", file, position);
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!KEYS.contains(normalise(name))) {
                throw new InputException("waivers.unknownKey", file, position, name);
            }
        }
        String rule = required(file, position, node, "rule").toUpperCase(Locale.ROOT);
        if (catalogue.rules().stream().noneMatch(r -> r.id().startsWith(rule))) {
            throw new InputException("waivers.unknownRule", file, position, rule);
        }
        String recordType = text(node, "recordType");
        if (recordType != null && RecordTypes.byKey(recordType).isEmpty()) {
            throw new InputException("waivers.unknownType", file, position, recordType,
                    String.join(", ", RecordTypes.keys()));
        }
        String expires = required(file, position, node, "expires");
        try {
            return new Waiver(rule, recordType, required(file, position, node, "record"),
                    required(file, position, node, "reason"), required(file, position, node, "approvedBy"),
                    LocalDate.parse(expires));
        } catch (DateTimeParseException e) {
            throw new InputException("waivers.badDate", file, position, expires);
        }
    }

    private static String required(Path file, int position, JsonNode node, String key) throws InputException {
        String value = text(node, key);
        if (value == null) {
            throw new InputException("waivers.incomplete", file, position, key);
        }
        return value;
    }

    /** A key's text; {@code approvedBy} may also be written approved_by or approved-by. */
    private static String text(JsonNode node, String key) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (normalise(name).equals(normalise(key))) {
                String value = node.get(name).asText().trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static String normalise(String key) {
        return key.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
    }
}

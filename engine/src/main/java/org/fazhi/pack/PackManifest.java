package org.fazhi.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Text;

/**
 * A pack's {@code pack.yaml}, every key optional.
 *
 * @param name       a short name, shown where the pack's rules are listed (default: the directory's name)
 * @param title      the pack's title in Chinese and English
 * @param plan       the document the pack encodes (e.g. 昆明市市场监管行政处罚裁量基准（2024年版）)
 * @param version    the pack's version, as its authors number it
 * @param skip       built-in rule IDs or prefixes the pack replaces; they do not run while it is used
 * @param parameters defaults of the pack's own parameters (and new defaults of built-in ones),
 *                   overridable by {@code --params}, as written: a number, true/false, a list or a date
 */
public record PackManifest(String name, Text title, String plan, String version, List<String> skip,
                           Map<String, JsonNode> parameters) {
    public PackManifest {
        skip = skip == null ? List.of() : List.copyOf(skip);
        // in the file's order, so that reports list a pack's parameters the same way every run
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}

package org.fazhi.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.config.ConfigFile;
import org.fazhi.error.InputException;

/**
 * Rule parameters: the catalogue's defaults, overridden by a {@code --params} file (YAML or JSON,
 * a flat map of name → number). An unknown name, a non-number, a negative value or a fraction
 * where a whole number is needed ends the run with a message naming the file and the parameter.
 */
public final class ParametersLoader {
    private final Catalogue catalogue;

    public ParametersLoader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Parameters defaults() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        catalogue.parameters().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new Parameters(values);
    }

    public Parameters load(Path file) throws InputException {
        JsonNode root = ConfigFile.readMap(file, "params");
        Map<String, BigDecimal> values = new LinkedHashMap<>(defaults().asMap());
        Iterator<Map.Entry<String, JsonNode>> entries = root.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            ParameterSpec spec = catalogue.parameter(entry.getKey()).orElseThrow(() -> new InputException(
                    "params.unknown", file, entry.getKey(), validNames()));
            values.put(spec.name(), value(file, spec, entry.getValue()));
        }
        return new Parameters(values);
    }

    private static BigDecimal value(Path file, ParameterSpec spec, JsonNode node) throws InputException {
        BigDecimal value;
        try {
            value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new InputException("params.notNumber", file, spec.name(), node.asText());
        }
        if (value.signum() < 0 || (spec.integral() && value.stripTrailingZeros().scale() > 0)) {
            throw new InputException(spec.integral() ? "params.notWhole" : "params.negative", file, spec.name(),
                    value.toPlainString());
        }
        return value;
    }

    private String validNames() {
        return catalogue.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }
}

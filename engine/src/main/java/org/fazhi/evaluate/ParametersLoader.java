package org.fazhi.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.config.ConfigFile;
import org.fazhi.error.InputException;

/**
 * Rule parameters: the catalogue's defaults, overridden by a {@code --params} file (YAML or JSON):
 * parameters at the top level for the whole run, and under {@code byField} (执法领域 → parameters)
 * and {@code byAgency} (agency → parameters) for some records only. An unknown name, a value of
 * the wrong type, a negative number or a fraction where a whole number is needed ends the run
 * with a message naming the file and the parameter.
 */
public final class ParametersLoader {
    static final String BY_FIELD = "byField";
    static final String BY_AGENCY = "byAgency";
    /** The v1 name of {@code service_deadline_workdays}: calendar days, which the law does not count. */
    private static final String REPLACED_SERVICE_DEADLINE = "service_deadline_days";

    private final Catalogue catalogue;

    public ParametersLoader(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Parameters defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        catalogue.parameters().forEach(p -> values.put(p.name(), p.defaultValue()));
        return new Parameters(values);
    }

    public Parameters load(Path file) throws InputException {
        JsonNode root = ConfigFile.readMap(file, "params");
        Map<String, Object> values = new LinkedHashMap<>(defaults().asMap());
        Map<String, Map<String, Object>> byField = Map.of();
        Map<String, Map<String, Object>> byAgency = Map.of();
        Iterator<Map.Entry<String, JsonNode>> entries = root.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            switch (entry.getKey()) {
                case BY_FIELD -> byField = scopes(file, entry.getKey(), entry.getValue());
                case BY_AGENCY -> byAgency = scopes(file, entry.getKey(), entry.getValue());
                default -> overrides(file, entry.getKey(), entry.getValue(), values);
            }
        }
        return new Parameters(values, byField, byAgency);
    }

    /** {@code byField} or {@code byAgency}: name → map of parameters. */
    private Map<String, Map<String, Object>> scopes(Path file, String key, JsonNode node) throws InputException {
        if (!node.isObject()) {
            throw new InputException("params.scopeNotMap", file, key);
        }
        Map<String, Map<String, Object>> scopes = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.properties().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> scope = entries.next();
            String where = key + "." + scope.getKey();
            if (!scope.getValue().isObject()) {
                throw new InputException("params.scopeNotMap", file, where);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> params = scope.getValue().properties().iterator();
            while (params.hasNext()) {
                Map.Entry<String, JsonNode> param = params.next();
                overrides(file, where + "." + param.getKey(), param.getValue(), values);
            }
            scopes.put(scope.getKey(), values);
        }
        return scopes;
    }

    /** One parameter: {@code path} is how the file names it, its last part the parameter's name. */
    private void overrides(Path file, String path, JsonNode node, Map<String, Object> values) throws InputException {
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (name.equals(REPLACED_SERVICE_DEADLINE)) {
            throw new InputException("params.replaced", file, path, "service_deadline_workdays");
        }
        ParameterSpec spec = catalogue.parameter(name).orElseThrow(() -> new InputException(
                "params.unknown", file, path, validNames()));
        values.put(spec.name(), value(file, path, spec.type(), node));
    }

    /** The value a file gives a parameter of this type, or an error naming the file and {@code path}. */
    public static Object value(Path file, String path, ParameterSpec.Type type, JsonNode node) throws InputException {
        return switch (type) {
            case INTEGER, DECIMAL -> number(file, path, type, node);
            case FLAG -> {
                if (!node.isBoolean()) {
                    throw new InputException("params.notFlag", file, path, node.asText());
                }
                yield node.booleanValue();
            }
            case WORDS -> {
                if (!node.isArray()) {
                    throw new InputException("params.notList", file, path, node.asText());
                }
                List<String> words = new ArrayList<>();
                for (JsonNode item : node) {
                    if (!item.isValueNode() || item.asText().isBlank()) {
                        throw new InputException("params.notList", file, path, item.toString());
                    }
                    words.add(item.asText().strip());
                }
                yield List.copyOf(words);
            }
            case DATE -> {
                try {
                    yield LocalDate.parse(node.asText().trim());
                } catch (DateTimeParseException e) {
                    throw new InputException("params.notDate", file, path, node.asText());
                }
            }
        };
    }

    private static BigDecimal number(Path file, String path, ParameterSpec.Type type, JsonNode node)
            throws InputException {
        BigDecimal value;
        try {
            if (!node.isValueNode() || node.isBoolean()) {
                throw new NumberFormatException();
            }
            value = node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText().trim());
        } catch (NumberFormatException e) {
            throw new InputException("params.notNumber", file, path, node.isValueNode() ? node.asText() : node.toString());
        }
        boolean integral = type == ParameterSpec.Type.INTEGER;
        if (value.signum() < 0 || (integral && value.stripTrailingZeros().scale() > 0)) {
            throw new InputException(integral ? "params.notWhole" : "params.negative", file, path,
                    value.toPlainString());
        }
        return value;
    }

    private String validNames() {
        return catalogue.parameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }
}

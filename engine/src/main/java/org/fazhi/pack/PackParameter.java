package org.fazhi.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.ParametersLoader;

/**
 * A parameter as a pack's {@code pack.yaml} sets it: a built-in parameter keeps its type and
 * takes a new default of that type; a pack's own parameter takes its type from how it is written
 * (a whole number, a number, true/false, a list, a date), since its rules read it that way.
 */
final class PackParameter {
    private PackParameter() {
    }

    /**
     * The parameter {@code key} as {@code node} sets it, or null after an error in {@code problems}
     * naming the file and the key.
     */
    static ParameterSpec of(Path file, String key, JsonNode node, ParameterSpec known, Problems problems) {
        ParameterSpec.Type type = known != null ? known.type() : typeOf(node);
        if (type == null) {
            problems.error(file.toString(), null, null, "pack.parameterType", key, shown(node));
            return null;
        }
        Object value;
        try {
            value = ParametersLoader.value(file, key, type, node);
        } catch (InputException e) {
            problems.error(file.toString(), null, null, "pack.parameterValue", key, shown(node), typeName(type));
            return null;
        }
        Text description = known == null ? new Text(key, key) : known.description();
        return new ParameterSpec(key, value, type, description);
    }

    private static ParameterSpec.Type typeOf(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().scale() <= 0 ? ParameterSpec.Type.INTEGER
                    : ParameterSpec.Type.DECIMAL;
        }
        if (node.isBoolean()) {
            return ParameterSpec.Type.FLAG;
        }
        if (node.isArray()) {
            return ParameterSpec.Type.WORDS;
        }
        if (node.isTextual()) {
            try {
                LocalDate.parse(node.asText().strip());
                return ParameterSpec.Type.DATE;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    private static String shown(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static Text typeName(ParameterSpec.Type type) {
        return switch (type) {
            case INTEGER -> new Text("不小于 0 的整数", "a whole number not below 0");
            case DECIMAL -> new Text("不小于 0 的数值", "a number not below 0");
            case FLAG -> new Text("true 或 false", "true or false");
            case WORDS -> new Text("列表，例如 [道路交通, 治安管理]", "a list such as [道路交通, 治安管理]");
            case DATE -> new Text("日期，例如 2025-01-03", "a date such as 2025-01-03");
        };
    }
}

package org.fazhi.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.render.present.Labels;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.render.present.DisplayWidth;
import org.fazhi.report.IndicatorDefinition;

/**
 * The rule catalogue for people: the {@code fazhi rules} table, one rule explained in full, the
 * catalogue as JSON, and the Markdown rule reference ({@code docs/rules.md}). Everything comes
 * from the catalogue and the record model, so the docs say what the checker runs.
 */
public final class RuleDocs {
    /** The command that regenerates {@code docs/rules.md}. */
    public static final String REGENERATE = "./fazhi rules --format md > docs/rules.md";

    private final Catalogue catalogue;
    private final Lang lang;
    private final Labels labels;

    public RuleDocs(Catalogue catalogue, Lang lang) {
        this.catalogue = catalogue;
        this.lang = lang;
        this.labels = new Labels(lang, catalogue);
    }

    /** Every rule on one line: id, severity, record type, title, clause. */
    public String table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {label("render.rules.id"), label("render.rules.severity"), label("render.rules.recordType"),
                label("render.rules.clause"), label("render.rules.title")});
        for (RuleSpec rule : catalogue.rules()) {
            rows.add(new String[] {rule.id(), severity(rule), typeShort(rule), clause(rule), rule.title().in(lang)});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : DisplayWidth.pad(row[c], widths[c]) + "  ");
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append(label("render.rules.count", catalogue.rules().size())).append('\n');
        return out.toString();
    }

    /** One rule in full, as {@code fazhi rules explain ID} shows it. */
    public String explain(RuleSpec rule) {
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append("  ").append(rule.title().in(lang)).append('\n');
        for (String[] item : items(rule)) {
            out.append(item[0]).append(lang.pick("：", ": ")).append(item[1]).append('\n');
        }
        return out.toString();
    }

    /**
     * One rule in full with the values of its parameters a params file sets: the run's value, and
     * each 执法领域 and agency that has its own (rules.md "Parameters": agency over field over run).
     */
    public String explain(RuleSpec rule, Map<String, Object> run, Map<String, Map<String, Object>> byField,
                          Map<String, Map<String, Object>> byAgency) {
        StringBuilder out = new StringBuilder(explain(rule));
        List<String> inForce = new ArrayList<>();
        for (String name : rule.parameters()) {
            Object defaultValue = catalogue.parameter(name).map(ParameterSpec::defaultValue).orElse(null);
            Object value = run.get(name);
            if (value != null && !value.equals(defaultValue)) {
                inForce.add(label("render.rules.inForce.run", name, ParameterSpec.spell(value)));
            }
            byField.forEach((field, values) -> {
                if (values.containsKey(name)) {
                    inForce.add(label("render.rules.inForce.field", name, ParameterSpec.spell(values.get(name)), field));
                }
            });
            byAgency.forEach((agency, values) -> {
                if (values.containsKey(name)) {
                    inForce.add(label("render.rules.inForce.agency", name, ParameterSpec.spell(values.get(name)),
                            agency));
                }
            });
        }
        if (!rule.parameters().isEmpty()) {
            out.append(label("render.rules.inForce")).append(lang.pick("：", ": "))
                    .append(inForce.isEmpty() ? label("render.rules.inForce.defaults") : String.join(sep(), inForce))
                    .append('\n');
        }
        return out.toString();
    }

    /** One indicator in full, as {@code fazhi rules explain IND-04} shows it. */
    public String explain(IndicatorDefinition indicator) {
        StringBuilder out = new StringBuilder();
        out.append(indicator.id()).append("  ").append(indicator.name().in(lang)).append('\n');
        List<String[]> items = new ArrayList<>();
        items.add(item("render.indicators.numerator", indicator.numerator().in(lang)));
        items.add(item("render.indicators.denominator", indicator.denominator().in(lang)));
        items.add(item("render.indicators.unfilled", indicator.unfilledText().in(lang)));
        items.add(item("render.indicators.target", Math.round(indicator.target() * 100) + "%"));
        items.add(item("render.rules.clause", indicator.clause()));
        List<String> needs = indicator.needs().stream().map(need -> need.equals(IndicatorDefinition.ENF_ERRORS)
                ? label("render.indicators.enfErrors") : need).toList();
        items.add(item("render.indicators.needs", needs.isEmpty() ? "—" : String.join(sep(), needs)));
        items.add(item("render.indicators.noData", label("render.indicators.noData.text")));
        for (String[] item : items) {
            out.append(item[0]).append(lang.pick("：", ": ")).append(item[1]).append('\n');
        }
        return out.toString();
    }

    /** The catalogue as JSON: the parameters with their defaults and every rule's metadata. */
    public String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (ParameterSpec p : catalogue.parameters()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", p.name());
            entry.put("type", p.type());
            // a date as its ISO text; numbers, flags and lists as JSON has them
            entry.put("defaultValue", p.type() == ParameterSpec.Type.DATE ? ParameterSpec.spell(p.defaultValue())
                    : p.defaultValue());
            entry.put("description", p.description());
            parameters.add(entry);
        }
        root.put("parameters", parameters);
        root.put("rules", catalogue.rules());
        ObjectMapper mapper = new ObjectMapper()
                // date parameters (inspection_rules_from) as ISO text, as a params file writes them
                .registerModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                        .addSerializer(java.time.LocalDate.class,
                                com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance))
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown rule reference: an index table, one section per rule, the parameters. */
    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(label("render.rules.md.title")).append("\n\n");
        out.append("<!-- ").append(label("render.rules.md.generated", REGENERATE)).append(" -->\n\n");
        out.append(label("render.rules.md.intro", catalogue.rules().size())).append("\n\n");
        out.append("| ").append(label("render.rules.id")).append(" | ").append(label("render.rules.severity"))
                .append(" | ").append(label("render.rules.recordType")).append(" | ").append(label("render.rules.title"))
                .append(" | ").append(label("render.rules.clause")).append(" |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        for (RuleSpec rule : catalogue.rules()) {
            out.append("| [").append(rule.id()).append("](#").append(rule.id().toLowerCase(java.util.Locale.ROOT))
                    .append(") | ").append(severity(rule)).append(" | ").append(typeShort(rule)).append(" | ")
                    .append(cell(rule.title().in(lang))).append(" | ").append(cell(clause(rule))).append(" |\n");
        }
        for (RuleSpec rule : catalogue.rules()) {
            out.append("\n## ").append(rule.id()).append("\n\n");
            out.append("**").append(rule.title().zh()).append("** — ").append(rule.title().en()).append("\n\n");
            out.append("- ").append(label("render.rules.message")).append(" (中文): ")
                    .append(code(rule.message().zh())).append('\n');
            out.append("- ").append(label("render.rules.message")).append(" (English): ")
                    .append(code(rule.message().en())).append('\n');
            for (String[] item : items(rule)) {
                if (item[0].equals(label("render.rules.message"))) {
                    continue;
                }
                out.append("- ").append(item[0]).append(": ").append(item[1]).append('\n');
            }
        }
        out.append("\n## ").append(label("render.rules.md.parameters")).append("\n\n");
        out.append("| ").append(label("render.rules.param.name")).append(" | ")
                .append(label("render.rules.param.default")).append(" | ")
                .append(label("render.rules.param.meaning")).append(" |\n| --- | --- | --- |\n");
        for (ParameterSpec p : catalogue.parameters()) {
            out.append("| `").append(p.name()).append("` | ").append(ParameterSpec.spell(p.defaultValue())).append(" | ")
                    .append(cell(p.description() == null ? "" : p.description().in(lang))).append(" |\n");
        }
        return out.toString();
    }

    /** Suggests the closest rule ID to a mistyped one, if any is close. */
    public Optional<String> suggest(String id) {
        return catalogue.closestRuleId(id);
    }

    // ---- the items of one rule, in the order explain and the docs show them

    private List<String[]> items(RuleSpec rule) {
        List<String[]> items = new ArrayList<>();
        items.add(item("render.rules.severity", severity(rule)));
        items.add(item("render.rules.recordType", typeName(rule)));
        items.add(item("render.rules.message", rule.message().in(lang)));
        if (!rule.fields().isEmpty()) {
            items.add(item("render.rules.fields", fields(rule, rule.fields())));
        }
        if (!rule.decidedBy().isEmpty()) {
            items.add(item("render.rules.decidedBy", fields(rule, rule.decidedBy())));
        }
        rule.decidedBy().stream().filter(rule.undecidedHint()::containsKey).forEach(key -> items.add(
                item("render.rules.undecidedHint", fields(rule, List.of(key)) + ": "
                        + rule.undecidedHint().get(key).in(lang))));
        if (!rule.parameters().isEmpty()) {
            List<String> params = new ArrayList<>();
            for (String name : rule.parameters()) {
                ParameterSpec spec = catalogue.parameter(name).orElse(null);
                params.add(spec == null ? name : name + " = " + ParameterSpec.spell(spec.defaultValue())
                        + (spec.description() == null ? "" : "（" + spec.description().in(lang) + "）"));
            }
            items.add(item("render.rules.parameters", String.join(sep(), params)));
        }
        if (rule.needsOfficers()) {
            items.add(item("render.rules.needsOfficers", label("render.rules.needsOfficers.yes")));
        }
        items.add(item("render.rules.clause", blankAsDash(clause(rule))));
        items.add(item("render.rules.basis", blankAsDash(rule.basis())));
        items.add(item("render.rules.quote", rule.quote() == null || rule.quote().isBlank() ? "—"
                : "“" + rule.quote() + "”"));
        for (Map.Entry<String, Map<String, String>> example : examples(rule).entrySet()) {
            List<String> values = new ArrayList<>();
            example.getValue().forEach((k, v) -> values.add(k + " = " + (v == null || v.isEmpty() ? "—" : v)));
            items.add(new String[] {label("render.rules.example", exampleName(example.getKey())),
                    values.isEmpty() ? "—" : String.join(sep(), values)});
        }
        return items;
    }

    /** Examples in a fixed order: violating, passing, then any other by name; fields in records.md order. */
    private static Map<String, Map<String, String>> examples(RuleSpec rule) {
        List<String> order = RecordTypes.byKey(rule.recordType())
                .map(t -> t.fields().stream().map(FieldSpec::key).toList()).orElse(List.of());
        java.util.Comparator<String> byField = java.util.Comparator
                .comparingInt((String key) -> order.contains(key) ? order.indexOf(key) : order.size())
                .thenComparing(java.util.Comparator.naturalOrder());
        Map<String, Map<String, String>> ordered = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(List.of("violating", "passing"));
        new TreeMap<>(rule.examples()).keySet().forEach(n -> {
            if (!names.contains(n)) {
                names.add(n);
            }
        });
        for (String name : names) {
            Map<String, String> values = rule.examples().get(name);
            if (values != null) {
                Map<String, String> sorted = new TreeMap<>(byField);
                sorted.putAll(values);
                ordered.put(name, sorted);
            }
        }
        return ordered;
    }

    private String exampleName(String name) {
        return switch (name) {
            case "violating" -> label("render.rules.example.violating");
            case "passing" -> label("render.rules.example.passing");
            default -> name;
        };
    }

    private String fields(RuleSpec rule, List<String> keys) {
        Optional<RecordType> type = RecordTypes.byKey(rule.recordType());
        List<String> shown = new ArrayList<>();
        for (String key : keys) {
            String header = type.flatMap(t -> t.field(key)).map(FieldSpec::header).orElse(null);
            shown.add(header == null ? key : key + "（" + header + "）");
        }
        return String.join(sep(), shown);
    }

    private String[] item(String key, String value) {
        return new String[] {label(key), value};
    }

    /** The rule's clause; the data-quality rules' is a word of the reader's language. */
    private String clause(RuleSpec rule) {
        return labels.clause(rule.clause());
    }

    /** The severity in the reader's words (错误), as every report names it. */
    private String severity(RuleSpec rule) {
        return labels.severity(rule.severity());
    }

    /** The record type in a table's few columns: its name in the reader's language, or 所有记录类型. */
    private String typeShort(RuleSpec rule) {
        if (rule.appliesToAllTypes()) {
            return label("render.rules.allTypes");
        }
        return RecordTypes.byKey(rule.recordType()).map(t -> lang.pick(t.name(), t.key())).orElse(rule.recordType());
    }

    private String typeName(RuleSpec rule) {
        if (rule.appliesToAllTypes()) {
            return label("render.rules.allTypes");
        }
        return RecordTypes.byKey(rule.recordType())
                .map(t -> lang.pick(t.name(), t.nameEn()) + " (" + t.key() + ")")
                .orElse(rule.recordType());
    }

    private String label(String key, Object... args) {
        return Messages.get(lang, key, args);
    }

    private String sep() {
        return lang.pick("；", "; ");
    }

    private static String blankAsDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    private static String code(String text) {
        return text == null ? "" : cell(text);
    }
}

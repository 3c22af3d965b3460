package org.fazhi.catalogue;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.config.BuildSnapshot;
import org.fazhi.report.Severity;

/**
 * The built-in catalogue as the build leaves it beside its YAML: the same rules and parameters in
 * a compact binary form, so that a check does not pay for parsing the YAML and building Jackson's
 * deserializers (about a third of a second of CPU on every start). It is used only while the YAML
 * files are those it was made from ({@link BuildSnapshot}).
 */
public final class CatalogueSnapshot {
    /** Where the build writes the snapshot, beside the catalogue's index. */
    public static final String RESOURCE = "org/fazhi/rules/catalogue.bin";
    private static final String FORMAT = "fazhi-catalogue/1";

    private CatalogueSnapshot() {
    }

    /** At build time: writes the snapshot of the YAML catalogue on the class path under {@code args[0]}. */
    public static void main(String[] args) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(BuildSnapshot.file(args, RESOURCE)))) {
            Catalogue.FromYaml yaml = Catalogue.FromYaml.load();
            write(yaml.catalogue(), yaml.files(), out);
        }
    }

    /** The snapshot on the class path, when there is one made from the YAML files there now. */
    static Optional<Catalogue> read() {
        try (InputStream in = BuildSnapshot.resource(RESOURCE)) {
            return in == null ? Optional.empty() : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule catalogue resource " + RESOURCE, e);
        }
    }

    /** A snapshot, unless it is of another format or of YAML files other than those on the class path. */
    static Optional<Catalogue> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        if (!BuildSnapshot.readHead(data, FORMAT)) {
            return Optional.empty();
        }
        return Optional.of(new Catalogue(rules(data), parameters(data)));
    }

    static void write(Catalogue catalogue, List<String> sources, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        BuildSnapshot.writeHead(data, FORMAT, sources);
        data.writeInt(catalogue.rules().size());
        for (RuleSpec rule : catalogue.rules()) {
            rule(data, rule);
        }
        data.writeInt(catalogue.parameters().size());
        for (ParameterSpec parameter : catalogue.parameters()) {
            data.writeUTF(parameter.name());
            data.writeUTF(parameter.type().name());
            text(data, parameter.description());
            value(data, parameter);
        }
        data.flush();
    }

    private static void rule(DataOutputStream data, RuleSpec rule) throws IOException {
        data.writeUTF(rule.id());
        data.writeUTF(rule.severity().name());
        data.writeUTF(rule.recordType());
        text(data, rule.title());
        text(data, rule.message());
        string(data, rule.clause());
        string(data, rule.basis());
        string(data, rule.quote());
        strings(data, rule.fields());
        strings(data, rule.decidedBy());
        data.writeInt(rule.undecidedHint().size());
        for (Map.Entry<String, Text> hint : rule.undecidedHint().entrySet()) {
            data.writeUTF(hint.getKey());
            text(data, hint.getValue());
        }
        strings(data, rule.parameters());
        data.writeBoolean(rule.needsOfficers());
        data.writeInt(rule.examples().size());
        for (Map.Entry<String, Map<String, String>> example : rule.examples().entrySet()) {
            data.writeUTF(example.getKey());
            data.writeInt(example.getValue().size());
            for (Map.Entry<String, String> field : example.getValue().entrySet()) {
                data.writeUTF(field.getKey());
                string(data, field.getValue());
            }
        }
    }

    private static List<RuleSpec> rules(DataInputStream data) throws IOException {
        int count = data.readInt();
        List<RuleSpec> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = data.readUTF();
            Severity severity = Severity.valueOf(data.readUTF());
            String recordType = data.readUTF();
            Text title = text(data);
            Text message = text(data);
            String clause = string(data);
            String basis = string(data);
            String quote = string(data);
            List<String> fields = strings(data);
            List<String> decidedBy = strings(data);
            Map<String, Text> hints = new LinkedHashMap<>();
            for (int h = data.readInt(); h > 0; h--) {
                hints.put(data.readUTF(), text(data));
            }
            List<String> parameters = strings(data);
            boolean needsOfficers = data.readBoolean();
            Map<String, Map<String, String>> examples = new LinkedHashMap<>();
            for (int e = data.readInt(); e > 0; e--) {
                String name = data.readUTF();
                Map<String, String> values = new LinkedHashMap<>();
                for (int f = data.readInt(); f > 0; f--) {
                    values.put(data.readUTF(), string(data));
                }
                examples.put(name, values);
            }
            rules.add(new RuleSpec(id, severity, recordType, title, message, clause, basis, quote, fields, decidedBy,
                    hints, parameters, needsOfficers, examples));
        }
        return rules;
    }

    /** A default in the one Java type its kind uses (see {@link ParameterSpec}). */
    private static void value(DataOutputStream data, ParameterSpec parameter) throws IOException {
        Object value = parameter.defaultValue();
        switch (parameter.type()) {
            case INTEGER, DECIMAL -> data.writeUTF(((BigDecimal) value).toString());
            case FLAG -> data.writeBoolean((Boolean) value);
            case WORDS -> strings(data, ((List<?>) value).stream().map(String::valueOf).toList());
            case DATE -> data.writeUTF(value.toString());
        }
    }

    private static List<ParameterSpec> parameters(DataInputStream data) throws IOException {
        int count = data.readInt();
        List<ParameterSpec> parameters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            ParameterSpec.Type type = ParameterSpec.Type.valueOf(data.readUTF());
            Text description = text(data);
            Object value = switch (type) {
                case INTEGER, DECIMAL -> new BigDecimal(data.readUTF());
                case FLAG -> data.readBoolean();
                case WORDS -> strings(data);
                case DATE -> LocalDate.parse(data.readUTF());
            };
            parameters.add(new ParameterSpec(name, value, type, description));
        }
        return parameters;
    }

    private static void text(DataOutputStream data, Text text) throws IOException {
        data.writeBoolean(text != null);
        if (text != null) {
            string(data, text.zh());
            string(data, text.en());
        }
    }

    private static Text text(DataInputStream data) throws IOException {
        return data.readBoolean() ? new Text(string(data), string(data)) : null;
    }

    private static void strings(DataOutputStream data, List<String> strings) throws IOException {
        data.writeInt(strings.size());
        for (String s : strings) {
            string(data, s);
        }
    }

    private static List<String> strings(DataInputStream data) throws IOException {
        int count = data.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(string(data));
        }
        return strings;
    }

    private static void string(DataOutputStream data, String s) throws IOException {
        data.writeBoolean(s != null);
        if (s != null) {
            data.writeUTF(s);
        }
    }

    private static String string(DataInputStream data) throws IOException {
        return data.readBoolean() ? data.readUTF() : null;
    }
}

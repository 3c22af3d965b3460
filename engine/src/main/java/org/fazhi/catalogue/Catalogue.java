package org.fazhi.catalogue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.fazhi.config.LoadOnce;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * The rule catalogue: every rule's metadata and every parameter's default, read from the one
 * resource in the rules jar ({@code org/fazhi/rules/catalogue.yaml} and the rule files it lists).
 * The engine, {@code fazhi rules}, the reports and the docs all read this; nothing else holds a
 * rule's title, message, clause or parameters.
 */
public final class Catalogue {
    /** The catalogue's index on the class path. */
    public static final String INDEX = "org/fazhi/rules/catalogue.yaml";

    private final Map<String, RuleSpec> rules;
    private final Map<String, ParameterSpec> parameters;

    public Catalogue(Collection<RuleSpec> rules, Collection<ParameterSpec> parameters) {
        Map<String, RuleSpec> byId = new LinkedHashMap<>();
        for (RuleSpec rule : rules) {
            if (byId.put(rule.id(), rule) != null) {
                throw new IllegalStateException("rule " + rule.id() + " is declared twice");
            }
        }
        Map<String, ParameterSpec> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        this.rules = byId;
        this.parameters = byName;
        byId.values().forEach(this::validate);
    }

    /** The snapshot the build made of the YAML (the quick way), else the YAML itself. */
    private static final LoadOnce<Catalogue> BUILT_IN = new LoadOnce<>(
            () -> CatalogueSnapshot.read().orElseGet(() -> FromYaml.load().catalogue()));

    /** The built-in catalogue, read once per process. */
    public static Catalogue builtIn() {
        return BUILT_IN.get();
    }

    /** This catalogue with more rules (user rules); an ID declared twice is an error. */
    public Catalogue with(Collection<RuleSpec> more) {
        List<RuleSpec> all = new ArrayList<>(rules.values());
        all.addAll(more);
        return new Catalogue(all, parameters.values());
    }

    public List<RuleSpec> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleSpec> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * The rule ID closest to a mistyped one, if any is close. Letters typed for digits in the
     * number ({@code ENF-0I6}, {@code ENF-O16}) are read as the digits they look like.
     */
    public Optional<String> closestRuleId(String id) {
        String wanted = id.trim().toUpperCase(java.util.Locale.ROOT);
        int number = wanted.lastIndexOf('-') + 1;
        wanted = wanted.substring(0, number)
                + wanted.substring(number).replace('O', '0').replace('I', '1').replace('L', '1');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : rules.keySet()) {
            int d = LevenshteinDistance.getDefaultInstance().apply(wanted, candidate);
            if (candidate.startsWith(wanted)) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= 3 ? Optional.ofNullable(best) : Optional.empty();
    }

    public RuleSpec require(String id) {
        return rule(id).orElseThrow(() -> new IllegalStateException("rule " + id + " is not in the catalogue"));
    }

    public List<ParameterSpec> parameters() {
        return List.copyOf(parameters.values());
    }

    public Optional<ParameterSpec> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** Rules that check this record type (not counting the ones for every type). */
    public List<RuleSpec> rulesFor(String recordType) {
        return rules.values().stream().filter(r -> r.recordType().equals(recordType)).toList();
    }

    /** A catalogue entry that names a field, type or parameter that does not exist is a build error. */
    private void validate(RuleSpec rule) {
        if (rule.appliesToAllTypes()) {
            return;
        }
        RecordType type = RecordTypes.byKey(rule.recordType()).orElseThrow(
                () -> new IllegalStateException(rule.id() + ": unknown record type " + rule.recordType()));
        for (String field : concat(rule.fields(), rule.decidedBy())) {
            if (!type.hasField(field)) {
                throw new IllegalStateException(rule.id() + ": " + type.key() + " has no field " + field);
            }
        }
        for (String field : rule.undecidedHint().keySet()) {
            if (!rule.decidedBy().contains(field)) {
                throw new IllegalStateException(rule.id() + ": undecidedHint " + field + " is not in decidedBy");
            }
        }
        for (String name : rule.parameters()) {
            if (!parameters.containsKey(name)) {
                throw new IllegalStateException(rule.id() + ": unknown parameter " + name);
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The built-in catalogue as its YAML files on the class path give it, and those files' names. */
    record FromYaml(Catalogue catalogue, List<String> files) {
        static FromYaml load() {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                    .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
            Index index = read(yaml, INDEX, new TypeReference<>() { });
            List<String> files = new ArrayList<>(List.of(INDEX));
            List<RuleSpec> rules = new ArrayList<>();
            for (String file : index.ruleFiles()) {
                files.add("org/fazhi/rules/" + file);
                rules.addAll(read(yaml, files.get(files.size() - 1), new TypeReference<List<RuleSpec>>() { }));
            }
            return new FromYaml(new Catalogue(rules, index.parameters()), List.copyOf(files));
        }

        private static <T> T read(ObjectMapper yaml, String resource, TypeReference<T> type) {
            try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("rule catalogue resource " + resource + " is not on the class path");
                }
                return yaml.readValue(in, type);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the rule catalogue resource " + resource, e);
            }
        }
    }

    /** The index file: the parameters and the rule files, one per DRL file. */
    private record Index(List<ParameterSpec> parameters, List<String> ruleFiles) {
    }
}

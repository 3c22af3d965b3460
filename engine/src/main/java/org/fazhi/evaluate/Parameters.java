package org.fazhi.evaluate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.model.Record;
import org.fazhi.read.Identifiers;

/**
 * The rule parameters of docs/spec/rules.md with their values for this run: catalogue defaults, overridden
 * by {@code --params} for the whole run, per 执法领域 ({@code byField}) and per agency
 * ({@code byAgency}). Rules read them by name, for the record they judge: the record's agency wins
 * over its field, which wins over the run's value.
 *
 * <p>Values are a {@link BigDecimal} (numbers), a {@link Boolean} (flags), a list of words or a
 * {@link LocalDate}.
 */
public final class Parameters {
    private final Map<String, Object> values;
    private final Map<String, Map<String, Object>> byField;
    private final Map<String, Map<String, Object>> byAgency;
    /**
     * Resolved views by agency and field as the records write them: few distinct names, looked up
     * for every parameter a rule reads, so a lookup neither folds nor builds a key.
     */
    private final Map<String, Map<String, Parameters>> scoped = new ConcurrentHashMap<>();

    public Parameters(Map<String, Object> values) {
        this(values, Map.of(), Map.of());
    }

    /**
     * @param byField  overrides by field name as written in the file (compared folded)
     * @param byAgency overrides by agency name as written in the file (compared folded)
     */
    public Parameters(Map<String, Object> values, Map<String, Map<String, Object>> byField,
                      Map<String, Map<String, Object>> byAgency) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.byField = folded(byField);
        this.byAgency = folded(byAgency);
    }

    /** The values in force for a record: its agency's, else its field's, else the run's. */
    public Parameters forRecord(Record record) {
        return forScope(record.getAgency(), record.scopeField());
    }

    /** The values in force for an agency and a field (either may be null), e.g. for a group of records. */
    public Parameters forScope(String agency, String field) {
        if (byField.isEmpty() && byAgency.isEmpty()) {
            return this;
        }
        return scoped.computeIfAbsent(agency == null ? "" : agency, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(field == null ? "" : field, f -> resolve(agency, field));
    }

    private Parameters resolve(String agency, String field) {
        Map<String, Object> merged = new LinkedHashMap<>(values);
        merged.putAll(byField.getOrDefault(field == null ? "" : fold(field), Map.of()));
        merged.putAll(byAgency.getOrDefault(agency == null ? "" : fold(agency), Map.of()));
        return new Parameters(merged);
    }

    /** A whole-number parameter (days, years, counts). */
    public int intValue(String name) {
        return decimal(name).intValueExact();
    }

    /** A parameter that may have a fraction (amounts, hours). */
    public BigDecimal decimal(String name) {
        return (BigDecimal) value(name);
    }

    /** A yes/no parameter. */
    public boolean flag(String name) {
        return (Boolean) value(name);
    }

    /** A date parameter. */
    public LocalDate date(String name) {
        return (LocalDate) value(name);
    }

    /** A list-of-words parameter. */
    @SuppressWarnings("unchecked")
    public List<String> words(String name) {
        return (List<String>) value(name);
    }

    /** Whether a word is in a list-of-words parameter, compared folded (full-width = half-width). */
    public boolean listed(String name, String word) {
        if (word == null) {
            return false;
        }
        String folded = fold(word);
        for (String listed : words(name)) {
            if (fold(listed).equals(folded)) {
                return true;
            }
        }
        return false;
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter " + name + "; known: " + values.keySet());
        }
        return value;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The run's values in catalogue order, for reports. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** The overrides by field, keyed by the folded field name. */
    public Map<String, Map<String, Object>> byField() {
        return byField;
    }

    /** The overrides by agency, keyed by the folded agency name. */
    public Map<String, Map<String, Object>> byAgency() {
        return byAgency;
    }

    /** Agency and field names compare trimmed and with full-width forms folded to half-width. */
    public static String fold(String name) {
        // the same comparison as for identifiers (records.md), so there is one rule for both
        return Identifiers.key(name);
    }

    private static Map<String, Map<String, Object>> folded(Map<String, Map<String, Object>> scopes) {
        Map<String, Map<String, Object>> folded = new LinkedHashMap<>();
        scopes.forEach((name, overrides) -> folded.merge(fold(name), Map.copyOf(overrides), (a, b) -> {
            Map<String, Object> both = new LinkedHashMap<>(a);
            both.putAll(b);
            return Collections.unmodifiableMap(both);
        }));
        return Collections.unmodifiableMap(folded);
    }
}

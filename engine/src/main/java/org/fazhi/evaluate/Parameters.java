package org.fazhi.evaluate;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rule parameters of rules.md with their values for this run: catalogue defaults, overridden
 * by {@code --params}. Rules read them by name.
 */
public final class Parameters {
    private final Map<String, BigDecimal> values;

    public Parameters(Map<String, BigDecimal> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A whole-number parameter (days, years, counts). */
    public int intValue(String name) {
        return decimal(name).intValueExact();
    }

    /** A parameter that may have a fraction (amounts, hours). */
    public BigDecimal decimal(String name) {
        BigDecimal value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no parameter " + name + "; known: " + values.keySet());
        }
        return value;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** All parameters in catalogue order, for reports. */
    public Map<String, BigDecimal> asMap() {
        return values;
    }
}

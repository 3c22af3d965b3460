package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Severity of a rule: error = breach of a mandatory requirement; warning = a risk to look at; info = context. */
public enum Severity {
    ERROR, WARNING, INFO;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    @JsonCreator
    public static Severity of(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}

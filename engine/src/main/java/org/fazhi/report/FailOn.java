package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The gate's threshold: findings at or above it fail the run; {@code never} never fails. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** True when a finding of this severity counts for the gate. */
    public boolean counts(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One of the plan's targets, measured: overall and per agency. An empty denominator is
 * "no data" ({@code value} and {@code met} null), never 100%; an indicator whose rule did not
 * run is "not computed" ({@code value}, {@code met} and {@code numerator} null, {@code reason}
 * naming the rule).
 *
 * @param id          IND-01 … IND-10
 * @param name        the plan's name for it
 * @param nameEn      its English name
 * @param numerator   records that meet it; null when not computed
 * @param denominator records it is measured on
 * @param unfilled    records its deciding field leaves out because it is blank ("未填报")
 * @param value       numerator / denominator, rounded to 4 decimals; null when no data or not computed
 * @param target      the plan's target as a fraction (1.0 = 100%)
 * @param met         numerator / denominator ≥ target, exactly (before rounding); null when no data
 *                    or not computed
 * @param reason      why it was not computed (the rules left out), in Chinese; null when computed
 * @param reasonEn    the same in English
 * @param clause      clause of the plan
 * @param byAgency    the same per agency, sorted by agency
 */
public record Indicator(String id, String name, String nameEn, Integer numerator, int denominator, int unfilled,
                        Double value, double target, Boolean met,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String reason,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String reasonEn,
                        String clause, List<ByAgency> byAgency) {

    /** A computed indicator without blanks. */
    public Indicator(String id, String name, String nameEn, int numerator, int denominator, Double value,
                     double target, Boolean met, String clause, List<ByAgency> byAgency) {
        this(id, name, nameEn, numerator, denominator, 0, value, target, met, null, null, clause, byAgency);
    }

    /** Whether the rule it needs was left out of the run. */
    public boolean notComputed() {
        return reason != null;
    }

    /** The indicator for one agency. */
    public record ByAgency(String agency, Integer numerator, int denominator, int unfilled, Double value,
                           Boolean met) {

        /** An agency's figures without blanks. */
        public ByAgency(String agency, int numerator, int denominator, Double value, Boolean met) {
            this(agency, numerator, denominator, 0, value, met);
        }
    }
}

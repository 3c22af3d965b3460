package org.fazhi.report;

import java.util.List;

/**
 * One of the plan's targets, measured: overall and per agency. An empty denominator is
 * "no data" ({@code value} and {@code met} null), never 100%.
 *
 * @param id          IND-01 … IND-08
 * @param name        the plan's name for it
 * @param nameEn      its English name
 * @param numerator   records that meet it
 * @param denominator records it is measured on
 * @param value       numerator / denominator, rounded to 4 decimals; null when no data
 * @param target      the plan's target as a fraction (1.0 = 100%)
 * @param met         numerator / denominator ≥ target, exactly (before rounding); null when no data
 * @param clause      clause of the plan
 * @param byAgency    the same per agency, sorted by agency
 */
public record Indicator(String id, String name, String nameEn, int numerator, int denominator, Double value,
                        double target, Boolean met, String clause, List<ByAgency> byAgency) {

    /** The indicator for one agency. */
    public record ByAgency(String agency, int numerator, int denominator, Double value, Boolean met) {
    }
}

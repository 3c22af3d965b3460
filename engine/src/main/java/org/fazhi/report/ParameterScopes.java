package org.fazhi.report;

import java.util.Map;

/**
 * The parameters a run used beside their defaults: what {@code --params} set for the whole run
 * and what it set per 执法领域 and per agency (names folded as they are compared).
 *
 * @param defaults  every parameter's default, in catalogue order
 * @param overrides the top-level values that differ from the default
 * @param byField   overrides by field name
 * @param byAgency  overrides by agency name
 */
public record ParameterScopes(Map<String, Object> defaults, Map<String, Object> overrides,
                              Map<String, Map<String, Object>> byField, Map<String, Map<String, Object>> byAgency) {
}

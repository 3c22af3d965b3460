package org.fazhi.catalogue;

import java.math.BigDecimal;

/**
 * A rule parameter of rules.md with its default.
 *
 * @param name         the name used in {@code --params} files and messages
 * @param defaultValue the default
 * @param integral     true when only whole numbers make sense (days, years, counts)
 * @param description  what it means
 */
public record ParameterSpec(String name, BigDecimal defaultValue, boolean integral, Text description) {
}

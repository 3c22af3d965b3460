package org.fazhi.rules;

/**
 * Two dates of one record type that cannot be in the other order (DQ-006): {@code later} on a day
 * before {@code earlier} is impossible chronology. Same day is in order.
 *
 * @param type    record type key
 * @param earlier the key of the date that comes first
 * @param later   the key of the date that cannot be before it
 */
public record DatePair(String type, String earlier, String later) {
}

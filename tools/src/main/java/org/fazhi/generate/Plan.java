package org.fazhi.generate;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which records of one type carry a planted violation, decided as the records are made, in
 * constant memory. A unit is one rule's violation; it takes one record, or several consecutive
 * records for the rules that look across records (ENF-020, INS-001). Units cycle through the
 * rules in order and are spread evenly over the records. When the share asked for is above zero
 * there is at least one unit per rule, room permitting, so even a small export shows every rule.
 */
final class Plan {
    private final List<String> rules;
    private final ToIntFunction<String> size;
    private final int records;
    private final int units;
    private int next;
    private int start = -1;
    private int end = -1;
    private String rule;
    private int planted;

    Plan(int records, double rate, List<String> rules, ToIntFunction<String> size) {
        this.records = records;
        this.rules = rules;
        this.size = size;
        int target = (int) Math.round(records * rate);
        int count = 0;
        int covered = 0;
        if (rate > 0 && !rules.isEmpty()) {
            while ((count < rules.size() || covered < target) && covered < records) {
                covered += size.applyAsInt(rules.get(count % rules.size()));
                count++;
            }
        }
        this.units = count;
        schedule(0);
    }

    private void schedule(int from) {
        rule = null;
        if (next >= units) {
            return;
        }
        String candidate = rules.get(next % rules.size());
        int s = Math.max(from, (int) ((long) next * records / units));
        int n = size.applyAsInt(candidate);
        if (s + n > records) {
            next = units;
            return;
        }
        rule = candidate;
        start = s;
        end = s + n;
        next++;
    }

    /** The rule whose violation record {@code index} carries, or null; call with 0, 1, 2, … in order. */
    String at(int index) {
        if (rule != null && index >= end) {
            schedule(end);
        }
        if (rule != null && index >= start && index < end) {
            if (index == start) {
                planted++;
            }
            return rule;
        }
        return null;
    }

    /** The position of record {@code index} within its unit (0 for single-record units). */
    int offset(int index) {
        return index - start;
    }

    /** Units planted so far. */
    int planted() {
        return planted;
    }

    int records() {
        return records;
    }
}

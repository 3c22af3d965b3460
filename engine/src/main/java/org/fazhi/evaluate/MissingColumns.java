package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.SheetColumns;

/**
 * DQ-007: deciding fields whose column a sheet lacks, counted over the whole sheet whatever batch
 * its records were evaluated in, and reported once per sheet and column at the end. Thread-safe.
 */
final class MissingColumns {
    /** One absent column of one sheet: the records it left a rule undecided on, and those rules. */
    record Gap(SheetColumns sheet, FieldSpec field, int records, List<String> ruleIds) {
    }

    private record Key(SheetColumns sheet, FieldSpec field) {
    }

    private static final class Tally {
        int records;
        final TreeSet<String> ruleIds = new TreeSet<>();
    }

    private final Map<Key, Tally> tallies = new LinkedHashMap<>();

    /** One record of the sheet on which the absent field leaves these rules undecided. */
    synchronized void add(SheetColumns sheet, FieldSpec field, List<RuleSpec> rules) {
        Tally tally = tallies.computeIfAbsent(new Key(sheet, field), k -> new Tally());
        tally.records++;
        rules.forEach(rule -> tally.ruleIds.add(rule.id()));
    }

    synchronized List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>(tallies.size());
        tallies.forEach((key, tally) -> gaps.add(new Gap(key.sheet, key.field, tally.records,
                List.copyOf(tally.ruleIds))));
        return gaps;
    }
}

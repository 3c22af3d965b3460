package org.fazhi.evaluate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.model.FieldSpec;

/**
 * The values a blank deciding field is tried with to tell whether a rule is undecided (docs/spec/rules.md
 * "Deciding fields and blanks"): enough values of each type that a condition on the field holds
 * for one of them whenever it holds for any value a record could plausibly carry.
 */
final class Candidates {
    /** Years before and after the as-of date of the dates tried: beyond any limitation period or deadline. */
    private static final int YEARS = 50;
    private static final Integer LARGE_INT = 1_000_000_000;
    private static final BigDecimal LARGE_DECIMAL = new BigDecimal("1000000000000");
    /** Identifiers that name no record, for a set of references (officers' certificate numbers). */
    private static final String SYNTHETIC_ID = "未填写-";

    private Candidates() {
    }

    static List<Object> of(FieldSpec field, LocalDate asOf) {
        return switch (field.type()) {
            case BOOL -> List.of(Boolean.TRUE, Boolean.FALSE);
            case ENUM -> List.copyOf(field.words());
            case SET -> sets(field.words());
            case INT -> List.of(0, 1, LARGE_INT);
            case DECIMAL -> List.of(BigDecimal.ZERO, BigDecimal.ONE, LARGE_DECIMAL);
            case DATE -> List.of(asOf.minusYears(YEARS), asOf, asOf.plusYears(YEARS));
            case TEXT -> List.of(SYNTHETIC_ID + 1);
        };
    }

    /** One value (each listed word) and two distinct values; synthetic identifiers when no words are listed. */
    private static List<Object> sets(List<String> words) {
        List<Object> sets = new ArrayList<>();
        if (words.isEmpty()) {
            sets.add(set(SYNTHETIC_ID + 1));
            sets.add(set(SYNTHETIC_ID + 1, SYNTHETIC_ID + 2));
            return sets;
        }
        for (String word : words) {
            sets.add(set(word));
        }
        if (words.size() > 1) {
            sets.add(set(words.get(0), words.get(1)));
        }
        return sets;
    }

    private static Set<String> set(String... values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(values)));
    }
}

package org.fazhi.evaluate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;

/**
 * Which rules run: {@code --only} and {@code --skip}, each a list of rule IDs or ID prefixes
 * ({@code ENF}, {@code DQ-00}). A token that selects no rule is a mistake worth stopping for.
 */
public final class RuleSelection {
    private final List<String> only;
    private final List<String> skip;

    private RuleSelection(List<String> only, List<String> skip) {
        this.only = only;
        this.skip = skip;
    }

    public static RuleSelection all() {
        return new RuleSelection(List.of(), List.of());
    }

    /** Checks every token against the catalogue; an unknown one ends the run (exit 2). */
    public static RuleSelection of(List<String> only, List<String> skip, Catalogue catalogue) throws InputException {
        List<String> onlyTokens = normalise(only);
        List<String> skipTokens = normalise(skip);
        for (String token : Stream.concat(onlyTokens.stream(), skipTokens.stream()).toList()) {
            if (catalogue.rules().stream().noneMatch(rule -> rule.id().startsWith(token))) {
                throw new InputException("select.unknown", token);
            }
        }
        return new RuleSelection(onlyTokens, skipTokens);
    }

    /** Asked for every finding: plain loops keep it small where the compiler inlines it. */
    public boolean selects(String ruleId) {
        return (only.isEmpty() || startsWithAny(ruleId, only)) && !startsWithAny(ruleId, skip);
    }

    private static boolean startsWithAny(String ruleId, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (ruleId.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    public boolean selects(RuleSpec rule) {
        return selects(rule.id());
    }

    private static List<String> normalise(List<String> tokens) {
        return tokens.stream()
                .map(t -> t.trim().toUpperCase(Locale.ROOT))
                .filter(t -> !t.isEmpty())
                .toList();
    }
}

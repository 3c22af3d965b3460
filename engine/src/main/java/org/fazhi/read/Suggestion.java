package org.fazhi.read;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The valid name a misspelt one most likely meant ("agncy" → "agency"), for messages. */
public final class Suggestion {
    /** Edits beyond which a name is no longer a misspelling but another word. */
    private static final int MAX_EDITS = 3;

    private Suggestion() {
    }

    /** The closest of {@code valid} to {@code name}, compared as names are, if it is close enough. */
    public static Optional<String> closest(String name, Collection<String> valid) {
        String wanted = Text.name(name);
        int limit = Math.min(MAX_EDITS, Math.max(1, wanted.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestEdits = Integer.MAX_VALUE;
        for (String candidate : valid) {
            int edits = distance.apply(wanted, Text.name(candidate));
            if (edits >= 0 && edits < bestEdits) {
                best = candidate;
                bestEdits = edits;
            }
        }
        return Optional.ofNullable(best);
    }
}

package org.fazhi.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Officer;
import org.fazhi.read.Identifiers;

/**
 * The officers of the run, from any input file, by certificate number: the reference facts that
 * case rules join with (ENF-008, ENF-009, DQ-005). Inserted once into every case partition.
 * Certificate numbers are compared by {@link Identifiers#key} (trimmed, full-width folded).
 */
public final class OfficerDirectory {
    /** Certificate numbers of digits only, nearly all of them: looked up without touching a string. */
    private final DigitKeyMap<Officer> byDigits = new DigitKeyMap<>();
    /** Every other certificate number, by its folded form. */
    private final Map<String, Officer> byId = new HashMap<>();

    public OfficerDirectory(Collection<Officer> officers) {
        for (Officer officer : officers) {
            if (officer.getOfficerId() != null) {
                String key = Identifiers.key(officer.getOfficerId());
                long code = DigitKeyMap.code(key);
                if (code != 0) {
                    byDigits.putIfAbsent(code, officer);
                } else {
                    byId.putIfAbsent(key, officer);
                }
            }
        }
    }

    /** True when officer records were supplied at all: only then can references be checked. */
    public boolean isSupplied() {
        return !byDigits.isEmpty() || !byId.isEmpty();
    }

    /** The officer with this certificate number, as a list for DRL {@code from} (empty when unknown). */
    public List<Officer> find(String officerId) {
        Officer officer = officer(officerId);
        return officer == null ? List.of() : List.of(officer);
    }

    private Officer officer(String officerId) {
        if (officerId == null) {
            return null;
        }
        String key = Identifiers.key(officerId);
        long code = DigitKeyMap.code(key);
        return code != 0 ? byDigits.get(code) : byId.get(key);
    }

    /**
     * The known officers among these certificate numbers whose certificate expired before the
     * date (ENF-009), in the order given, each once however its number is spelt
     * ({@link Identifiers#distinct}); none when the date is unknown. Filtered here rather
     * than by a DRL constraint on the officers found: Drools makes a fact for every officer a
     * {@code from} yields, two or three for every case, while an expired one is rare.
     */
    public List<Officer> expiredBefore(Collection<String> officerIds, LocalDate date) {
        List<Officer> expired = List.of();
        if (officerIds != null && date != null) {
            for (String id : Identifiers.distinct(officerIds)) {
                Officer officer = officer(id);
                LocalDate validUntil = officer == null ? null : officer.getCertificateValidUntil();
                if (validUntil != null && validUntil.isBefore(date)) {
                    if (expired.isEmpty()) {
                        expired = new ArrayList<>();
                    }
                    expired.add(officer);
                }
            }
        }
        return expired;
    }

    /**
     * Certificate numbers that name no supplied officer (DQ-005), in the order given, each once
     * (the first spelling of numbers that are the same as compared).
     */
    public List<String> unknown(Collection<String> officerIds) {
        List<String> unknown = List.of(); // most cases name only known officers: no list for them
        if (officerIds != null) {
            for (String id : Identifiers.distinct(officerIds)) {
                if (officer(id) == null) {
                    if (unknown.isEmpty()) {
                        unknown = new ArrayList<>();
                    }
                    unknown.add(id);
                }
            }
        }
        return unknown;
    }
}

package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Officer;

/**
 * The officers of the run, from any input file, by certificate number: the reference facts that
 * case rules join with (ENF-008, ENF-009, DQ-005). Inserted once into every case partition.
 */
public final class OfficerDirectory {
    private final Map<String, Officer> byId = new HashMap<>();

    public OfficerDirectory(Collection<Officer> officers) {
        for (Officer officer : officers) {
            if (officer.getOfficerId() != null) {
                byId.putIfAbsent(officer.getOfficerId(), officer);
            }
        }
    }

    /** True when officer records were supplied at all: only then can references be checked. */
    public boolean isSupplied() {
        return !byId.isEmpty();
    }

    /** The officer with this certificate number, as a list for DRL {@code from} (empty when unknown). */
    public List<Officer> find(String officerId) {
        Officer officer = officerId == null ? null : byId.get(officerId);
        return officer == null ? List.of() : List.of(officer);
    }

    /** The known officers among these certificate numbers, in the order given. */
    public List<Officer> findAll(Collection<String> officerIds) {
        List<Officer> found = new ArrayList<>(officerIds == null ? 0 : officerIds.size());
        if (officerIds != null) {
            for (String id : officerIds) {
                Officer officer = id == null ? null : byId.get(id);
                if (officer != null) {
                    found.add(officer);
                }
            }
        }
        return found;
    }

    /** Certificate numbers that name no supplied officer (DQ-005), in the order given. */
    public List<String> unknown(Collection<String> officerIds) {
        List<String> unknown = List.of(); // most cases name only known officers: no list for them
        if (officerIds != null) {
            for (String id : officerIds) {
                if (!byId.containsKey(id)) {
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

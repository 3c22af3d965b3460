package org.fazhi.pack;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading a pack found: errors, which make the pack unusable, and notes, which say what
 * was corrected (curly quotes made straight). Every problem is collected, so that an author
 * sees them all at once rather than one per run.
 */
final class Problems {
    private final List<PackProblem> errors = new ArrayList<>();
    private final List<PackProblem> notes = new ArrayList<>();

    void error(String file, String sheet, String cell, String key, Object... args) {
        errors.add(new PackProblem(file, sheet, cell, key, args));
    }

    void note(String file, String sheet, String cell, String key, Object... args) {
        notes.add(new PackProblem(file, sheet, cell, key, args));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void throwIfAny() throws PackException {
        if (!errors.isEmpty()) {
            throw new PackException(errors);
        }
    }

    List<PackProblem> noteList() {
        return notes;
    }
}

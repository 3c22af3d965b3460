package org.fazhi.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.evaluate.Parameters;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.Record;
import org.fazhi.report.Summary;

/**
 * The agencies and 执法领域 the records of a run name, folded as parameter scopes compare them,
 * so that a params file naming one no record has can be told (a misspelt scope silently applies
 * to nothing otherwise).
 */
final class ScopeNames {
    private final Set<String> agencies = ConcurrentHashMap.newKeySet();
    private final Set<String> fields = ConcurrentHashMap.newKeySet();

    void add(Record record) {
        if (record.getAgency() != null) {
            agencies.add(Parameters.fold(record.getAgency()));
        }
        if (record.scopeField() != null) {
            fields.add(Parameters.fold(record.scopeField()));
        }
    }

    /** One note per scope of the params file that no record of the run has. */
    List<Summary.Note> unused(Parameters parameters) {
        List<Summary.Note> notes = new ArrayList<>();
        parameters.byField().keySet().stream().filter(name -> !fields.contains(name)).sorted()
                .forEach(name -> notes.add(note("note.params.unusedField", name)));
        parameters.byAgency().keySet().stream().filter(name -> !agencies.contains(name)).sorted()
                .forEach(name -> notes.add(note("note.params.unusedAgency", name)));
        return notes;
    }

    static Summary.Note note(String key, Object... args) {
        return new Summary.Note(Messages.get(Lang.ZH, key, args), Messages.get(Lang.EN, key, args));
    }
}

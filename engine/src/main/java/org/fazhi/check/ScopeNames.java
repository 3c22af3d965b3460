package org.fazhi.check;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.evaluate.Parameters;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.Record;
import org.fazhi.report.Summary;

/**
 * The agencies and 执法领域 the records of a run name, so that a params file naming one no record
 * has can be told (a misspelt scope silently applies to nothing otherwise). Names are kept as
 * written, a handful for a whole run, and folded as parameter scopes compare them only at the end:
 * every record passes here.
 */
final class ScopeNames implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Set<String> agencies = ConcurrentHashMap.newKeySet();
    private final Set<String> fields = ConcurrentHashMap.newKeySet();

    /** Adds the names another run's share of the records named. */
    void add(ScopeNames other) {
        agencies.addAll(other.agencies);
        fields.addAll(other.fields);
    }

    void add(Record record) {
        if (record.getAgency() != null) {
            agencies.add(record.getAgency());
        }
        if (record.scopeField() != null) {
            fields.add(record.scopeField());
        }
    }

    /** One note per scope of the params file that no record of the run has. */
    List<Summary.Note> unused(Parameters parameters) {
        List<Summary.Note> notes = new ArrayList<>();
        Set<String> foldedFields = folded(fields);
        Set<String> foldedAgencies = folded(agencies);
        parameters.byField().keySet().stream().filter(name -> !foldedFields.contains(name)).sorted()
                .forEach(name -> notes.add(note("note.params.unusedField", name)));
        parameters.byAgency().keySet().stream().filter(name -> !foldedAgencies.contains(name)).sorted()
                .forEach(name -> notes.add(note("note.params.unusedAgency", name)));
        return notes;
    }

    private static Set<String> folded(Set<String> names) {
        Set<String> folded = new HashSet<>();
        names.forEach(name -> folded.add(Parameters.fold(name)));
        return folded;
    }

    static Summary.Note note(String key, Object... args) {
        return new Summary.Note(Messages.get(Lang.ZH, key, args), Messages.get(Lang.EN, key, args));
    }
}

package org.fazhi.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.report.Summary;

/**
 * What a run's summary says beside its findings: working days counted in a year no calendar
 * covers, and parameter scopes that name no agency or field of the records.
 *
 * @param context  the run's context, which remembers the uncovered years its counts spanned
 * @param scopes   the agencies and fields of the records read
 * @param defaults the catalogue's defaults, shown beside the overrides
 */
record RunNotes(RunContext context, ScopeNames scopes, Parameters defaults) {

    List<Summary.Note> notes() {
        List<Summary.Note> notes = new ArrayList<>();
        List<Integer> years = context.uncoveredYears();
        if (!years.isEmpty()) {
            notes.add(new Summary.Note(
                    Messages.get(Lang.ZH, "note.calendar.uncovered", join(years, "、")),
                    Messages.get(Lang.EN, "note.calendar.uncovered", join(years, ", "))));
        }
        notes.addAll(scopes.unused(context.getParameters()));
        return notes;
    }

    private static String join(List<Integer> years, String separator) {
        return years.stream().map(String::valueOf).collect(Collectors.joining(separator));
    }
}

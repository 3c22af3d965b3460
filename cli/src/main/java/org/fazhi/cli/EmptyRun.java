package org.fazhi.cli;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.InputSummary;
import org.fazhi.render.InputNotes;
import org.fazhi.report.Report;

/**
 * A run that read no record at all cannot be made (records.md "Files and formats"): a CI gate
 * must never pass on an empty or failed export. The message says what was read and what was
 * ignored, and why, so that the user sees at once which file or sheet went wrong.
 */
final class EmptyRun {
    private EmptyRun() {
    }

    /** Ends the run (exit 2) when the report holds no record. */
    static void requireRecords(Report report, Lang lang) {
        if (report.summary().records().values().stream().mapToInt(Integer::intValue).sum() > 0) {
            return;
        }
        List<String> read = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (InputSummary input : report.inputs()) {
            String where = input.sheet() == null ? input.file() : input.file() + " [" + input.sheet() + "]";
            if (input.recordType() != null && input.ignoredReason() == null) {
                read.add(Messages.get(lang, "cli.empty.readItem", where, typeName(input.recordType(), lang)));
            } else {
                ignored.add(Messages.get(lang, "cli.empty.ignoredItem", where,
                        InputNotes.ignoredReason(lang, input)));
            }
        }
        String none = Messages.get(lang, "cli.empty.none");
        String types = String.join(lang.pick("、", ", "), RecordTypes.all().stream()
                .map(type -> lang.pick(type.name(), type.key())).toList());
        throw new UserError(Messages.get(lang, "cli.empty", read.isEmpty() ? none : String.join(lang.pick("；", "; "), read),
                ignored.isEmpty() ? none : String.join(lang.pick("；", "; "), ignored), types));
    }

    private static String typeName(String key, Lang lang) {
        return RecordTypes.byKey(key).map(type -> lang.pick(type.name(), type.key())).orElse(key);
    }
}

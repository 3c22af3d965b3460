package org.fazhi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.InputSummary;
import org.fazhi.read.InputReader;
import org.fazhi.read.Mapping;
import org.fazhi.render.InputNotes;
import org.fazhi.report.Report;

/**
 * A file the user named on the command line must give records of some type (outputs.md, exit
 * code 2: "unrecognised input"). Inside a directory a file or sheet fazhi does not recognise is
 * listed and passed over (a 说明 sheet, a readme); a file named on its own is what the user meant
 * to check, and a run that passed without reading it would pass on nothing.
 */
final class NamedInputs {
    private NamedInputs() {
    }

    /** Ends the run (exit 2) naming the first named file none of whose sheets was read. */
    static void requireRecognised(Report report, List<Path> inputs, Lang lang) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                continue;
            }
            String shown = InputReader.shown(input);
            List<String> reasons = new ArrayList<>();
            boolean read = false;
            for (InputSummary summary : report.inputs()) {
                if (!summary.file().equals(shown)) {
                    continue;
                }
                if (summary.recordType() != null && summary.ignoredReason() == null) {
                    read = true;
                } else if (onPurpose(summary)) {
                    read = true; // ignored as the mapping asks, or one of fazhi's own reports
                } else {
                    String reason = InputNotes.ignoredReason(lang, summary);
                    reasons.add(summary.sheet() == null ? reason : "[" + summary.sheet() + "] " + reason);
                }
            }
            if (!read && !reasons.isEmpty()) {
                throw new UserError(Messages.get(lang, "cli.unrecognised", shown,
                        String.join(lang.pick("；", "; "), reasons)));
            }
        }
    }

    private static boolean onPurpose(InputSummary summary) {
        return Mapping.IGNORED.equals(summary.ignoredReason()) || InputReader.OWN_REPORT.equals(summary.ignoredReason());
    }
}

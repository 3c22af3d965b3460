package org.fazhi.render;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.InputSummary;

/** What every report says about an input beyond its counts: why it was not read, which rows were skipped. */
public final class InputNotes {
    private InputNotes() {
    }

    /** Why the input was not read, in words; blank when it was read. */
    public static String ignoredReason(Lang lang, InputSummary input) {
        if (!input.missingColumns().isEmpty()) {
            RecordType type = RecordTypes.byKey(input.recordType()).orElse(null);
            List<String> columns = new ArrayList<>();
            for (String key : input.missingColumns()) {
                String header = type == null ? key : type.field(key).map(FieldSpec::header).orElse(key);
                columns.add(lang.pick("「" + header + "」", "“" + header + "” (" + key + ")"));
            }
            String typeName = type == null ? input.recordType() : lang.pick(type.name(), type.nameEn());
            return Messages.get(lang, input.ignoredReason(), typeName, String.join(lang.pick("、", ", "), columns));
        }
        return Messages.describe(lang, input.ignoredReason());
    }

    /**
     * The total, subtotal, footer, page-mark and repeated header rows skipped, with their row
     * numbers; blank when none.
     */
    public static String summaryRows(Lang lang, InputSummary input) {
        InputSummary.SkippedRows skipped = input.summaryRowsSkipped();
        if (skipped.count() == 0) {
            return "";
        }
        List<String> numbers = skipped.rows().stream().map(String::valueOf).toList();
        return Messages.get(lang, "render.input.summaryRows", skipped.count(), String.join(lang.pick("、", ", "), numbers));
    }
}

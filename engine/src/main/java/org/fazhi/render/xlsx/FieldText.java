package org.fazhi.render.xlsx;

import java.util.Map;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordTypes;
import org.fazhi.report.Finding;

/** Stand-in for the presentation layer's fields and values, until it is merged. */
final class FieldText {
    private final Context ctx;

    FieldText(Context ctx) {
        this.ctx = ctx;
    }

    /** The names of the finding's fields: 「送达日期」、「决定日期」. */
    String names(Finding finding) {
        if (finding.fields() == null || finding.fields().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (String key : finding.fields().keySet()) {
            if (text.length() > 0) {
                text.append(ctx.list());
            }
            text.append("「").append(name(finding, key)).append("」");
        }
        return text.toString();
    }

    private static String name(Finding finding, String key) {
        return RecordTypes.byKey(finding.recordType()).flatMap(t -> t.field(key)).map(FieldSpec::header).orElse(key);
    }

    /** The fields with the values seen: 「送达日期」2025-03-05；「决定日期」2025-03-01. */
    String of(Finding finding) {
        Map<String, String> fields = finding.fields();
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            if (text.length() > 0) {
                text.append(ctx.lang.pick("；", "; "));
            }
            text.append("「").append(name(finding, entry.getKey())).append("」").append(entry.getValue() == null ? "" : entry.getValue());
        }
        return text.toString();
    }
}

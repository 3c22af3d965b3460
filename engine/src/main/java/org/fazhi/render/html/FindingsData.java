package org.fazhi.render.html;

import org.fazhi.render.present.Labels;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.i18n.Lang;
import org.fazhi.model.SourceRef;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Related;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;

/**
 * The findings as the page's script reads them: one JSON array per finding, in report order,
 * with the texts already in the page's language — {@code [severity, rule, agency, record, file,
 * sheet, row, message, note, status, detail]}, where severity, rule, agency, file, sheet and status
 * are indexes into the lists of {@link #writeDictionary} (a run repeats a few hundred of them
 * 10⁵ times). Written in one pass over the findings, which also fills the {@link FindingTally}.
 */
public final class FindingsData {
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new ScriptSafeEscapes());

    private final Lang lang;
    private final FailOn failOn;
    private final Labels labels;
    private final Map<String, Integer> rules = new LinkedHashMap<>();
    private final Map<String, Integer> agencies = new LinkedHashMap<>();
    private final Map<String, Integer> files = new LinkedHashMap<>();
    private final Map<String, Integer> sheets = new LinkedHashMap<>();
    private final FindingTally tally = new FindingTally();
    private int count;

    public FindingsData(Labels labels, FailOn failOn) {
        this.lang = labels.lang();
        this.failOn = failOn;
        this.labels = labels;
    }

    /** Writes the findings as one JSON array. */
    public void writeFindings(Iterable<Finding> findings, Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartArray();
            for (Finding finding : findings) {
                write(finding, json);
                count++;
            }
            json.writeEndArray();
        }
    }

    private void write(Finding finding, JsonGenerator json) throws IOException {
        SourceRef source = finding.source();
        String agency = labels.agency(finding.agency());
        FindingStatus status = FindingStatus.of(finding, failOn);
        tally.add(finding, agency);
        json.writeStartArray();
        json.writeNumber(finding.severity().ordinal());
        json.writeNumber(index(rules, finding.ruleId()));
        json.writeNumber(index(agencies, agency));
        json.writeString(nz(finding.recordId()));
        json.writeNumber(index(files, source == null ? "" : nz(source.file())));
        json.writeNumber(index(sheets, source == null ? "" : nz(source.sheet())));
        if (source == null) {
            json.writeNull();
        } else {
            json.writeNumber(source.row());
        }
        json.writeString(nz(lang.pick(finding.message(), finding.messageEn())));
        json.writeString(note(finding));
        json.writeNumber(status.ordinal());
        json.writeString(detail(finding.suppression()));
        json.writeEndArray();
        json.writeRaw('\n');
    }

    /** The fields with their values, the clause and, for a finding about a group of records, its members. */
    private String note(Finding finding) {
        List<String> parts = new ArrayList<>();
        String fields = labels.fields(finding);
        if (!fields.isEmpty()) {
            parts.add(fields);
        }
        if (finding.clause() != null && !finding.clause().isEmpty()) {
            parts.add(labels.message("render.clause", labels.clause(finding.clause())));
        }
        if (finding.related() != null && !finding.related().isEmpty()) {
            List<String> members = new ArrayList<>();
            for (Related member : finding.related()) {
                members.add(member.source() == null ? member.recordId() : member.recordId() + " ("
                        + labels.message("render.row", Integer.toString(member.source().row())) + ")");
            }
            parts.add(labels.message("render.related", labels.list(members)));
        }
        return String.join(" ", parts);
    }

    /** Who accepted a waived finding, why and until when: said even when the finding is below the gate anyway. */
    private String detail(Suppression suppression) {
        if (suppression == null || suppression.isBaseline()) {
            return "";
        }
        return labels.message("html.status.waiver", nz(suppression.reason()), nz(suppression.approvedBy()),
                nz(suppression.expires()));
    }

    /**
     * The lists the findings' indexes point into, as one JSON object: severities and statuses as
     * {@code [id, label]}, rules as {@code [id, title]}, agencies, files and sheets as names.
     */
    public void writeDictionary(Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("severities");
            for (Severity severity : Severity.values()) {
                pair(json, severity.id(), labels.severity(severity));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("statuses");
            for (FindingStatus status : FindingStatus.values()) {
                pair(json, id(status), labels.status(status));
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rules");
            for (String rule : rules.keySet()) {
                pair(json, rule, title(rule));
            }
            json.writeEndArray();
            names(json, "agencies", agencies);
            names(json, "files", files);
            names(json, "sheets", sheets);
            json.writeEndObject();
        }
    }

    /** The value a finding's status has in the data and in the status filter. */
    public static String id(FindingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The rule's title in the page's language, or its ID for a rule the catalogue does not know. */
    public String title(String rule) {
        String title = labels.ruleTitle(rule);
        return title.isEmpty() ? rule : title;
    }

    /** How many findings were written. */
    public int count() {
        return count;
    }

    /** The agency names of the findings, in order of first appearance. */
    public List<String> agencies() {
        return List.copyOf(agencies.keySet());
    }

    /** The rule IDs of the findings, in order of first appearance. */
    public List<String> rules() {
        return List.copyOf(rules.keySet());
    }

    public FindingTally tally() {
        return tally;
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    private static void pair(JsonGenerator json, String id, String text) throws IOException {
        json.writeStartArray();
        json.writeString(id);
        json.writeString(text);
        json.writeEndArray();
    }

    private static void names(JsonGenerator json, String field, Map<String, Integer> names) throws IOException {
        json.writeArrayFieldStart(field);
        for (String name : names.keySet()) {
            json.writeString(name);
        }
        json.writeEndArray();
    }

    private static int index(Map<String, Integer> dictionary, String value) {
        return dictionary.computeIfAbsent(value, v -> dictionary.size());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}

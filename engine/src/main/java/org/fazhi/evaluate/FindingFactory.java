package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.i18n.Lang;
import org.fazhi.model.Record;
import org.fazhi.model.SourceRef;
import org.fazhi.model.Values;
import org.fazhi.report.Finding;
import org.fazhi.report.Related;

/**
 * Turns what a rule reported into a finding: severity, clause and message from the catalogue,
 * the catalogue's fields with the values seen, and the message templates filled in.
 */
public final class FindingFactory {
    private final Catalogue catalogue;
    private final Parameters parameters;

    public FindingFactory(Catalogue catalogue, Parameters parameters) {
        this.catalogue = catalogue;
        this.parameters = parameters;
    }

    public Finding make(Hit hit) {
        RuleSpec rule = catalogue.require(hit.ruleId());
        Record record = hit.record();
        Map<String, String> fields = new LinkedHashMap<>();
        for (String key : rule.fields()) {
            fields.put(key, Values.canonical(record.value(key)));
        }
        fields.putAll(hit.fieldsSeen());
        List<Related> related = related(hit.members());
        return new Finding(
                rule.id(),
                rule.severity(),
                record.typeKey(),
                hit.isGroup() ? hit.groupKey() : record.getId(),
                record.getAgency(),
                record.getSource(),
                fields,
                rule.clause(),
                rule.basis(),
                fill(rule.message().zh(), hit.args(), record, rule.id(), Lang.ZH),
                fill(rule.message().en(), hit.args(), record, rule.id(), Lang.EN),
                related,
                null);
    }

    /**
     * A finding about a sheet rather than one of its records (DQ-007): no record ID or agency,
     * the sheet's header row as its source; the message names only {@code args} and parameters.
     */
    public Finding forSheet(String ruleId, String recordType, SourceRef header, Map<String, String> fields,
                            Map<String, Object> args) {
        RuleSpec rule = catalogue.require(ruleId);
        return new Finding(rule.id(), rule.severity(), recordType, null, null, header, fields, rule.clause(),
                rule.basis(), fill(rule.message().zh(), args, null, ruleId, Lang.ZH),
                fill(rule.message().en(), args, null, ruleId, Lang.EN), List.of(), null);
    }

    /**
     * A loop, not a stream: this runs for every finding, and a stream pipeline inlined into the
     * finding path makes its compiled code several times larger.
     */
    private static List<Related> related(List<Record> members) {
        if (members.isEmpty()) {
            return List.of();
        }
        List<Related> related = new ArrayList<>(members.size());
        for (Record member : members) {
            related.add(new Related(member.getId(), member.getSource()));
        }
        return Collections.unmodifiableList(related);
    }

    /**
     * Replaces each {@code {name}} by the value the rule reported under that name, else the
     * record's field of that key (when there is a record), else the parameter of that name.
     */
    String fill(String template, Map<String, Object> args, Record record, String ruleId, Lang lang) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            out.append(valueOf(template.substring(open + 1, close), args, record, ruleId, lang));
            i = close + 1;
        }
        return out.toString();
    }

    private String valueOf(String name, Map<String, Object> args, Record record, String ruleId, Lang lang) {
        if (args.containsKey(name)) {
            Object value = args.get(name);
            return value instanceof Text text ? text.in(lang) : Values.inText(value, lang);
        }
        if (record != null && record.type().hasField(name)) {
            return Values.inText(record.value(name), lang);
        }
        Parameters inForce = parameters.forRecord(record);
        if (inForce.has(name)) {
            Object value = inForce.asMap().get(name);
            return value instanceof List<?> words ? ParameterSpec.spell(words) : Values.inText(value, lang);
        }
        if (Catalogue.builtIn().rule(ruleId).isPresent()) {
            throw new IllegalStateException("message of " + ruleId + " names unknown value {" + name + "}");
        }
        // a pack's rule that does not report a value its message names: its author's to fix
        SourceRef at = record == null ? null : record.getSource();
        String where = at == null ? "?" : at.file() + (at.sheet() == null ? "" : " [" + at.sheet() + "]");
        throw new InputFailure(new InputException("pack.rule.unfilled", ruleId, name, where,
                at == null ? "?" : String.valueOf(at.row())));
    }
}

package org.fazhi.render.present;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Gate;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;

/**
 * The words and forms of one report language, the same in every format: a finding's status, a
 * severity, a record type, a rule's title, numbers, dates and ISO weeks, lists, and field names
 * and values as the model's {@code @Column} headers name them (「送达日期」2025-03-05). A Chinese
 * text made here never shows a field key.
 */
public final class Labels {
    /** The clause of the data-quality rules, and the start of their basis, as the catalogue writes it. */
    private static final String DATA_QUALITY = "数据质量";

    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final Lang lang;
    private final Catalogue catalogue;

    /** Labels of a language; the catalogue (may be null) gives rule titles. */
    public Labels(Lang lang, Catalogue catalogue) {
        this.lang = lang;
        this.catalogue = catalogue;
    }

    public Lang lang() {
        return lang;
    }

    /** A label of the messages in this language. */
    public String message(String key, Object... args) {
        return Messages.get(lang, key, args);
    }

    /** 计入 / 低于门槛，不计入 / 基线中已有，不计入 / 已豁免，不计入 (counted / below the gate / …). */
    public String status(FindingStatus status) {
        return message(status.messageKey());
    }

    /** The status of a finding in a report, under the report's gate. */
    public String status(Finding finding, Report report) {
        return status(FindingStatus.of(finding, report.summary().gate().failOn()));
    }

    /**
     * The status with what the reader needs to check it: for a waiver, its reason, who approved it
     * and until when (已豁免，不计入（理由：换证中；批准人：法制科；有效至 2026-03-31）).
     */
    public String statusDetail(Finding finding, Report report) {
        FindingStatus status = FindingStatus.of(finding, report.summary().gate().failOn());
        Suppression suppression = finding.suppression();
        if (status != FindingStatus.WAIVED || suppression == null) {
            return status(status);
        }
        return status(status) + message("present.waiver", Untrusted.line(Objects.toString(suppression.reason(), "")),
                Untrusted.line(Objects.toString(suppression.approvedBy(), "")),
                Objects.toString(suppression.expires(), ""));
    }

    /** An agency as written, or （未填写单位） / (no agency) for a record without one. */
    public String agency(String agency) {
        return agency == null || agency.isBlank() ? message("present.agency.none") : agency;
    }

    /**
     * The gate's verdict in one sentence: passed or failed at which threshold, how many counted.
     * The Chinese sentence names the threshold in words, never the command-line option.
     */
    public String verdict(Gate gate) {
        if (gate.failOn() == FailOn.NEVER) {
            return message("present.gate.never");
        }
        String threshold = message("present.gate.threshold." + gate.failOn().id());
        return message(gate.passed() ? "present.gate.passed" : "present.gate.failed", threshold, gate.counted(),
                gate.failOn().id());
    }

    /** 错误 / 警告 / 提示 (error / warning / info). */
    public String severity(Severity severity) {
        return message("render.severity." + severity.id());
    }

    /** A record type's name (行政处罚案件 / administrative penalty case); the key if unknown. */
    public String recordType(String key) {
        if (key == null) {
            return "";
        }
        return RecordTypes.byKey(key).map(t -> lang.pick(t.name(), t.nameEn())).orElse(key);
    }

    /** A rule's title from the catalogue; blank when the catalogue does not know it. */
    public String ruleTitle(String ruleId) {
        if (catalogue == null || ruleId == null) {
            return "";
        }
        return catalogue.rule(ruleId).map(RuleSpec::title).map(t -> t.in(lang)).orElse("");
    }

    /**
     * A rule's clause as the reader's language names it: the plan's clause numbers (二(四)2) are
     * the plan's own, the data-quality rules' "clause" is a word.
     */
    public String clause(String clause) {
        return DATA_QUALITY.equals(clause) ? message("present.dataQuality") : clause;
    }

    /**
     * A rule's legal basis in the reader's language where the catalogue's is a sentence of fazhi's
     * own (a data-quality rule's: 数据质量：必填字段为空); a citation of a statute stays as cited.
     */
    public String basis(String ruleId, String basis) {
        if (basis == null || !basis.startsWith(DATA_QUALITY + "：") || lang == Lang.ZH) {
            return basis;
        }
        String title = ruleTitle(ruleId);
        return message("present.dataQuality") + (title.isEmpty() ? "" : ": " + title);
    }

    /** A count with the language's thousands separator: 20,000. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(lang.locale()).format(n);
    }

    /** The items joined as the language lists them: 「甲」、「乙」 / a, b. */
    public String list(Collection<String> items) {
        return String.join(lang.pick("、", ", "), items);
    }

    /** At most {@code shown} items of a list, then how many there are in all: DQ-001、DQ-002…（共 73 条）. */
    public String shortList(List<String> items, int shown) {
        if (items.size() <= shown) {
            return list(items);
        }
        return list(items.subList(0, shown)) + Messages.get(lang, "render.list.more", items.size());
    }

    /** The separator between the parts of a sentence: ， / , . */
    public String clauseSeparator() {
        return lang.pick("，", ", ");
    }

    /**
     * A date as the reader reads it: an ISO date stays ISO (2025-03-05), an ISO week is said
     * (2024年第3周 / week 3 of 2024), anything else is shown as it is.
     */
    public String date(String value) {
        if (value == null) {
            return "";
        }
        Matcher week = ISO_WEEK.matcher(value);
        if (week.matches()) {
            return message("present.week", week.group(1), Integer.parseInt(week.group(2)));
        }
        try {
            return LocalDate.parse(value).toString();
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** A date. */
    public String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /**
     * A field's name: its header in quotes in Chinese (「送达日期」), in English its key (the model
     * has no English labels yet). The record type's field first; a field of another type (a
     * cross-record rule) is looked up in every type; an unknown key is shown as it is.
     */
    public String fieldName(String recordType, String key) {
        Optional<FieldSpec> spec = field(recordType, key);
        if (lang == Lang.EN) {
            return key;
        }
        return "「" + spec.map(FieldSpec::header).orElse(key) + "」";
    }

    /** A field with its value: 「送达日期」2025-03-05, or 「送达日期」空 when blank. */
    public String fieldValue(String recordType, String key, String value) {
        String shown = value == null || value.isBlank() ? message("present.blank") : date(value);
        return fieldName(recordType, key) + lang.pick("", ": ") + shown;
    }

    /** Every field of a finding with its value, in the finding's order, as a list. */
    public String fields(Finding finding) {
        if (finding.fields() == null || finding.fields().isEmpty()) {
            return "";
        }
        List<String> shown = new ArrayList<>();
        for (Map.Entry<String, String> field : finding.fields().entrySet()) {
            shown.add(fieldValue(finding.recordType(), field.getKey(), field.getValue()));
        }
        return list(shown);
    }

    private static Optional<FieldSpec> field(String recordType, String key) {
        Optional<FieldSpec> own = RecordTypes.byKey(recordType == null ? "" : recordType)
                .filter(t -> t.hasField(key)).map(t -> t.requireField(key));
        if (own.isPresent()) {
            return own;
        }
        for (RecordType type : RecordTypes.all()) {
            if (type.hasField(key)) {
                return Optional.of(type.requireField(key));
            }
        }
        return Optional.empty();
    }
}

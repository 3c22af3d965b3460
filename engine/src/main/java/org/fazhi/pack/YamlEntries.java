package org.fazhi.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordType;
import org.fazhi.read.Suggestion;

/**
 * The YAML entries beside a pack's {@code .drl} files, checked as the author wrote them and made the
 * catalogue's form: the record type and fields by key or Chinese name become keys, a message without
 * English uses the Chinese, and every name that is no type, field or parameter is a pack error naming
 * the file and the rule, with the closest valid name. Left to the catalogue, such a name stopped the
 * run in the engine's own words, or (in a message) failed it at the first finding.
 */
final class YamlEntries {
    private final String file;
    private final Set<String> parameters;
    private final String drlText;
    private final Problems problems;

    /**
     * @param parameters the parameters a rule may read: the built-in ones and the pack's own
     * @param drlText    the pack's DRL sources, where a value the rule reports is named in quotes
     */
    YamlEntries(String file, Set<String> parameters, String drlText, Problems problems) {
        this.file = file;
        this.parameters = parameters;
        this.drlText = drlText;
        this.problems = problems;
    }

    /** The entry in the catalogue's form, or empty when it names a record type that does not exist. */
    Optional<RuleSpec> normalised(RuleSpec rule) {
        if (blank(rule.id())) {
            problems.error(file, null, null, "pack.entry.noId");
            return Optional.empty();
        }
        if (rule.title() == null || rule.message() == null || blank(rule.title().zh()) || blank(rule.message().zh())) {
            problems.error(file, null, null, "pack.entry.blank", rule.id());
            return Optional.empty();
        }
        for (String name : rule.parameters()) {
            if (!parameters.contains(name)) {
                problems.error(file, null, null, "pack.entry.parameter", rule.id(), name,
                        closest(Suggestion.closest(name, parameters)));
            }
        }
        if (rule.appliesToAllTypes()) {
            return Optional.of(written(rule, rule.recordType(), withEnglish(rule.message()), rule.fields(),
                    rule.decidedBy(), rule.undecidedHint()));
        }
        Optional<RecordType> type = ModelNames.type(String.valueOf(rule.recordType()));
        if (type.isEmpty()) {
            problems.error(file, null, null, "pack.entry.type", rule.id(), rule.recordType(), ModelNames.typeNames());
            return Optional.empty();
        }
        RecordType t = type.get();
        List<String> decidedBy = keys(rule, t, rule.decidedBy());
        Map<String, Text> hints = new LinkedHashMap<>();
        rule.undecidedHint().forEach((name, hint) -> ModelNames.field(t, name).ifPresentOrElse(field -> {
            if (!decidedBy.contains(field.key())) {
                problems.error(file, null, null, "pack.entry.hint", rule.id(), name);
            }
            hints.put(field.key(), withEnglish(hint));
        }, () -> unknownField(rule, t, name)));
        return Optional.of(written(rule, t.key(), message(rule, t), keys(rule, t, rule.fields()), decidedBy, hints));
    }

    /** The entry with what was made of it; its title in English too, the rest as written. */
    private static RuleSpec written(RuleSpec rule, String recordType, Text message, List<String> fields,
                                    List<String> decidedBy, Map<String, Text> hints) {
        return new RuleSpec(rule.id(), rule.severity(), recordType, withEnglish(rule.title()), message, rule.clause(),
                rule.basis(), rule.quote(), fields, decidedBy, hints, rule.parameters(), rule.needsOfficers(),
                rule.examples());
    }

    private List<String> keys(RuleSpec rule, RecordType type, List<String> names) {
        List<String> keys = new ArrayList<>();
        for (String name : names) {
            ModelNames.field(type, name).ifPresentOrElse(field -> keys.add(field.key()),
                    () -> unknownField(rule, type, name));
        }
        return keys;
    }

    private void unknownField(RuleSpec rule, RecordType type, String name) {
        problems.error(file, null, null, "pack.entry.field", rule.id(), name, named(type), closest(type, name));
    }

    private Text message(RuleSpec rule, RecordType type) {
        String zh = message(rule, type, rule.message().zh());
        return new Text(zh, blank(rule.message().en()) ? zh : message(rule, type, rule.message().en()));
    }

    private String message(RuleSpec rule, RecordType type, String text) {
        return Placeholders.inKeys(text, type, name -> parameters.contains(name) || drlText.contains('"' + name + '"'),
                field -> { }, name -> problems.error(file, null, null, "pack.entry.placeholder", rule.id(), name,
                        named(type), closest(type, name)));
    }

    private static Text closest(RecordType type, String name) {
        return closest(ModelNames.closestFieldSpec(type, name).map(f -> f.header() + " (" + f.key() + ")"));
    }

    /** "The closest is …", or nothing when no valid name is close. */
    private static Text closest(Optional<String> name) {
        return name.map(n -> new Text(Messages.get(Lang.ZH, "pack.entry.closest", n),
                Messages.get(Lang.EN, "pack.entry.closest", n))).orElse(new Text("", ""));
    }

    private static Text named(RecordType type) {
        return new Text(type.name(), type.nameEn());
    }

    private static Text withEnglish(Text text) {
        return new Text(text.zh(), english(text));
    }

    private static String english(Text text) {
        return blank(text.en()) ? text.zh() : text.en();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

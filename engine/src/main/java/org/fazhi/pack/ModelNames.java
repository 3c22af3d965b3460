package org.fazhi.pack;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.fazhi.model.Column;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.CellValues;

/**
 * The record model as an author names it: a record type by its key or any of its Chinese names,
 * a field by its key or its Chinese header (with or without the unit), and the Java names
 * Drools needs for them. Read from the model's own metadata, so new types and fields need no
 * change here.
 */
final class ModelNames {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private ModelNames() {
    }

    /** The record type of this name (key, Chinese name, alias, or the Java class's simple name). */
    static Optional<RecordType> type(String name) {
        String wanted = CellValues.header(name);
        for (RecordType type : RecordTypes.all()) {
            if (type.recordClass().getSimpleName().equals(name.strip())) {
                return Optional.of(type);
            }
            for (String alias : type.sheetNames()) {
                if (CellValues.header(alias).equals(wanted)) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** The field of this type named by key, Chinese header or Java property name. */
    static Optional<FieldSpec> field(RecordType type, String name) {
        String wanted = CellValues.header(name);
        for (FieldSpec field : type.fields()) {
            if (field.key().equals(name.strip()) || CellValues.header(field.header()).equals(wanted)
                    || javaName(type, field).equals(name.strip())) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The name Drools reads the field by: the Java property of the record class. */
    static String javaName(RecordType type, FieldSpec spec) {
        return Java.NAMES.get(type).get(spec.key());
    }

    /** The closest Chinese header of the type to a misspelt name, if one is close. */
    static Optional<String> closestField(RecordType type, String name) {
        return closestFieldSpec(type, name).map(FieldSpec::header);
    }

    /** The field of the type whose header or key is closest to a misspelt name, if one is close. */
    static Optional<FieldSpec> closestFieldSpec(RecordType type, String name) {
        String wanted = CellValues.header(name);
        FieldSpec best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (FieldSpec field : type.fields()) {
            for (String candidate : List.of(field.header(), field.key())) {
                String compared = CellValues.header(candidate);
                int d = DISTANCE.apply(wanted, compared);
                if (compared.contains(wanted) || wanted.contains(compared)) {
                    d = Math.min(d < 0 ? 1 : d, 1);
                }
                if (d >= 0 && d < bestDistance) {
                    bestDistance = d;
                    best = field;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every type's Chinese name, for a message listing what is accepted. */
    static String typeNames() {
        List<String> names = new ArrayList<>();
        RecordTypes.all().forEach(t -> names.add(t.name() + " (" + t.key() + ")"));
        return String.join("、", names);
    }

    /** Field key → Java field name of every type, read once from the {@link Column} annotations. */
    private static final class Java {
        static final Map<RecordType, Map<String, String>> NAMES = names();

        private static Map<RecordType, Map<String, String>> names() {
            Map<RecordType, Map<String, String>> all = new HashMap<>();
            for (RecordType type : RecordTypes.all()) {
                Map<String, String> byKey = new HashMap<>();
                for (Field field : type.recordClass().getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (column != null) {
                        byKey.put(column.key(), field.getName());
                    }
                }
                all.put(type, byKey);
            }
            return all;
        }
    }
}

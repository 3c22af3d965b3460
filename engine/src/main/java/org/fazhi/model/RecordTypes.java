package org.fazhi.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The nine record types of records.md, in the order records.md lists them. */
public final class RecordTypes {
    private static final List<RecordType> ALL = List.of(
            new RecordType(Decision.class),
            new RecordType(PenaltyCase.class),
            new RecordType(Officer.class),
            new RecordType(NormativeDocument.class),
            new RecordType(Inspection.class),
            new RecordType(Litigation.class),
            new RecordType(Reconsideration.class),
            new RecordType(Suggestion.class),
            new RecordType(Agency.class));
    private static final Map<String, RecordType> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(RecordType::key, Function.identity()));
    private static final Map<Class<?>, RecordType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(RecordType::recordClass, Function.identity()));

    private RecordTypes() {
    }

    public static List<RecordType> all() {
        return ALL;
    }

    public static Optional<RecordType> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    public static RecordType of(Class<? extends Record> recordClass) {
        RecordType type = BY_CLASS.get(recordClass);
        if (type == null) {
            throw new IllegalArgumentException("not a record type: " + recordClass);
        }
        return type;
    }

    /** Position in records.md order, for stable ordering of per-type summaries. */
    public static int order(String key) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).key().equals(key)) {
                return i;
            }
        }
        return ALL.size();
    }

    public static List<String> keys() {
        return ALL.stream().map(RecordType::key).toList();
    }
}

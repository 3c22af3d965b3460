package org.fazhi.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.Record;

/**
 * What a rule reports: the rule ID, the record it is about and the values its message names
 * beyond the record's own fields. A cross-record rule reports its group key and members.
 *
 * @param ruleId     the public rule ID (e.g. {@code DEC-001})
 * @param record     the record the finding is about (for a group: its first member)
 * @param args       named values for the message (e.g. the missing review aspects); a
 *                   {@link org.fazhi.catalogue.Text} value is written in the message's language
 * @param fieldsSeen field key → value as seen, shown besides the catalogue's fields (null = blank);
 *                   the data-quality checks use it for the cell they are about
 * @param groupKey   the group's identifier for a cross-record rule, else null
 * @param members    the group's members for a cross-record rule, else empty
 */
public record Hit(String ruleId, Record record, Map<String, Object> args, Map<String, String> fieldsSeen,
                  String groupKey, List<Record> members) {

    public Hit {
        args = Map.copyOf(args);
        fieldsSeen = Collections.unmodifiableMap(new LinkedHashMap<>(fieldsSeen));
        members = List.copyOf(members);
    }

    /** A finding on one record. */
    public static Hit on(String ruleId, Record record, Map<String, Object> args) {
        return new Hit(ruleId, record, args, Map.of(), null, List.of());
    }

    public boolean isGroup() {
        return groupKey != null;
    }
}

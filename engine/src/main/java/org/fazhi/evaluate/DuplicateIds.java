package org.fazhi.evaluate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Text;
import org.fazhi.model.Record;
import org.fazhi.model.SourceRef;

/**
 * DQ-003: a record whose identifier an earlier record of its type already used, naming where it
 * was first used. "Earlier" is reading order (files in the order given, sheets in workbook order,
 * rows top to bottom), so records can be checked one at a time as they are read. Holds one entry
 * per distinct identifier.
 */
final class DuplicateIds {
    static final String RULE = "DQ-003";

    private final Map<String, SourceRef> first = new HashMap<>();

    /** The DQ-003 hit for this record, or null when its identifier is new (or blank). */
    Hit check(Record record) {
        String id = record.getId();
        if (id == null) {
            return null;
        }
        SourceRef earlier = first.putIfAbsent(record.typeKey() + '\u0000' + id, record.getSource());
        if (earlier == null) {
            return null;
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("id", id);
        args.put("first_row", earlier.row());
        args.put("first_source", earlier.toString());
        args.put("first_place", place(earlier));
        Map<String, String> seen = Map.of(record.type().idField().key(), id);
        return new Hit(RULE, record, args, seen, null, List.of());
    }

    /** Where a record is, in words: {@code cases.xlsx [执法案件] 第3行} / {@code cases.xlsx [执法案件] row 3}. */
    private static Text place(SourceRef source) {
        String where = source.sheet() == null ? source.file() : source.file() + " [" + source.sheet() + "]";
        return new Text(where + " 第" + source.row() + "行", where + " row " + source.row());
    }
}

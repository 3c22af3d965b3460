package org.fazhi.evaluate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Text;
import org.fazhi.model.Record;
import org.fazhi.model.Values;

/**
 * The global {@code hits} through which rules report. One collector serves one session, so it
 * needs no locking.
 */
public final class HitCollector {
    private static final Text AS_OF = new Text("检查基准日", "as-of date");
    private final List<Hit> hits = new ArrayList<>();
    private final List<Record> retained = new ArrayList<>();

    /** The rule found a violation on this record. */
    public void add(String ruleId, Record record) {
        hits.add(Hit.on(ruleId, record, Map.of()));
    }

    /** The rule found a violation on this record; {@code name} = {@code value} is named in the message. */
    public void add(String ruleId, Record record, String name, Object value) {
        hits.add(Hit.on(ruleId, record, args(name, value)));
    }

    /** The rule found a violation on this record; the message names two extra values. */
    public void add(String ruleId, Record record, String name1, Object value1, String name2, Object value2) {
        Map<String, Object> args = args(name1, value1);
        args.putAll(args(name2, value2));
        hits.add(Hit.on(ruleId, record, args));
    }

    /**
     * The rule found a violation on this record; the message names every value of {@code args}
     * (name → value, in order; null values are left out, so such a name falls back to the
     * record's field or a parameter).
     */
    public void addWith(String ruleId, Record record, Map<String, ?> args) {
        hits.add(Hit.on(ruleId, record, nonNull(args)));
    }

    /**
     * The rule found a problem with one field's value (e.g. one certificate number of a set):
     * the message names the field as {@code {field}} and the value as {@code {value}}.
     */
    public void addField(String ruleId, Record record, String key, Object value) {
        Map<String, Object> args = new LinkedHashMap<>();
        putField(args, "field", record, key, value);
        args.put("value", value);
        Map<String, String> seen = new LinkedHashMap<>();
        seen.put(key, Values.canonical(value));
        hits.add(new Hit(ruleId, record, args, seen, null, List.of()));
    }

    /**
     * Two dates of a record are in an impossible order: {@code laterKey}'s date is after
     * {@code earlierKey}'s although it should not be. The finding shows both fields.
     */
    public void addDates(String ruleId, Record record, String laterKey, String earlierKey) {
        Map<String, Object> args = new LinkedHashMap<>();
        putField(args, "later", record, laterKey, record.value(laterKey));
        putField(args, "earlier", record, earlierKey, record.value(earlierKey));
        hits.add(new Hit(ruleId, record, args, seen(record, laterKey, earlierKey), null, List.of()));
    }

    /** A date of the record is after the as-of date of the run. */
    public void addAfterAsOf(String ruleId, Record record, String key, LocalDate asOf) {
        Map<String, Object> args = new LinkedHashMap<>();
        putField(args, "later", record, key, record.value(key));
        args.put("earlier", AS_OF);
        args.put("earlier_value", asOf);
        hits.add(new Hit(ruleId, record, args, seen(record, key), null, List.of()));
    }

    /**
     * A cross-record rule found a group of records that together violate it. Members are kept in
     * source order so that the finding does not depend on the order rows were evaluated in.
     */
    public void addGroup(String ruleId, String groupKey, List<? extends Record> members, String name, Object value) {
        List<Record> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Record::getSource));
        hits.add(new Hit(ruleId, sorted.get(0), args(name, value), Map.of(), groupKey, sorted));
    }

    /** As {@link #addGroup(String, String, List, String, Object)}, naming several values in the message. */
    public void addGroup(String ruleId, String groupKey, List<? extends Record> members, Map<String, ?> args) {
        List<Record> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(Record::getSource));
        hits.add(new Hit(ruleId, sorted.get(0), nonNull(args), Map.of(), groupKey, sorted));
    }

    public List<Hit> hits() {
        return hits;
    }

    /**
     * Keeps a record for the cross-record rules (those marked {@code @crossRecord}): when records
     * are evaluated in batches as they are read, a rule that can only be decided over a whole group
     * runs at the end, over the records that a per-record rule retained for it.
     */
    public void retain(Record record) {
        retained.add(record);
    }

    /**
     * Keeps a lean copy of a record for the cross-record rules: its source, identifier and agency
     * and only the fields named, which must be all that the cross-record rule and its finding
     * (fields shown, message) read. Candidates can be a large share of the rows, and a copy of
     * a few fields holds a fraction of the memory of the whole row.
     */
    public void retain(Record record, String... keys) {
        retained.add(record.type().copyOf(record, List.of(keys)));
    }

    public List<Record> retained() {
        return retained;
    }

    private static void putField(Map<String, Object> args, String name, Record record, String key, Object value) {
        args.put(name, new Text(record.type().requireField(key).header(), key));
        if (value != null) {
            args.put(name + "_value", value);
        }
    }

    private static Map<String, String> seen(Record record, String... keys) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String key : keys) {
            seen.put(key, Values.canonical(record.value(key)));
        }
        return seen;
    }

    private static Map<String, Object> nonNull(Map<String, ?> args) {
        Map<String, Object> copy = new LinkedHashMap<>();
        args.forEach((name, value) -> {
            if (value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }

    private static Map<String, Object> args(String name, Object value) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (value != null) {
            args.put(name, value);
        }
        return args;
    }
}

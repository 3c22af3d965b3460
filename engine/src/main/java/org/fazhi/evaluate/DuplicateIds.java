package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Text;
import org.fazhi.model.Record;
import org.fazhi.model.SourceRef;
import org.fazhi.read.Identifiers;

/**
 * DQ-003: a record whose identifier an earlier record of its type already used, naming where it
 * was first used. "Earlier" is reading order (files in the order given, sheets in workbook order,
 * rows top to bottom), so records can be checked one at a time as they are read.
 *
 * <p>A province's export has millions of identifiers, so they are not kept as strings: each is
 * remembered by a 64-bit fingerprint of its type and text, with where it was first seen packed
 * into a long, in an open-addressing table (16 bytes an entry). Two different identifiers share a
 * fingerprint with a chance of about n²/2⁶⁵ — for ten million identifiers, one in 370,000 runs.
 */
final class DuplicateIds {
    static final String RULE = "DQ-003";
    private static final long EMPTY = 0L;

    /** The distinct (file, sheet) pairs seen, so a place packs into (pair index, row). */
    private final List<SourceRef> sheets = new ArrayList<>();
    private final Map<String, Integer> sheetIndex = new HashMap<>();
    /**
     * The pair of the record before. Records come sheet by sheet, and the records of one sheet
     * share its name strings, so the same strings mean the same pair without a lookup; equal
     * strings from elsewhere take the lookup.
     */
    private SourceRef lastSheet;
    private int lastSheetIndex;
    /**
     * Slot i holds its key at 2i and its place at 2i + 1: a probe of a table far larger than the
     * processor's caches then misses once, not once for each of two arrays.
     */
    private long[] slots = new long[2 << 12];
    private int size;

    /** The DQ-003 hit for this record, or null when its identifier is new (or blank). */
    Hit check(Record record) {
        String id = record.getId();
        if (id == null) {
            return null;
        }
        // compared folded (ＷＨ－００６ = WH-006), reported as written
        long earlier = putIfAbsent(fingerprint(record.typeKey(), Identifiers.key(id)), pack(record.getSource()));
        if (earlier == EMPTY) {
            return null;
        }
        return repeated(record, unpack(earlier));
    }

    /**
     * The identity two records share when one repeats the other's identifier: the type and the
     * identifier folded; null for a blank identifier.
     */
    static String identity(Record record) {
        String id = record.getId();
        return id == null ? null : record.typeKey() + '\u0000' + Identifiers.key(id);
    }

    /** The DQ-003 hit for a record whose identifier the record at {@code first} used before it. */
    static Hit repeated(Record record, SourceRef first) {
        String id = record.getId();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("id", id);
        args.put("first_row", first.row());
        args.put("first_source", first.toString());
        args.put("first_place", place(first));
        Map<String, String> seen = Map.of(record.type().idField().key(), id);
        return new Hit(RULE, record, args, seen, null, List.of());
    }

    /**
     * FNV-1a over the type, a separator and the identifier, as UTF-16 code units (two octets
     * each), without building the joined text; never 0, which marks a free slot.
     */
    static long fingerprint(String type, String id) {
        long hash = mix(0xcbf29ce484222325L, type);
        hash = octet(octet(hash, 0), 0);
        hash = mix(hash, id);
        return hash == EMPTY ? 1 : hash;
    }

    private static long mix(long hash, String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            hash = octet(octet(hash, c & 0xff), c >>> 8);
        }
        return hash;
    }

    private static long octet(long hash, int octet) {
        return (hash ^ octet) * 0x100000001b3L;
    }

    /** Stores the place for a new key and returns 0, or returns the place stored for the key. */
    private long putIfAbsent(long key, long place) {
        int capacity = slots.length / 2;
        if (size * 2 >= capacity) {
            grow();
            capacity = slots.length / 2;
        }
        int mask = capacity - 1;
        int slot = (int) (spread(key) & mask);
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == key) {
                return slots[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = place;
        size++;
        return EMPTY;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                putIfAbsent(old[i], old[i + 1]);
            }
        }
    }

    private static long spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 32);
    }

    /** (sheet index + 1, row): never 0, so a stored place is never taken for a free slot. */
    private long pack(SourceRef source) {
        if (lastSheet == null || source.file() != lastSheet.file() || source.sheet() != lastSheet.sheet()) {
            String sheetKey = source.file() + '\u0000' + source.sheet();
            Integer index = sheetIndex.get(sheetKey);
            if (index == null) {
                index = sheets.size();
                sheets.add(source);
                sheetIndex.put(sheetKey, index);
            }
            lastSheet = source;
            lastSheetIndex = index;
        }
        return ((long) (lastSheetIndex + 1) << 32) | (source.row() & 0xffffffffL);
    }

    private SourceRef unpack(long place) {
        SourceRef sheet = sheets.get((int) (place >>> 32) - 1);
        return new SourceRef(sheet.file(), sheet.sheet(), (int) place);
    }

    /** Where a record is, in words: {@code cases.xlsx [执法案件] 第3行} / {@code cases.xlsx [执法案件] row 3}. */
    private static Text place(SourceRef source) {
        String where = source.sheet() == null ? source.file() : source.file() + " [" + source.sheet() + "]";
        return new Text(where + " 第" + source.row() + "行", where + " row " + source.row());
    }
}

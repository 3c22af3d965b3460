package org.fazhi.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * The names the reader knows, built-in plus mapping: sheet names per record type and header
 * spellings per field, all in their compared form ({@link Text#name}, {@link Text#header}).
 */
final class TypeCatalog {
    /** Fewest matching headers for a header row. */
    static final int HEADER_MIN = 2;
    /** Fewest matching headers to recognise a type by its headers alone. */
    static final int DETECT_MIN = 3;

    private final Mapping mapping;
    /** Compared sheet name → types that use it. */
    private final Map<String, List<RecordType>> sheetNames = new HashMap<>();
    private final Map<RecordType, Map<String, FieldSpec>> headers = new LinkedHashMap<>();

    TypeCatalog(Mapping mapping) {
        this.mapping = mapping;
        for (RecordType type : RecordTypes.all()) {
            List<String> names = new ArrayList<>(type.sheetNames());
            names.addAll(mapping.sheets(type.key()));
            for (String name : names) {
                List<RecordType> users = sheetNames.computeIfAbsent(Text.name(name), k -> new ArrayList<>(1));
                if (!users.contains(type)) {
                    users.add(type);
                }
            }
            Map<String, FieldSpec> byHeader = new HashMap<>();
            for (FieldSpec field : type.fields()) {
                byHeader.put(Text.header(field.key()), field);
                byHeader.put(Text.header(field.header()), field);
            }
            for (Map.Entry<String, String> column : mapping.columns(type.key()).entrySet()) {
                byHeader.put(Text.header(column.getKey()), type.field(column.getValue()).orElseThrow());
            }
            headers.put(type, byHeader);
        }
    }

    Mapping mapping() {
        return mapping;
    }

    /**
     * The type a sheet name (or CSV file stem) names: an exact match of a name or alias; else
     * the type of the longest alias the name contains, when only one type has an alias that long.
     * Null when neither decides.
     */
    RecordType byName(String sheetName) {
        String name = Text.name(sheetName);
        List<RecordType> exact = sheetNames.get(name);
        if (exact != null && exact.size() == 1) {
            return exact.get(0);
        }
        if (exact != null) {
            return null;
        }
        int best = 0;
        RecordType found = null;
        boolean tie = false;
        for (Map.Entry<String, List<RecordType>> alias : sheetNames.entrySet()) {
            String a = alias.getKey();
            if (a.isEmpty() || a.length() < best || !name.contains(a)) {
                continue;
            }
            for (RecordType type : alias.getValue()) {
                if (a.length() > best) {
                    best = a.length();
                    found = type;
                    tie = alias.getValue().size() > 1;
                } else if (type != found) {
                    tie = true;
                }
            }
        }
        return tie ? null : found;
    }

    /**
     * Whether a sheet name (or file stem) is exactly a name, alias or mapping sheet of a type:
     * such a sheet must hold that type, while one recognised only by a name it contains or by
     * its headers may be something else (a 案件统计 summary sheet).
     */
    boolean isExactName(String sheetName) {
        return sheetName != null && sheetNames.containsKey(Text.name(sheetName));
    }

    /** Whether a header names a column of row numbers (序号, No., 行号), which is no field. */
    static boolean isRowNumber(String header) {
        return switch (Text.header(header)) {
            case "序号", "行号", "no", "no." -> true;
            default -> false;
        };
    }

    /** The field a header names in a type, or null. */
    FieldSpec field(RecordType type, String header) {
        if (header == null) {
            return null;
        }
        return headers.get(type).get(Text.header(header));
    }

    /** How many different fields of the type a row's cells name. */
    int matches(RecordType type, RowView row) {
        Map<String, FieldSpec> byHeader = headers.get(type);
        java.util.Set<FieldSpec> seen = new java.util.HashSet<>();
        for (int c = 0, n = row.width(); c < n; c++) {
            if (row.kind(c) == RowView.CellKind.TEXT) {
                FieldSpec f = byHeader.get(Text.header(row.text(c)));
                if (f != null) {
                    seen.add(f);
                }
            }
        }
        return seen.size();
    }

    /** Whether the row has the identifier header of the type. */
    boolean hasId(RecordType type, RowView row) {
        FieldSpec id = type.idField();
        for (int c = 0, n = row.width(); c < n; c++) {
            if (row.kind(c) == RowView.CellKind.TEXT && field(type, row.text(c)) == id) {
                return true;
            }
        }
        return false;
    }

    /** Fields with their accepted spellings, as a message about missing columns lists them. */
    String listing(RecordType type, List<FieldSpec> fields) {
        List<String> each = new ArrayList<>();
        for (FieldSpec field : fields) {
            each.add("「" + field.header() + "」(" + String.join(" / ", spellings(type, field)) + ")");
        }
        return String.join("、", each);
    }

    /** The accepted header spellings of a field, for messages. */
    List<String> spellings(RecordType type, FieldSpec field) {
        List<String> out = new ArrayList<>();
        out.add(field.header());
        out.add(field.key());
        for (Map.Entry<String, String> column : mapping.columns(type.key()).entrySet()) {
            if (column.getValue().equals(field.key())) {
                out.add(column.getKey());
            }
        }
        return out;
    }
}

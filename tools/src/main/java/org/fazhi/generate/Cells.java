package org.fazhi.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.RecordType;

/** One row of a record type under construction: cells by canonical key, in the declared column order. */
final class Cells {
    private final RecordType type;
    private final Map<String, Integer> index = new HashMap<>();
    private final Object[] cells;

    Cells(RecordType type) {
        this.type = type;
        List<FieldSpec> fields = type.fields();
        for (int i = 0; i < fields.size(); i++) {
            index.put(fields.get(i).key(), i);
        }
        this.cells = new Object[fields.size()];
    }

    List<String> headers() {
        return type.fields().stream().map(FieldSpec::header).toList();
    }

    RecordType type() {
        return type;
    }

    void clear() {
        Arrays.fill(cells, null);
    }

    Cells put(String key, Object value) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException(type.key() + " has no field " + key);
        }
        cells[i] = value;
        return this;
    }

    /** The cells; the array is reused for the next row. */
    Object[] cells() {
        return cells;
    }

    /** A cell as text, for the formats that hold only text: a date as ISO, a number without exponent. */
    static String text(Object cell) {
        return cell instanceof LocalDate date ? Speller.iso(date)
                : cell instanceof BigDecimal number ? number.toPlainString() : cell.toString();
    }
}

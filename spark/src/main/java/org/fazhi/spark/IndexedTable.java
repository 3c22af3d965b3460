package org.fazhi.spark;

import java.io.Serializable;
import java.util.List;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.TableInput;

/**
 * A table of the run as its tasks need it: its place among the run's inputs, how findings name
 * it, its record type and the columns its rows hold from {@code firstCell} on (a row key, when
 * the rows are numbered by one, comes before them).
 *
 * @param order     the table's place among the run's inputs (after every file)
 * @param table     how findings name the table
 * @param type      its record type key
 * @param columns   the column names its cells are bound by, in the rows' order
 * @param firstCell the index in a row of the first of {@code columns}
 * @param format    the table's format, as the report's inputs name it
 */
record IndexedTable(int order, String table, String type, List<String> columns, int firstCell, String format)
        implements Serializable {

    IndexedTable {
        columns = List.copyOf(columns);
    }

    /** The table's columns bound to its fields, with the run's mapping. */
    TableInput bind(Setup setup) {
        try {
            return TableInput.bind(setup.mapping(), table, RecordTypes.byKey(type).orElseThrow(), columns);
        } catch (InputException e) {
            throw new InputFailure(e);
        }
    }
}

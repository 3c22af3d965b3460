package org.fazhi.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.error.InputException;

/**
 * The tables a run reads besides its files, and how their rows are numbered.
 *
 * @param tables  the tables, in the order given
 * @param rowKeys per record type key, the integer column whose value numbers a table's rows
 *                (absent: rows are numbered in the order of their identifiers)
 * @param jdbc    the database of the JDBC tables
 */
record TableOptions(List<TableSource> tables, Map<String, String> rowKeys, TableSource.Jdbc jdbc) {

    TableOptions {
        tables = List.copyOf(tables);
        rowKeys = Map.copyOf(rowKeys);
    }

    static TableOptions none() {
        return new TableOptions(List.of(), Map.of(), new TableSource.Jdbc(null, null, null));
    }

    /**
     * The options as given on the command line: {@code TYPE=…} values, the files' tables first;
     * {@code partitions} says how the JDBC tables of a type are split ({@code --jdbc-partitions}).
     */
    static TableOptions of(List<String> files, String format, List<String> jdbcTables, List<String> partitions,
                           List<String> rowKeys, TableSource.Jdbc jdbc) throws InputException {
        Map<String, JdbcPartitioning> splits = new HashMap<>();
        // per type, the value as given, until a database table of the type takes it
        Map<String, String> untaken = new LinkedHashMap<>();
        for (String option : partitions) {
            Map.Entry<String, JdbcPartitioning> split = JdbcPartitioning.of(option);
            splits.put(split.getKey(), split.getValue());
            untaken.put(split.getKey(), option);
        }
        List<TableSource> tables = new ArrayList<>();
        for (String table : files) {
            tables.add(TableSource.file(table, format));
        }
        for (String table : jdbcTables) {
            TableSource source = TableSource.jdbc(table);
            JdbcPartitioning by = splits.get(source.type());
            tables.add(by == null ? source : source.partitioned(by));
            untaken.remove(source.type());
        }
        if (!untaken.isEmpty()) {
            throw new InputException("spark.table.partitionsNoTable", untaken.values().iterator().next());
        }
        Map<String, String> keys = new HashMap<>();
        for (String key : rowKeys) {
            String[] typed = TableSource.typed(key);
            keys.put(typed[0], typed[1]);
        }
        return new TableOptions(tables, keys, jdbc);
    }
}

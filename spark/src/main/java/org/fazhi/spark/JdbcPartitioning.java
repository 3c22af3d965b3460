package org.fazhi.spark;

import java.math.BigDecimal;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.fazhi.error.InputException;

/**
 * {@code --jdbc-partitions TYPE=COLUMN:N}: the JDBC tables of a record type read by N tasks at
 * once, each a range of an integer column (a key), where Spark would otherwise read a table in
 * one query and one task. The ranges span the column's smallest to largest value, asked of the
 * database first; rows outside them or with no value are read by the first and last task, so
 * every row is read once whatever the column holds. Rows are numbered as before (by identifier,
 * or by {@code --row-key}), so the partitioning does not change a finding.
 *
 * @param column the integer column, as the table names it
 * @param parts  how many ranges, at least 2
 */
record JdbcPartitioning(String column, int parts) {

    /** A {@code --jdbc-partitions} value: the record type's key and how its tables are split. */
    static Map.Entry<String, JdbcPartitioning> of(String option) throws InputException {
        String[] typed = TableSource.typed(option);
        String value = typed[1];
        int colon = value.lastIndexOf(':');
        int parts = -1;
        if (colon > 0) {
            try {
                parts = Integer.parseInt(value.substring(colon + 1).trim());
            } catch (NumberFormatException e) {
                // not a number of parts: refused below
            }
        }
        if (parts < 2) {
            throw new InputException("spark.table.partitionsValue", option);
        }
        return Map.entry(typed[0], new JdbcPartitioning(value.substring(0, colon).trim(), parts));
    }

    /**
     * The table read in ranges of the column; {@code whole}, the table as loaded in one part,
     * when it holds no row (no range to split).
     */
    Dataset<Row> load(SparkSession spark, TableSource.Jdbc jdbc, String table, Dataset<Row> whole)
            throws InputException {
        if (!TableRows.isInteger(whole, column)) {
            throw new InputException("spark.table.partitionColumn", table, column);
        }
        String quoted = JdbcDialects.get(jdbc.url()).quoteIdentifier(column);
        Row bounds = TableSource.jdbcReader(spark, jdbc)
                .option("query", "SELECT MIN(" + quoted + ") AS lo, MAX(" + quoted + ") AS hi FROM " + table)
                .load().first();
        if (bounds.isNullAt(0)) {
            return whole;
        }
        return TableSource.jdbcReader(spark, jdbc).option("dbtable", table).option("partitionColumn", column)
                .option("lowerBound", asLong(bounds.get(0))).option("upperBound", asLong(bounds.get(1)))
                .option("numPartitions", parts).load();
    }

    private static long asLong(Object value) {
        return value instanceof BigDecimal decimal ? decimal.longValueExact() : ((Number) value).longValue();
    }
}

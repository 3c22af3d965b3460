package org.fazhi.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.fazhi.error.InputException;
import org.fazhi.error.InputFailure;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.TableInput;
import scala.Tuple2;

/**
 * A table loaded for a run, on the driver: its columns bound (a missing required column fails
 * the run here, before any task), its rows numbered and kept by Spark for the run's passes over
 * them (officers, identifiers, evaluation).
 *
 * <p>A row's number is what findings name it by, and what decides which of two rows with the
 * same identifier is the repeat (DQ-003). Row order in a distributed table is not stable — it
 * changes with the files' sizes, the partitions and the database's plan — so rows are numbered
 * in the order of the record's identifier (then of the row's other cells, so that the numbering
 * is the same on every run), or, with {@code --row-key}, by an integer column of the table's
 * own: a database's key, or the line a record had in the export it was loaded from.
 */
final class TableRows {
    private final IndexedTable table;
    private final JavaRDD<Tuple2<Integer, Row>> numbered;
    private final boolean whole;

    private TableRows(IndexedTable table, JavaRDD<Tuple2<Integer, Row>> numbered, boolean whole) {
        this.table = table;
        this.numbered = numbered;
        this.whole = whole;
    }

    static TableRows load(SparkSession spark, Setup setup, TableOptions options, TableSource source, int order)
            throws InputException {
        Dataset<Row> data = source.load(spark, options.jdbc());
        String rowKey = options.rowKeys().get(source.type());
        List<String> columns = new ArrayList<>(Arrays.asList(data.columns()));
        if (rowKey != null && !isInteger(data, rowKey)) {
            throw new InputException("spark.table.rowKey", source.name(), rowKey);
        }
        columns.remove(rowKey);
        TableInput input = TableInput.bind(setup.mapping(), source.name(),
                RecordTypes.byKey(source.type()).orElseThrow(), columns);
        List<Column> cells = columns.stream().map(name -> data.col(quoted(name))).toList();
        JavaRDD<Tuple2<Integer, Row>> numbered;
        IndexedTable table;
        if (rowKey != null) {
            List<Column> keyed = new ArrayList<>();
            keyed.add(data.col(quoted(rowKey)));
            keyed.addAll(cells);
            table = new IndexedTable(order, source.name(), source.type(), columns, 1, source.format());
            String shown = source.name();
            numbered = data.select(keyed.toArray(new Column[0])).javaRDD()
                    .map(row -> new Tuple2<>(rowNumber(row, shown, rowKey), row));
        } else {
            List<Column> sort = new ArrayList<>();
            sort.add(data.col(quoted(input.idColumn())));
            cells.forEach(cell -> sort.add(cell.cast(DataTypes.StringType)));
            table = new IndexedTable(order, source.name(), source.type(), columns, 0, source.format());
            numbered = data.select(cells.toArray(new Column[0])).sort(sort.toArray(new Column[0])).javaRDD()
                    .zipWithIndex()
                    .map(row -> new Tuple2<>(Math.toIntExact(row._2() + 1), row._1()));
        }
        return new TableRows(table, numbered.persist(StorageLevel.MEMORY_AND_DISK()), !input.hasEveryField());
    }

    IndexedTable table() {
        return table;
    }

    /** The numbered rows, for a pass that reads them part by part. */
    JavaRDD<Tuple2<Integer, Row>> rows() {
        return numbered;
    }

    /**
     * The numbered rows for the evaluation: all in one task when the table lacks a column of
     * its type, so that DQ-007 counts the table's records as a whole, as it counts a sheet's.
     */
    JavaRDD<Tuple2<Integer, Row>> forEvaluation() {
        return whole ? numbered.coalesce(1) : numbered;
    }

    void release() {
        numbered.unpersist();
    }

    /** Whether the table has the column and its values are whole numbers. */
    static boolean isInteger(Dataset<Row> data, String column) {
        for (StructField field : data.schema().fields()) {
            if (field.name().equals(column)) {
                DataType type = field.dataType();
                return type == DataTypes.IntegerType || type == DataTypes.LongType || type == DataTypes.ShortType
                        || type == DataTypes.ByteType || type instanceof DecimalType d && d.scale() == 0;
            }
        }
        return false;
    }

    /** The row's key as its number; a blank key or one beyond a row number's range is the error it is. */
    private static int rowNumber(Row row, String table, String rowKey) {
        Object key = row.get(0);
        long value = key instanceof Number number ? number.longValue() : -1;
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new InputFailure(new InputException("spark.table.rowKeyValue", table, rowKey));
        }
        return (int) value;
    }

    /** A column name as Spark resolves it literally, dots and all. */
    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}

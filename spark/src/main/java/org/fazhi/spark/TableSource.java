package org.fazhi.spark;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.fazhi.error.InputException;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * A table of one record type given on the command line, its columns named by field: {@code
 * --table TYPE=PATH}, a Parquet or JSON-lines table anywhere Spark reads (a file, a directory of
 * part files, {@code hdfs://}, {@code s3a://}), or {@code --jdbc-table TYPE=TABLE}, a table (or a
 * parenthesised query with an alias) of the database at {@code --jdbc-url}.
 *
 * @param type   the record type key
 * @param name   how findings name the table: the path or table as given
 * @param format {@code parquet}, {@code json} or {@code jdbc}
 */
record TableSource(String type, String name, String format, JdbcPartitioning partitioning) {
    static final String PARQUET = "parquet";
    static final String JSON = "json";
    static final String JDBC = "jdbc";

    /** A table read in one part. */
    TableSource(String type, String name, String format) {
        this(type, name, format, null);
    }

    /** The same table read in ranges of a column ({@code --jdbc-partitions}). */
    TableSource partitioned(JdbcPartitioning by) {
        return new TableSource(type, name, format, by);
    }

    /**
     * A {@code --table} value; its format as {@code --table-format} says, or, when it says
     * nothing, JSON for a name ending in {@code .json}, {@code .jsonl} or {@code .ndjson} and
     * Parquet for any other.
     */
    static TableSource file(String option, String format) throws InputException {
        String[] parts = typed(option);
        String name = parts[1];
        String lower = name.toLowerCase(Locale.ROOT);
        String told = format != null ? format.trim().toLowerCase(Locale.ROOT)
                : lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson") ? JSON : PARQUET;
        return new TableSource(parts[0], name, told);
    }

    /** A {@code --jdbc-table} value. */
    static TableSource jdbc(String option) throws InputException {
        String[] parts = typed(option);
        return new TableSource(parts[0], parts[1], JDBC);
    }

    /** The table as a Spark data set; {@code jdbc} is the database of a JDBC table. */
    Dataset<Row> load(SparkSession spark, Jdbc jdbc) throws InputException {
        if (format.equals(JDBC) && jdbc.url() == null) {
            throw new InputException("spark.table.noUrl", name);
        }
        try {
            if (format.equals(JDBC)) {
                Dataset<Row> whole = jdbcReader(spark, jdbc).option("dbtable", name).load();
                return partitioning == null ? whole : partitioning.load(spark, jdbc, name, whole);
            }
            return spark.read().format(format).load(name);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // a path that is not there, a database that refuses (Spark's AnalysisException is
            // checked in Java though undeclared): said without Spark's own text
            throw new InputException(e, "spark.table.unreadable", name, format);
        }
    }

    /** A reader of the database's tables, signed in. */
    static DataFrameReader jdbcReader(SparkSession spark, Jdbc jdbc) {
        DataFrameReader reader = spark.read().format(JDBC).option("url", jdbc.url());
        if (jdbc.user() != null) {
            reader = reader.option("user", jdbc.user());
        }
        if (jdbc.password() != null) {
            reader = reader.option("password", jdbc.password());
        }
        return reader;
    }

    /**
     * An option's {@code TYPE=VALUE}, the type by its key or its Chinese name: the type's key
     * and the value.
     */
    static String[] typed(String option) throws InputException {
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new InputException("spark.table.badValue", option);
        }
        String type = option.substring(0, eq).trim();
        Optional<RecordType> known = RecordTypes.byKey(type.toLowerCase(Locale.ROOT)).or(() -> RecordTypes.all()
                .stream().filter(t -> t.name().equals(type)).findFirst());
        if (known.isEmpty()) {
            String types = RecordTypes.all().stream().map(t -> t.key() + "（" + t.name() + "）")
                    .collect(Collectors.joining("、"));
            throw new InputException("spark.table.badType", option, type, types);
        }
        return new String[] {known.get().key(), option.substring(eq + 1).trim()};
    }

    /**
     * The database of the run's JDBC tables.
     *
     * @param url      the JDBC URL, or null when no table is in a database
     * @param user     the user, or null
     * @param password the password (from the environment, never the command line), or null
     */
    record Jdbc(String url, String user, String password) {
    }
}

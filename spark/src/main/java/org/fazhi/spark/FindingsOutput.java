package org.fazhi.spark;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fazhi.render.JsonRenderer;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;

/**
 * Writes a run's output into one directory of any file system Spark writes to (local, HDFS,
 * object stores): {@code findings.jsonl}, one finding a line in report order with the keys of the
 * JSON report's findings, written as the findings stream past ({@link #accept}); then
 * {@code findings.parquet}, the same findings as a table; and {@code summary.json}, the
 * {@code fazhi-report/1} report with its counts, indicators and gate but an empty list of
 * findings, which the other two hold ({@link #finish}).
 */
final class FindingsOutput implements Consumer<Finding>, Closeable {
    static final String LINES = "findings.jsonl";
    static final String TABLE = "findings.parquet";
    static final String SUMMARY = "summary.json";

    /** The columns of the findings table: the keys of a finding in the JSON report. */
    static final StructType SCHEMA = schema();

    private final SparkSession spark;
    private final Path directory;
    /** The lines, opened with the first of them: a run that fails before any finding writes nothing. */
    private OutputStream lines;

    FindingsOutput(SparkSession spark, String directory) {
        this.spark = spark;
        this.directory = new Path(directory);
    }

    /** The next finding in report order, as one line. */
    @Override
    public void accept(Finding finding) {
        try {
            lines().write(JsonRenderer.toJsonLine(finding).getBytes(StandardCharsets.UTF_8));
            lines.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OutputStream lines() throws IOException {
        if (lines == null) {
            FileSystem fs = fileSystem();
            fs.mkdirs(directory);
            lines = new BufferedOutputStream(fs.create(new Path(directory, LINES), true), 1 << 16);
        }
        return lines;
    }

    private FileSystem fileSystem() throws IOException {
        return directory.getFileSystem(spark.sparkContext().hadoopConfiguration());
    }

    /**
     * Ends the lines, then writes the table from them and the summary: {@code report} is the
     * run's report made as its findings streamed here, which holds none of them.
     */
    void finish(Report report) throws IOException {
        lines().close();
        // the table from the lines just written, read where they are rather than sent from the driver
        spark.read().schema(SCHEMA).json(new Path(directory, LINES).toString())
                .write().mode(SaveMode.Overwrite).parquet(new Path(directory, TABLE).toString());
        try (OutputStream out = fileSystem().create(new Path(directory, SUMMARY), true)) {
            out.write(JsonRenderer.toJson(report).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Closes the lines if {@link #finish} was not reached (a failed run). */
    @Override
    public void close() throws IOException {
        if (lines != null) {
            lines.close();
        }
    }

    private static StructType schema() {
        StructType source = new StructType()
                .add("file", DataTypes.StringType)
                .add("sheet", DataTypes.StringType)
                .add("row", DataTypes.IntegerType);
        StructType related = new StructType()
                .add("recordId", DataTypes.StringType)
                .add("source", source);
        StructType suppression = new StructType()
                .add("by", DataTypes.StringType)
                .add("reason", DataTypes.StringType)
                .add("approvedBy", DataTypes.StringType)
                .add("expires", DataTypes.StringType);
        return new StructType()
                .add("ruleId", DataTypes.StringType)
                .add("severity", DataTypes.StringType)
                .add("recordType", DataTypes.StringType)
                .add("recordId", DataTypes.StringType)
                .add("agency", DataTypes.StringType)
                .add("source", source)
                .add("fields", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, true))
                .add("clause", DataTypes.StringType)
                .add("basis", DataTypes.StringType)
                .add("message", DataTypes.StringType)
                .add("messageEn", DataTypes.StringType)
                .add("related", DataTypes.createArrayType(related))
                .add("suppression", suppression);
    }
}

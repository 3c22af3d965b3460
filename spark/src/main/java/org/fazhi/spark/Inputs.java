package org.fazhi.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.fazhi.model.Officer;
import org.fazhi.model.RecordTypes;
import scala.Tuple2;

/**
 * The run's inputs as Spark data sets: one task per file, one per partition of each table; and
 * the passes over them, each one Spark job over all of them together.
 */
final class Inputs {
    private final JavaRDD<IndexedFile> files;
    private final List<TableRows> tables;

    Inputs(JavaRDD<IndexedFile> files, List<TableRows> tables) {
        this.files = files;
        this.tables = tables;
    }

    /** The officers of every input, in reading order: files in order, then the tables, each in row order. */
    List<Officer> officers(JobSettings settings) {
        JavaRDD<Tuple2<Long, Officer>> officers = files.flatMap(file -> placed(settings, file).iterator());
        for (TableRows rows : tables) {
            if (rows.table().type().equals(RecordTypes.of(Officer.class).key())) {
                IndexedTable table = rows.table();
                officers = officers.union(rows.rows().mapPartitions(part ->
                        placed(settings, new TablePart(table, part)).iterator()));
            }
        }
        List<Tuple2<Long, Officer>> found = new ArrayList<>(officers.collect());
        found.sort(Comparator.comparingLong(Tuple2::_1));
        return found.stream().map(Tuple2::_2).toList();
    }

    /** Every record's identity with its first use, for DQ-003. */
    JavaPairRDD<String, FirstUse> uses(JobSettings settings) {
        JavaPairRDD<String, FirstUse> uses = files.flatMapToPair(file -> InputTasks.uses(settings, file).iterator());
        for (TableRows rows : tables) {
            IndexedTable table = rows.table();
            uses = uses.union(rows.rows().mapPartitionsToPair(part ->
                    InputTasks.uses(settings, new TablePart(table, part)).iterator()));
        }
        return uses;
    }

    /** The per-record phase over every input: one share per file and per table partition. */
    JavaRDD<Share> evaluate(JobSettings settings, long officerTable, Broadcast<ArrayList<Officer>> officers,
                            Broadcast<HashMap<String, FirstUse>> repeated) {
        JavaRDD<Share> shares = files.map(file -> InputTasks.evaluate(settings, file, officerTable,
                officers.value(), repeated.value()));
        for (TableRows rows : tables) {
            IndexedTable table = rows.table();
            shares = shares.union(rows.forEvaluation().mapPartitions(part -> Collections.singletonList(
                    InputTasks.evaluate(settings, new TablePart(table, part), officerTable, officers.value(),
                            repeated.value())).iterator()));
        }
        return shares;
    }

    /** The officers of one input, each with its place in reading order. */
    private static List<Tuple2<Long, Officer>> placed(JobSettings settings, TaskInput input) {
        List<Tuple2<Long, Officer>> placed = new ArrayList<>();
        List<Officer> officers = InputTasks.officers(settings, input);
        for (int i = 0; i < officers.size(); i++) {
            Officer officer = officers.get(i);
            placed.add(new Tuple2<>(FirstUse.order(input.order(), input.place(officer, i)), officer));
        }
        return placed;
    }
}

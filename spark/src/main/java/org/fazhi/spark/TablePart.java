package org.fazhi.spark;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.fazhi.model.InputSummary;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.read.TableInput;
import scala.Tuple2;

/**
 * One partition of a table, read by one task: its rows, each with the number findings name it
 * by, become records through the engine's own value parsing ({@link TableInput}). Iterated once.
 */
final class TablePart implements TaskInput {
    private final IndexedTable table;
    private final Iterator<Tuple2<Integer, Row>> rows;

    TablePart(IndexedTable table, Iterator<Tuple2<Integer, Row>> rows) {
        this.table = table;
        this.rows = rows;
    }

    @Override
    public int order() {
        return table.order();
    }

    /** @return the summary of this part of the table: its rows, to be added up with the other parts' */
    @Override
    public List<InputSummary> read(Setup setup, Predicate<RecordType> wanted, Consumer<Record> records) {
        TableInput input = table.bind(setup);
        if (!wanted.test(input.type())) {
            return List.of();
        }
        int read = 0;
        while (rows.hasNext()) {
            Tuple2<Integer, Row> row = rows.next();
            records.accept(input.parse(row._1(), cells(row._2())));
            read++;
        }
        return List.of(input.summary(read, table.format()));
    }

    /** The summary of a whole table, from those of its parts. */
    static InputSummary whole(List<InputSummary> parts) {
        InputSummary first = parts.get(0);
        return new InputSummary(first.file(), first.sheet(), first.recordType(),
                parts.stream().mapToInt(InputSummary::rows).sum(), 0, first.summaryRowsSkipped(),
                first.unknownColumns(), first.ignoredReason(), first.missingColumns(), first.format(), false);
    }

    /** A table's row is numbered for the whole table, whichever task reads it. */
    @Override
    public int place(Record record, int ordinal) {
        return record.getSource().row();
    }

    /** The row's cells from the table's first bound column on, dates and times as java.time values. */
    private Object[] cells(Row row) {
        Object[] cells = new Object[table.columns().size()];
        for (int i = 0; i < cells.length; i++) {
            Object cell = row.get(table.firstCell() + i);
            cells[i] = cell instanceof Date date ? date.toLocalDate()
                    : cell instanceof Timestamp time ? time.toLocalDateTime()
                    : cell instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneId.systemDefault())
                    : cell;
        }
        return cells;
    }
}

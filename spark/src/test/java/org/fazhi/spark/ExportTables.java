package org.fazhi.spark;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.fazhi.error.InputException;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.SourceRef;
import org.fazhi.read.InputFile;
import org.fazhi.read.InputReader;
import org.fazhi.read.Mapping;
import org.fazhi.render.JsonRenderer;
import org.fazhi.report.Finding;
import org.fazhi.report.Related;

/**
 * The records of a CSV export as tables with canonical columns, one per record type, for the
 * table sources' tests: each column named by its field key, typed (DATE, INT, DECIMAL, BOOLEAN)
 * unless a record of the type has a value there that does not parse, which then stays text as
 * the export wrote it; text, words and sets as their canonical spellings; and {@code line}, the
 * line each record had in the CSV, to number the rows by ({@code --row-key TYPE=line}).
 */
final class ExportTables {
    static final String LINE = "line";
    private final Map<String, Table> tables = new LinkedHashMap<>();

    /** One CSV file's records and the columns it had. */
    private record Table(String file, RecordType type, List<FieldSpec> columns, List<Record> records) {
    }

    ExportTables(Path export) throws InputException {
        InputReader reader = new InputReader(Mapping.none());
        for (InputFile file : reader.files(List.of(export))) {
            List<Record> records = new ArrayList<>();
            reader.read(file, type -> true, row -> records.add(row.parse()));
            RecordType type = records.get(0).type();
            Set<FieldSpec> had = records.get(0).columns().fields();
            List<FieldSpec> columns = type.fields().stream().filter(had::contains).toList();
            tables.put(type.key(), new Table(file.shown(), type, columns, records));
        }
    }

    /** The record types, by key, as the export has them. */
    Collection<String> types() {
        return tables.keySet();
    }

    /** The table of one type, as a Spark data set. */
    Dataset<Row> table(SparkSession spark, String type) {
        Table table = tables.get(type);
        StructType schema = new StructType().add(LINE, DataTypes.IntegerType);
        List<Boolean> typed = new ArrayList<>();
        for (FieldSpec field : table.columns()) {
            DataType column = typed(field, table.records());
            typed.add(column != DataTypes.StringType);
            schema = schema.add(field.key(), column);
        }
        List<Row> rows = new ArrayList<>();
        for (Record record : table.records()) {
            Object[] cells = new Object[table.columns().size() + 1];
            cells[0] = record.getSource().row();
            for (int i = 0; i < table.columns().size(); i++) {
                cells[i + 1] = cell(record, table.columns().get(i), typed.get(i));
            }
            rows.add(RowFactory.create(cells));
        }
        return spark.createDataFrame(rows, schema).coalesce(1);
    }

    /**
     * The findings of {@code fazhi check} on the export as the table run names them: each CSV
     * file by its table's name, a cell's column by its name rather than its number, and the
     * table's columns (DQ-007's source) as row 0; as JSON lines, in report order.
     */
    List<String> asTables(Iterable<Finding> findings, Map<String, String> names) throws java.io.IOException {
        Map<String, String> byFile = new LinkedHashMap<>();
        names.forEach((type, name) -> byFile.put(tables.get(type).file(), name));
        List<Finding> renamed = new ArrayList<>();
        for (Finding f : findings) {
            List<Related> related = f.related().stream()
                    .map(r -> new Related(r.recordId(), renamed(r.source(), byFile, false))).toList();
            renamed.add(new Finding(f.ruleId(), f.severity(), f.recordType(), f.recordId(), f.agency(),
                    renamed(f.source(), byFile, f.ruleId().equals("DQ-007")), f.fields(), f.clause(), f.basis(),
                    message(f, f.message(), byFile), message(f, f.messageEn(), byFile), related, f.suppression()));
        }
        renamed.sort(Finding.REPORT_ORDER);
        List<String> lines = new ArrayList<>();
        for (Finding finding : renamed) {
            lines.add(JsonRenderer.toJsonLine(finding));
        }
        return lines;
    }

    private static SourceRef renamed(SourceRef source, Map<String, String> byFile, boolean columns) {
        return new SourceRef(byFile.getOrDefault(source.file(), source.file()), source.sheet(),
                columns ? 0 : source.row());
    }

    private static final Pattern COLUMN = Pattern.compile("（(\\d+)列）|\\(column (\\d+)\\)");

    private static String message(Finding finding, String text, Map<String, String> byFile) {
        for (Map.Entry<String, String> file : byFile.entrySet()) {
            text = text.replace(file.getKey(), file.getValue());
        }
        if (!finding.ruleId().equals("DQ-001") && !finding.ruleId().equals("DQ-002")) {
            return text;
        }
        String key = finding.fields().keySet().iterator().next();
        Matcher m = COLUMN.matcher(text);
        return m.replaceFirst(m.find() && m.group(1) != null ? "（" + key + "列）" : "(column " + key + ")");
    }

    /** A typed column for a field whose every value parsed; text for words, sets, text, and the rest. */
    private static DataType typed(FieldSpec field, List<Record> records) {
        boolean clean = records.stream().noneMatch(r -> r.getProblems().stream()
                .anyMatch(p -> p.field().equals(field.key()) && p.kind() != CellProblem.Kind.REQUIRED_BLANK));
        if (!clean) {
            return DataTypes.StringType;
        }
        return switch (field.type()) {
            case DATE -> DataTypes.DateType;
            case INT -> DataTypes.IntegerType;
            case DECIMAL -> DataTypes.createDecimalType(38, 10);
            case BOOL -> DataTypes.BooleanType;
            default -> DataTypes.StringType;
        };
    }

    /** The record's value of the field: typed, or as text; a value that did not parse, as the export wrote it. */
    private static Object cell(Record record, FieldSpec field, boolean typed) {
        for (CellProblem problem : record.getProblems()) {
            if (problem.field().equals(field.key())) {
                return problem.raw();
            }
        }
        Object value = field.get(record);
        if (value == null || typed) {
            return value instanceof LocalDate date ? java.sql.Date.valueOf(date) : value;
        }
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> set) {
            return String.join("、", set.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }
}

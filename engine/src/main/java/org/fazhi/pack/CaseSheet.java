package org.fazhi.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.DataQualityChecks;
import org.fazhi.model.CellProblem;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.SourceRef;
import org.fazhi.read.CellValues;

/**
 * A 用例 sheet: one example record per row (用例名称, 记录类型, fields by Chinese header) and the
 * problems it must show (应有问题, 无 for none) and must not (不应有问题). Rows of one 用例组 are
 * evaluated together; a row of a group without expectations is context only (an officer a case
 * refers to).
 */
final class CaseSheet {
    static final String NAME = "用例";
    private static final String CASE_NAME = "用例名称";
    private static final String TYPE = "记录类型";
    private static final String GROUP = "用例组";
    private static final String EXPECTED = "应有问题";
    private static final String UNEXPECTED = "不应有问题";
    private static final Set<String> NONE = Set.of("无", "none", "-", "—");

    private CaseSheet() {
    }

    /** A rule ID a case names, and the cell it is named in: checked once every pack's rules are known. */
    record RuleRef(String file, String sheet, String cell, String column, String id) {
    }

    /**
     * Data-quality rules a test row cannot show: an unreadable value (DQ-002) is refused as a
     * mistake of the 用例 sheet itself, and an absent column (DQ-007) is about a sheet, not a row.
     */
    private static final Set<String> NOT_IN_ONE_ROW = Set.of(DataQualityChecks.UNPARSEABLE,
            DataQualityChecks.COLUMN_MISSING);

    /**
     * A rule ID in 应有问题 or 不应有问题 that is no rule of the catalogue (a typo such as
     * {@code ENF-0I6}) is an error naming its cell: the case would otherwise pass for a rule that
     * can never be reported.
     */
    static void checkRuleIds(List<RuleRef> refs, Catalogue catalogue, Problems problems) {
        for (RuleRef ref : refs) {
            if (NOT_IN_ONE_ROW.contains(ref.id())) {
                problems.error(ref.file(), ref.sheet(), ref.cell(), "pack.cases.notInOneRow", ref.column(), ref.id());
            } else if (catalogue.rule(ref.id()).isEmpty()) {
                problems.error(ref.file(), ref.sheet(), ref.cell(), "pack.cases.unknownRule", ref.column(), ref.id(),
                        RuleIdHint.of(catalogue.closestRuleId(ref.id())));
            }
        }
    }

    /** The cases of the sheet; the rule IDs they name are added to {@code refs}. */
    static List<RuleCase> read(String file, Grid grid, Problems problems, List<RuleRef> refs) {
        int header = grid.headerRow(CASE_NAME);
        if (header < 0) {
            problems.error(file, grid.name(), null, "pack.cases.noHeader", CASE_NAME, TYPE, EXPECTED);
            return List.of();
        }
        Map<String, Integer> special = new LinkedHashMap<>();
        Map<Integer, String> fieldColumns = new LinkedHashMap<>();
        for (int c = 0; c < grid.columns(); c++) {
            String name = grid.text(header, c);
            if (List.of(CASE_NAME, TYPE, GROUP, EXPECTED, UNEXPECTED).contains(name)) {
                special.put(name, c);
            } else if (!name.isEmpty()) {
                fieldColumns.put(c, name);
            }
        }
        for (String required : List.of(CASE_NAME, TYPE, EXPECTED)) {
            if (!special.containsKey(required)) {
                problems.error(file, grid.name(), Grid.cell(header, 0), "pack.catalogue.missing", required);
            }
        }
        if (problems.hasErrors()) {
            return List.of();
        }
        List<RuleCase> cases = new ArrayList<>();
        for (int r = header + 1; r < grid.rows(); r++) {
            String name = grid.text(r, special.get(CASE_NAME));
            if (name.isEmpty()) {
                continue;
            }
            Optional<RecordType> type = ModelNames.type(grid.text(r, special.get(TYPE)));
            if (type.isEmpty()) {
                problems.error(file, grid.name(), Grid.cell(r, special.get(TYPE)), "pack.table.type",
                        grid.text(r, special.get(TYPE)), ModelNames.typeNames());
                continue;
            }
            Record record = record(file, grid, r, type.get(), fieldColumns, problems);
            String group = special.containsKey(GROUP) ? grid.text(r, special.get(GROUP)) : "";
            String expectedText = grid.text(r, special.get(EXPECTED));
            String unexpectedText = special.containsKey(UNEXPECTED) ? grid.text(r, special.get(UNEXPECTED)) : "";
            boolean context = expectedText.isEmpty() && unexpectedText.isEmpty();
            if (context && group.isEmpty()) {
                problems.error(file, grid.name(), Grid.cell(r, special.get(EXPECTED)), "pack.cases.noExpected");
                continue;
            }
            if (type.get().idField().get(record) == null) {
                type.get().idField().set(record, name);
            }
            markRequiredBlanks(record, fieldColumns);
            Set<String> expected = ids(expectedText);
            Set<String> unexpected = ids(unexpectedText);
            refer(refs, file, grid, r, special.get(EXPECTED), EXPECTED, expected);
            if (special.containsKey(UNEXPECTED)) {
                refer(refs, file, grid, r, special.get(UNEXPECTED), UNEXPECTED, unexpected);
            }
            cases.add(new RuleCase(grid.name() + "!" + (r + 1) + " " + name, group.isEmpty() ? null : group,
                    record, context ? null : expected, unexpected));
        }
        return cases;
    }

    private static Record record(String file, Grid grid, int r, RecordType type, Map<Integer, String> columns,
                                 Problems problems) {
        Record record = type.newRecord(new SourceRef(file, grid.name(), r + 1));
        for (Map.Entry<Integer, String> column : columns.entrySet()) {
            String text = grid.text(r, column.getKey());
            if (text.isEmpty()) {
                continue;
            }
            Optional<FieldSpec> field = ModelNames.field(type, column.getValue());
            if (field.isEmpty()) {
                String hint = ModelNames.closestField(type, column.getValue()).map(s -> "「" + s + "」").orElse("—");
                problems.error(file, grid.name(), Grid.cell(r, column.getKey()), "pack.table.field",
                        column.getValue(), type.name(), hint);
                continue;
            }
            Optional<Object> value = CellValues.parse(field.get(), text, grid.isNumber(r, column.getKey()));
            if (value.isEmpty()) {
                problems.error(file, grid.name(), Grid.cell(r, column.getKey()), "pack.table.value", text,
                        field.get().header(), CellValues.expected(field.get()));
            } else {
                field.get().set(record, value.get());
            }
        }
        return record;
    }

    /** A required field the row leaves blank is a DQ-001 cell problem, as the reader makes it of an export's row. */
    private static void markRequiredBlanks(Record record, Map<Integer, String> columns) {
        for (FieldSpec field : record.type().fields()) {
            if (field.required() && field.get(record) == null) {
                String column = columns.entrySet().stream()
                        .filter(e -> ModelNames.field(record.type(), e.getValue()).filter(field::equals).isPresent())
                        .map(e -> CellReference.convertNumToColString(e.getKey())).findFirst().orElse(null);
                record.addProblem(new CellProblem(field.key(), column, field.header(), null,
                        CellProblem.Kind.REQUIRED_BLANK, CellValues.expected(field)));
            }
        }
    }

    private static void refer(List<RuleRef> refs, String file, Grid grid, int r, int c, String column,
                              Set<String> ids) {
        for (String id : ids) {
            refs.add(new RuleRef(file, grid.name(), Grid.cell(r, c), column, id));
        }
    }

    /** Rule IDs separated as set values are (、 , ; / or space); {@code 无} is none. */
    private static Set<String> ids(String text) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : text.split("[、,，;；/\\s]+")) {
            String id = part.strip();
            if (!id.isEmpty() && !NONE.contains(id.toLowerCase(java.util.Locale.ROOT))) {
                ids.add(id.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return ids;
    }
}

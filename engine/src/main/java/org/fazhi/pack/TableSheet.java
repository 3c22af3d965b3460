package org.fazhi.pack;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.drools.decisiontable.parser.ActionType;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.template.parser.DecisionTableParseException;
import org.drools.template.model.DRLOutput;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;
import org.fazhi.read.CellValues;

/**
 * One worksheet of decision tables in Drools' own format, checked and translated before Drools
 * sees it: keywords exact, record types and fields named as the author names them, values read
 * as their field's type, punctuation made ASCII, merged cells filled, cross products refused,
 * every rule row with an ID. The checked sheet is then handed to Drools' own decision-table
 * listener, cell by cell, which makes the DRL; fazhi adds its imports and {@code hits}.
 */
final class TableSheet {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(2);
    private static final String RULE_TABLE = "ruletable";
    /** The keywords Drools reads above and beside its tables. */
    private static final List<String> KEYWORDS = List.of("RuleSet", "Import", "Variables", "Functions", "Queries",
            "Declare", "Unit", "Notes", "Sequential", "SequentialMaxPriority", "SequentialMinPriority",
            "EscapeQuotes", "NumericDisabled", "IgnoreNumericFormat", "Dialect", "MinSalience", "MaxSalience",
            "RuleTable");
    private static final Set<String> PROPERTIES = Set.copyOf(KEYWORDS.stream()
            .filter(k -> !k.equals("RuleTable")).map(k -> k.toLowerCase(Locale.ROOT)).toList());
    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$[\\p{L}\\p{N}_]+)\\s*:\\s*(.+?)\\s*$");
    private static final Pattern REPORT = Pattern.compile(
            "^\\s*(?:报告|report)\\s*\\(\\s*\"?([^\"()]*?)\"?\\s*\\)\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAM = Pattern.compile("(?<!\")\\$(param|\\d+)(?!\")");
    private static final Pattern RULE_VALUES = Pattern.compile("((?:rule values|header) at [A-Z]+)(\\d+)");
    private static final Pattern INDEXED = Pattern.compile("\\$\\d+");
    private static final Pattern DROOLS_CELL = Pattern.compile("cell ([A-Z]+)(\\d+)");
    private static final Pattern ANY_PARAM = Pattern.compile("\\$(param|\\d+)");

    private final String file;
    private final Grid grid;
    private final Problems problems;
    private final Map<Long, String> replaced = new HashMap<>();
    private final List<ReportedRule> reported = new ArrayList<>();
    /** The code each condition cell became, by rule row (1-based, as Drools' comments count) and cell. */
    private final Map<Integer, Map<String, String>> fragments = new HashMap<>();
    private final Map<Integer, String> codes = new HashMap<>();
    /** Blank rows between the rule rows of a table, which Drools would take as the table's end. */
    private final Set<Integer> skipped = new HashSet<>();
    /** Cells of a table's columns without a column type (notes, spacers), which Drools does not read. */
    private final Set<Long> hidden = new HashSet<>();
    private boolean hasTables;

    /** A rule ID reported by a rule row, where, and the fields its conditions read. */
    record ReportedRule(String id, String sheet, String cell, String recordType, Set<String> fields) {
    }

    TableSheet(String file, Grid grid, Problems problems) {
        this.file = file;
        this.grid = grid;
        this.problems = problems;
    }

    /** Checks the sheet; when it holds tables and no errors, its DRL, else empty. */
    Optional<String> drl(String packageName) {
        for (int r = 0; r < grid.rows(); r++) {
            int c = firstColumn(r);
            if (c < 0) {
                continue;
            }
            String keyword = word(grid.text(r, c));
            String first = word(grid.text(r, c).strip().split("\\s+")[0]);
            if (keyword.startsWith(RULE_TABLE)) {
                hasTables = true;
                r = table(r, c);
            } else if (PROPERTIES.contains(keyword) && !keyword.equals("notes")) {
                normalise(r, c + 1);
            } else if (looksLikeKeyword(first)) {
                problems.error(file, grid.name(), Grid.cell(r, c), "pack.table.keyword", grid.text(r, c),
                        closestKeyword(first));
            }
        }
        if (!hasTables || problems.hasErrors()) {
            return Optional.empty();
        }
        Map<Integer, Integer> sheetRows = new HashMap<>();
        try {
            return Optional.of(render(packageName, sheetRows));
        } catch (DecisionTableParseException e) {
            // what fazhi's checks let through and Drools' reader still refuses: its cell, no English
            Matcher at = DROOLS_CELL.matcher(String.valueOf(e.getMessage()));
            String cell = at.find() ? at.group(1) + sheetRows.getOrDefault(Integer.parseInt(at.group(2)),
                    Integer.parseInt(at.group(2))) : null;
            problems.error(file, grid.name(), cell, "pack.table.unreadable");
            return Optional.empty();
        }
    }

    /** Rule row (1-based) → cell → the DRL its condition became, to name the cell of a Drools error. */
    Map<Integer, Map<String, String>> fragments() {
        return fragments;
    }

    List<ReportedRule> reported() {
        return reported;
    }

    /** Reads one table from its {@code RuleTable} cell; returns its last row. */
    private int table(int r0, int c0) {
        int keywordRow = r0 + 1;
        int typeRow = r0 + 2;
        int codeRow = r0 + 3;
        int firstData = r0 + 5;
        Map<Integer, ActionType.Code> columns = new LinkedHashMap<>();
        for (int c = c0; c < grid.columns(); c++) {
            String text = grid.text(keywordRow, c);
            if (text.isEmpty()) {
                continue;
            }
            ActionType.Code code = keyword(text);
            if (code == null) {
                problems.error(file, grid.name(), Grid.cell(keywordRow, c), "pack.table.header", text,
                        closestHeader(text));
            } else {
                columns.put(c, code);
            }
        }
        if (columns.isEmpty()) {
            problems.error(file, grid.name(), Grid.cell(keywordRow, c0), "pack.table.noHeader");
            return keywordRow;
        }
        Map<Integer, Column> byColumn = columns(columns, typeRow, codeRow);
        int last = firstData - 1;
        int reportedBefore = reported.size();
        for (int r = firstData; r < grid.rows() && !startsTable(r); r++) {
            if (!blankRow(r, columns.keySet())) {
                for (int blank = last + 1; blank < r; blank++) {
                    skipped.add(blank);
                }
                row(r, byColumn);
                last = r;
            }
        }
        for (int c = c0; c < grid.columns(); c++) {
            if (!columns.containsKey(c)) {
                untyped(keywordRow, c, last);
            }
        }
        if (last < firstData) {
            problems.error(file, grid.name(), Grid.cell(r0, c0), "pack.table.noRules", String.valueOf(firstData + 1));
        }
        ruleInTitleRow(firstData - 1, byColumn, reported.subList(reportedBefore, reported.size()));
        return last;
    }

    /**
     * Drools reads the row after the code row as the columns' titles, never as a rule: a table
     * written without it loses its first rule silently. A title that is a rule ID the table's rows
     * report is such a rule.
     */
    private void ruleInTitleRow(int titleRow, Map<Integer, Column> columns, List<ReportedRule> rows) {
        Set<String> ids = new HashSet<>();
        rows.forEach(rule -> ids.add(rule.id()));
        columns.forEach((c, column) -> {
            String title = grid.text(titleRow, c).strip();
            if (column.reports() && column.reportId().startsWith("$") && ids.contains(title)) {
                problems.error(file, grid.name(), Grid.cell(titleRow, c), "pack.table.ruleAsTitle",
                        String.valueOf(titleRow + 1), title);
            }
        });
    }

    /**
     * A column of the table with no column type: code in it is an error (Drools would stop on it),
     * else it is a notes column, or blank, and Drools does not see it.
     */
    private void untyped(int keywordRow, int c, int last) {
        int typeRow = keywordRow + 1;
        int codeRow = keywordRow + 2;
        boolean ownType = grid.mergedStart(typeRow, c) < 0 && !grid.text(typeRow, c).isEmpty();
        if (ownType || !grid.text(codeRow, c).isEmpty()) {
            problems.error(file, grid.name(), Grid.cell(keywordRow, c), "pack.table.untypedCode",
                    Grid.cell(ownType ? typeRow : codeRow, c));
        }
        String written = null;
        for (int r = typeRow; r <= last; r++) {
            if (written == null && r != typeRow && !grid.text(r, c).isEmpty()) {
                written = Grid.cell(r, c);
            }
            hidden.add(key(r, c));
        }
        if (written != null && !ownType) {
            problems.note(file, grid.name(), written, "pack.table.notesColumn", Grid.cell(keywordRow, c));
        }
    }

    /** A row that ends the rule rows above it: another table, or a keyword row of Drools' format. */
    private boolean startsTable(int r) {
        int c = firstColumn(r);
        if (c < 0) {
            return false;
        }
        String keyword = word(grid.text(r, c));
        return keyword.startsWith(RULE_TABLE) || PROPERTIES.contains(keyword);
    }

    /** What each column of a table is: its keyword, its pattern, its translated code. */
    private record Column(ActionType.Code code, RecordType type, FieldSpec valueField, Values values,
                          String reportId, List<FieldSpec> fields) {
        boolean reports() {
            return reportId != null;
        }
    }

    /** How a rule cell fills its column's code: one value, {@code $1, $2…} in turn, or a list. */
    private enum Values { ONE, INDEXED, LIST }

    private Map<Integer, Column> columns(Map<Integer, ActionType.Code> codes, int typeRow, int codeRow) {
        Map<Integer, Column> result = new LinkedHashMap<>();
        Map<Integer, Bound> patterns = new LinkedHashMap<>();
        Map<String, String> seenTypes = new HashMap<>();
        for (Map.Entry<Integer, ActionType.Code> e : codes.entrySet()) {
            int c = e.getKey();
            if (e.getValue() != ActionType.Code.CONDITION) {
                continue;
            }
            int start = grid.mergedStart(typeRow, c);
            int group = start >= 0 ? start : c;
            Bound pattern = patterns.get(group);
            if (pattern == null) {
                pattern = pattern(typeRow, c, patterns.size());
                patterns.put(group, pattern);
                if (pattern != null && pattern.type() != null) {
                    String key = pattern.type().key() + " " + (pattern.explicit() ? pattern.binding() : "");
                    String earlier = seenTypes.putIfAbsent(key, Grid.cell(typeRow, c));
                    if (earlier != null) {
                        problems.error(file, grid.name(), Grid.cell(typeRow, c), "pack.table.crossProduct",
                                earlier, Grid.cell(typeRow, c), pattern.type().name());
                    }
                }
            }
            if (pattern != null) {
                replaced.put(key(typeRow, c), pattern.binding() + " : " + pattern.type().recordClass().getSimpleName());
            }
        }
        List<Bound> bound = patterns.values().stream().filter(p -> p != null && p.type() != null).toList();
        for (Map.Entry<Integer, ActionType.Code> e : codes.entrySet()) {
            int c = e.getKey();
            ActionType.Code code = e.getValue();
            String text = grid.text(codeRow, c);
            if (code == ActionType.Code.CONDITION) {
                int start = grid.mergedStart(typeRow, c);
                Bound pattern = patterns.get(start >= 0 ? start : c);
                result.put(c, condition(codeRow, c, text, pattern == null ? null : pattern.type()));
            } else if (code == ActionType.Code.ACTION) {
                result.put(c, action(typeRow, codeRow, c, text, bound));
            } else {
                result.put(c, new Column(code, null, null, Values.ONE, null, List.of()));
            }
        }
        return result;
    }

    /** A pattern of the object-type row: its binding and record type. */
    private record Bound(String binding, boolean explicit, RecordType type) {
    }

    private Bound pattern(int typeRow, int c, int index) {
        String text = Snippet.normalise(grid.text(typeRow, c));
        if (!text.equals(grid.text(typeRow, c))) {
            noteNormalised(typeRow, c);
        }
        if (text.isBlank()) {
            return null;
        }
        Matcher m = BINDING.matcher(text);
        String binding = m.matches() ? m.group(1) : "$r" + (index + 1);
        String typeName = m.matches() ? m.group(2) : text.strip();
        Optional<RecordType> type = ModelNames.type(typeName);
        if (type.isEmpty()) {
            problems.error(file, grid.name(), Grid.cell(typeRow, c), "pack.table.type", typeName,
                    ModelNames.typeNames());
            return null;
        }
        return new Bound(binding, m.matches(), type.get());
    }

    private Column condition(int codeRow, int c, String written, RecordType type) {
        String text = Snippet.withParam(written);
        Snippet snippet = Snippet.of(text, type);
        if (snippet.changed()) {
            noteNormalised(codeRow, c);
        }
        if (!text.isBlank() && !ANY_PARAM.matcher(text).find()) {
            problems.error(file, grid.name(), Grid.cell(codeRow, c), "pack.table.noParam", written.strip());
            return new Column(ActionType.Code.CONDITION, null, null, Values.ONE, null, List.of());
        }
        if (type == null && !snippet.unknown().isEmpty()) {
            problems.error(file, grid.name(), Grid.cell(codeRow - 1, c), "pack.table.noType", snippet.unknown().get(0));
            return new Column(ActionType.Code.CONDITION, null, null, Values.ONE, null, List.of());
        }
        for (String name : snippet.unknown()) {
            Optional<String> closest = ModelNames.closestField(type, name);
            if (closest.isPresent()) {
                problems.error(file, grid.name(), Grid.cell(codeRow, c), "pack.table.field", name, type.name(),
                        "「" + closest.get() + "」");
            } else {
                problems.error(file, grid.name(), Grid.cell(codeRow, c), "pack.table.fieldUnlike", name, type.name());
            }
        }
        FieldSpec valueField = snippet.fields().isEmpty() ? null : snippet.fields().get(0);
        Optional<String> setEquality = valueField == null || valueField.type() != FieldType.SET ? Optional.empty()
                : Snippet.equalitySign(snippet.code(), ModelNames.javaName(type, valueField));
        if (setEquality.isPresent()) {
            problems.error(file, grid.name(), Grid.cell(codeRow, c), "pack.table.setEquality", valueField.header(),
                    setEquality.get());
            return new Column(ActionType.Code.CONDITION, null, null, Values.ONE, null, List.of());
        }
        String code = type == null ? snippet.code() : snippet.guarded(type);
        Optional<String> list = valueField == null ? Optional.empty()
                : ListCondition.of(code, ModelNames.javaName(type, valueField), valueField);
        Values values = list.isPresent() ? Values.LIST : INDEXED.matcher(text).find() ? Values.INDEXED : Values.ONE;
        if (list.isPresent()) {
            code = list.get();
        } else if (valueField != null) {
            // Drools escapes the quotes of a cell's value, so the quotes of a text or date are the code's
            code = PARAM.matcher(code).replaceAll(m -> Matcher.quoteReplacement(
                    ListCondition.literal(valueField, "$" + m.group(1))));
        }
        replaced.put(key(codeRow, c), code);
        codes.put(c, code);
        return new Column(ActionType.Code.CONDITION, type, valueField, values, null, snippet.fields());
    }

    private Column action(int typeRow, int codeRow, int c, String text, List<Bound> bound) {
        String normal = Snippet.normalise(text);
        if (!normal.equals(text)) {
            noteNormalised(codeRow, c);
        }
        Matcher m = REPORT.matcher(normal);
        if (!m.matches()) {
            replaced.put(key(codeRow, c), normal);
            return new Column(ActionType.Code.ACTION, null, null, Values.ONE, null, List.of());
        }
        String own = grid.text(typeRow, c).strip();
        Bound target = null;
        if (own.startsWith("$")) {
            target = bound.stream().filter(p -> p.binding().equals(own)).findFirst().orElse(null);
        } else if (bound.size() == 1) {
            target = bound.get(0);
        }
        if (target == null) {
            problems.error(file, grid.name(), Grid.cell(typeRow, c), "pack.table.reportWhom", own.isEmpty() ? "—" : own);
            return new Column(ActionType.Code.ACTION, null, null, Values.ONE, null, List.of());
        }
        replaced.put(key(typeRow, c), "");
        replaced.put(key(codeRow, c), "org.fazhi.pack.PackHits.report(hits, \"" + m.group(1) + "\", "
                + target.binding() + ");");
        return new Column(ActionType.Code.ACTION, target.type(), null, Values.ONE, m.group(1), List.of());
    }

    /** One rule row: every value read as its field's type, and its rule ID. */
    private void row(int r, Map<Integer, Column> columns) {
        Set<String> fields = new LinkedHashSet<>();
        boolean any = false;
        boolean hasId = false;
        int idColumn = -1;
        int written = -1;
        for (Map.Entry<Integer, Column> e : columns.entrySet()) {
            int c = e.getKey();
            Column column = e.getValue();
            String text = grid.text(r, c);
            written = written < 0 && !text.isEmpty() ? c : written;
            if (column.reports()) {
                boolean literal = !column.reportId().startsWith("$");
                idColumn = idColumn < 0 ? c : idColumn;
                if (!text.isEmpty() || literal) {
                    hasId = true;
                    reported.add(new ReportedRule(literal ? column.reportId() : text.strip(), grid.name(),
                            Grid.cell(r, c), column.type().key(), fields));
                }
            } else if (!text.isEmpty() && column.code() == ActionType.Code.CONDITION) {
                any = true;
                column.fields().forEach(f -> fields.add(f.key()));
                if (column.valueField() != null) {
                    value(r, c, column, text);
                }
            }
        }
        if (any && !hasId) {
            problems.error(file, grid.name(), Grid.cell(r, idColumn < 0 ? firstColumn(r) : idColumn),
                    "pack.table.noId");
        } else if (!any && !hasId) {
            problems.error(file, grid.name(), Grid.cell(r, written), "pack.table.noRule", String.valueOf(r + 1));
        }
    }

    /** A rule cell as the DRL literal of its field's type; a value that does not fit is an error. */
    private void value(int r, int c, Column column, String cellText) {
        FieldSpec field = column.valueField();
        List<String> literals = new ArrayList<>();
        // full-width brackets and spaces are how Chinese text is written, in records as in the table:
        // a text value keeps them, or 「食品安全法（2021修正）」 would never equal the records' own spelling
        boolean text = field.type() == FieldType.TEXT || field.type() == FieldType.SET;
        String normal = text ? cellText : Snippet.normalise(cellText);
        List<String> parts = switch (column.values()) {
            case LIST -> ListCondition.values(normal);
            case INDEXED -> List.of(ListCondition.INDEXED_SEPARATOR.split(normal));
            case ONE -> List.of(ListCondition.unquoted(normal));
        };
        for (String part : parts) {
            Optional<Object> value = CellValues.parse(field, part.strip(), grid.isNumber(r, c));
            if (value.isEmpty()) {
                problems.error(file, grid.name(), Grid.cell(r, c), "pack.table.value", cellText, field.header(),
                        CellValues.expected(field));
                return;
            }
            literals.add(literal(field, value.get()));
        }
        String joined = String.join(",", literals);
        replaced.put(key(r, c), joined);
        String code = codes.getOrDefault(c, "");
        fragments.computeIfAbsent(r + 1, k -> new LinkedHashMap<>()).put(Grid.cell(r, c),
                code.contains("$param") ? code.replace("$param", joined) : code);
    }

    private static String literal(FieldSpec field, Object value) {
        return switch (field.type()) {
            case DECIMAL -> ((BigDecimal) value).toPlainString() + "B";
            case SET -> String.join(",", ((Set<?>) value).stream().map(String::valueOf).toList());
            default -> String.valueOf(value);
        };
    }

    private void normalise(int r, int c) {
        String text = grid.text(r, c);
        String normal = Snippet.normalise(text);
        if (!normal.equals(text)) {
            noteNormalised(r, c);
            replaced.put(key(r, c), normal);
        }
    }

    private void noteNormalised(int r, int c) {
        problems.note(file, grid.name(), Grid.cell(r, c), "pack.table.normalised");
    }

    private String render(String packageName, Map<Integer, Integer> sheetRows) {
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
        listener.startSheet(grid.name());
        int shown = 0;
        for (int r = 0; r < grid.rows(); r++) {
            if (skipped.contains(r)) {
                continue;
            }
            sheetRows.put(shown + 1, r + 1);
            listener.newRow(shown, grid.columns());
            for (int c = 0; c < grid.columns(); c++) {
                String value = hidden.contains(key(r, c)) ? "" : replaced.getOrDefault(key(r, c), grid.text(r, c));
                listener.newCell(shown, c, value, grid.mergedStart(r, c));
            }
            shown++;
        }
        listener.finishSheet();
        DRLOutput out = new DRLOutput();
        listener.getRuleSet().renderDRL(out);
        return DrlPrelude.withPrelude(sheetRowsNamed(out.getDRL(), sheetRows), packageName);
    }

    /**
     * Drools saw the sheet without the blank rows between rule rows (a gap ends its table); its
     * comments {@code // rule values at B11} name the rows as the sheet numbers them again.
     */
    private static String sheetRowsNamed(String drl, Map<Integer, Integer> sheetRows) {
        return RULE_VALUES.matcher(drl).replaceAll(m -> m.group(1)
                + sheetRows.getOrDefault(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(2))));
    }

    private boolean blankRow(int r, Set<Integer> columns) {
        for (int c : columns) {
            if (!grid.text(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private int firstColumn(int r) {
        for (int c = 0; c < grid.columns(); c++) {
            if (!grid.text(r, c).isEmpty()) {
                return c;
            }
        }
        return -1;
    }

    /** A header keyword of Drools' format, exactly (case-insensitive); no first-letter shorthand. */
    private static ActionType.Code keyword(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        for (ActionType.Code code : ActionType.Code.values()) {
            if (code.getColHeader().equals(wanted)) {
                return code;
            }
        }
        return null;
    }

    private static String closestHeader(String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        String best = "CONDITION, ACTION, NAME, PRIORITY, DESCRIPTION, METADATA, NO-LOOP";
        int bestDistance = Integer.MAX_VALUE;
        for (ActionType.Code code : ActionType.Code.values()) {
            int d = DISTANCE.apply(wanted, code.getColHeader());
            if (d >= 0 && d < bestDistance) {
                bestDistance = d;
                best = code.getColHeader();
            }
        }
        return best;
    }

    /** A first word close to a keyword but not one: a typo Drools would pass over silently. */
    private static boolean looksLikeKeyword(String first) {
        return !first.isEmpty() && !PROPERTIES.contains(first) && !first.startsWith(RULE_TABLE)
                && closestKeyword(first) != null;
    }

    private static String closestKeyword(String first) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String keyword : KEYWORDS) {
            int d = DISTANCE.apply(first, keyword.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance && first.length() > 3) {
                bestDistance = d;
                best = keyword;
            }
        }
        return best;
    }

    private static String word(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }
}

package org.fazhi.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.model.RecordType;
import org.fazhi.report.Severity;

/**
 * The 规则目录 sheet: one catalogue entry per rule ID of the workbook, in the author's words
 * (级别 错误/警告/提示, 记录类型 by Chinese name, placeholders {字段} by Chinese header), made
 * into the catalogue's entries.
 */
final class CatalogueSheet {
    static final String NAME = "规则目录";
    private static final List<String> COLUMNS = List.of("编号", "级别", "记录类型", "标题", "问题说明", "条款", "条款原文",
            "法律依据", "英文标题", "英文说明");
    private static final Map<String, Severity> SEVERITIES = Map.of("错误", Severity.ERROR, "警告", Severity.WARNING,
            "提示", Severity.INFO, "error", Severity.ERROR, "warning", Severity.WARNING, "info", Severity.INFO);

    /** An entry and the cell of its ID, to name when something about it is wrong. */
    record Entry(RuleSpec rule, String cell) {
    }

    private CatalogueSheet() {
    }

    static List<Entry> read(String file, Grid grid, Set<String> parameters, Problems problems) {
        int header = grid.headerRow("编号");
        if (header < 0) {
            problems.error(file, grid.name(), null, "pack.catalogue.noHeader", String.join("、", COLUMNS));
            return List.of();
        }
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int c = 0; c < grid.columns(); c++) {
            String name = grid.text(header, c);
            if (COLUMNS.contains(name)) {
                at.put(name, c);
            } else if (!name.isEmpty()) {
                problems.note(file, grid.name(), Grid.cell(header, c), "pack.catalogue.ignored", name);
            }
        }
        List<String> missing = List.of("编号", "级别", "记录类型", "标题", "问题说明").stream()
                .filter(required -> !at.containsKey(required)).toList();
        missing.forEach(required -> problems.error(file, grid.name(), Grid.cell(header, 0), "pack.catalogue.missing",
                required));
        if (!missing.isEmpty()) {
            // only this sheet's own errors: one on another sheet must not make every rule ID unknown
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (int r = header + 1; r < grid.rows(); r++) {
            final int row = r;
            java.util.function.Function<String, String> cell = name -> at.containsKey(name)
                    ? grid.text(row, at.get(name)) : "";
            String id = cell.apply("编号").strip();
            if (id.isEmpty()) {
                continue;
            }
            Severity severity = SEVERITIES.get(cell.apply("级别").strip().toLowerCase(Locale.ROOT));
            if (severity == null) {
                problems.error(file, grid.name(), Grid.cell(r, at.get("级别")), "pack.catalogue.severity",
                        cell.apply("级别"));
            }
            Optional<RecordType> type = ModelNames.type(cell.apply("记录类型"));
            if (type.isEmpty()) {
                problems.error(file, grid.name(), Grid.cell(r, at.get("记录类型")), "pack.table.type",
                        cell.apply("记录类型"), ModelNames.typeNames());
                continue;
            }
            Set<String> fields = new LinkedHashSet<>();
            String messageZh = placeholders(file, grid, Grid.cell(r, at.get("问题说明")), cell.apply("问题说明"),
                    type.get(), parameters, fields, problems);
            String messageEn = at.containsKey("英文说明") && !cell.apply("英文说明").isBlank()
                    ? placeholders(file, grid, Grid.cell(r, at.get("英文说明")), cell.apply("英文说明"), type.get(),
                    parameters, fields, problems) : messageZh;
            String title = cell.apply("标题");
            String titleEn = cell.apply("英文标题").isBlank() ? title : cell.apply("英文标题");
            if (title.isBlank() || messageZh.isBlank()) {
                problems.error(file, grid.name(), Grid.cell(r, at.get(title.isBlank() ? "标题" : "问题说明")),
                        "pack.catalogue.blank");
            }
            if (severity != null) {
                entries.add(new Entry(new RuleSpec(id, severity, type.get().key(), new Text(title, titleEn),
                        new Text(messageZh, messageEn), blankToNull(cell.apply("条款")), blankToNull(cell.apply("法律依据")),
                        blankToNull(cell.apply("条款原文")), List.copyOf(fields), List.of(), Map.of(), List.of(), false,
                        Map.of()), Grid.cell(r, at.get("编号"))));
            }
        }
        return entries;
    }

    /** The message with {字段} by Chinese header made {key}; a name that is no field or parameter is an error. */
    private static String placeholders(String file, Grid grid, String cell, String text, RecordType type,
                                       Set<String> parameters, Set<String> fields, Problems problems) {
        return Placeholders.inKeys(text, type, parameters::contains, fields::add, name -> problems.error(file,
                grid.name(), cell, "pack.catalogue.placeholder", name, type.name(),
                ModelNames.closestField(type, name).map(s -> "{" + s + "}").orElse("—")));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

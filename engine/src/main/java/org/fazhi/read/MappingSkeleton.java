package org.fazhi.read;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * A mapping file to start from ({@code fazhi inspect --mapping-skeleton}): per record type with
 * unknown headers, every header the reader did not know, with an empty target for the user to fill in (a key or a Chinese
 * header, from the fields listed as without a column), and the sheets not recognised, to name
 * under {@code sheets} or {@code ignore}. It is not valid until filled in, on purpose: a guess
 * that silently maps a column wrongly would be worse than an error.
 */
public final class MappingSkeleton {
    private MappingSkeleton() {
    }

    public static String of(List<Inspector.Sheet> sheets) {
        Map<String, Set<String>> unknownByType = new LinkedHashMap<>();
        Map<String, Set<String>> missingByType = new LinkedHashMap<>();
        Set<String> unrecognised = new LinkedHashSet<>();
        for (Inspector.Sheet sheet : sheets) {
            if (sheet.recordType() == null) {
                if (sheet.ignoredReason() != null && !sheet.ignoredReason().equals(Mapping.IGNORED)) {
                    unrecognised.add(sheet.sheet() != null ? sheet.sheet()
                            : sheet.file().substring(sheet.file().lastIndexOf('/') + 1));
                }
                continue;
            }
            if (sheet.unknownColumns().isEmpty()) {
                continue;
            }
            unknownByType.computeIfAbsent(sheet.recordType(), k -> new LinkedHashSet<>()).addAll(sheet.unknownColumns());
            missingByType.computeIfAbsent(sheet.recordType(), k -> new LinkedHashSet<>()).addAll(sheet.missing());
        }
        StringBuilder out = new StringBuilder();
        out.append("# 映射文件草稿（fazhi inspect 生成）。Mapping draft written by fazhi inspect.\n");
        out.append("# 为每个表头填写对应的字段（键或中文表头）；不需要的行请删去。\n");
        out.append("# Fill in the field (key or Chinese header) for each header; delete the lines you do not need.\n");
        if (!unrecognised.isEmpty()) {
            out.append("# 未识别的工作表或文件：若属于某类记录，请把名称加入该类型的 sheets；否则加入 ignore。\n");
            out.append("# Sheets or files not recognised: add a name to its type's sheets, or to ignore.\n");
            out.append("ignore: [");
            out.append(String.join(", ", unrecognised.stream().map(MappingSkeleton::quoted).toList()));
            out.append("]\n");
        }
        unknownByType.forEach((typeKey, unknown) -> {
            RecordType type = RecordTypes.byKey(typeKey).orElseThrow();
            out.append(typeKey).append(":   # ").append(type.name()).append('\n');
            Set<String> missing = missingByType.get(typeKey);
            if (!missing.isEmpty()) {
                out.append("  # 尚无对应列的字段 Fields without a column: ").append(String.join(", ",
                        missing.stream().map(key -> key + "/" + type.requireField(key).header()).toList())).append('\n');
            }
            out.append("  columns:\n");
            for (String header : unknown) {
                out.append("    ").append(quoted(header)).append(": \"\"\n");
            }
        });
        return out.toString();
    }

    /** A YAML double-quoted scalar. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

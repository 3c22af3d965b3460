package org.fazhi.pack;

import java.util.stream.Collectors;
import org.fazhi.model.RecordTypes;

/**
 * What every decision table of a pack can use without writing it: fazhi's record classes and
 * the global {@code hits}. The table's own {@code RuleSet} name is replaced by a package of the
 * pack's own, so that two workbooks can both call theirs "rules".
 */
final class DrlPrelude {
    private static final String GLOBAL = "global org.fazhi.evaluate.HitCollector hits;";

    private DrlPrelude() {
    }

    static String withPrelude(String drl, String packageName) {
        StringBuilder out = new StringBuilder();
        out.append("package ").append(packageName).append(";\n");
        out.append(RecordTypes.all().stream().map(t -> "import " + t.recordClass().getName() + ";\n")
                .collect(Collectors.joining()));
        out.append("import org.fazhi.evaluate.RunContext;\n");
        out.append(GLOBAL).append('\n');
        for (String line : drl.split("\n", -1)) {
            String t = line.strip();
            boolean ownGlobal = t.startsWith("global ") && t.replace(";", "").strip().endsWith(" hits");
            if (t.startsWith("package ") || ownGlobal) {
                out.append("//").append(line).append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }
}

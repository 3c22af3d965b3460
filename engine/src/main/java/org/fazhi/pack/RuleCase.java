package org.fazhi.pack;

import java.util.Set;
import org.fazhi.model.Record;

/**
 * One row of a 用例 sheet.
 *
 * @param name       {@code sheet!row 用例名称}
 * @param group      the 用例组 whose rows are evaluated together, or null
 * @param record     the example record
 * @param expected   the rule IDs it must show, or null for a row that is only context in its group
 * @param unexpected the rule IDs it must not show
 */
public record RuleCase(String name, String group, Record record, Set<String> expected, Set<String> unexpected) {

    public boolean isCase() {
        return expected != null;
    }
}

package org.fazhi.pack;

import java.util.Optional;
import org.fazhi.catalogue.Text;

/** The "did you mean" sentence after a mistyped rule ID, or nothing when no ID is close. */
final class RuleIdHint {
    private RuleIdHint() {
    }

    static Text of(Optional<String> closest) {
        return closest.map(id -> new Text("最接近的是 " + id + "。", "The closest is " + id + ". "))
                .orElse(new Text("", ""));
    }
}

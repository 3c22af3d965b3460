package org.fazhi.rules;

import java.time.LocalDate;
import org.fazhi.catalogue.Text;

/**
 * The two wordings of a step that is either not recorded or recorded too late, so that a message
 * never asserts a missing step when only the ledger's cell is blank (docs/spec/rules.md "Messages").
 */
public final class StepTexts {
    private StepTexts() {
    }

    /** A blank field: 台账未填写「header」. */
    public static Text blank(String header, String en) {
        return new Text("台账未填写「" + header + "」", "the ledger does not fill in the " + en);
    }

    /**
     * A blank yes/no field, named in English by its question: 台账未填写「header」, "the ledger does
     * not say whether …" (not "does not fill in the whether …").
     */
    public static Text unanswered(String header, String whether) {
        return new Text("台账未填写「" + header + "」", "the ledger does not say " + whether);
    }

    /**
     * The step's date is blank, or it is later than the reference step's: 「风险评估日期」（2025-04-02）晚于
     * 集体讨论日期（2025-04-01）.
     */
    public static Text missingOrLater(String header, String en, LocalDate step,
                                      String refHeader, String refEn, LocalDate ref) {
        if (step == null) {
            return blank(header, en);
        }
        return new Text(header + "（" + step + "）晚于" + refHeader + "（" + ref + "）",
                "the " + en + " (" + step + ") is later than the " + refEn + " (" + ref + ")");
    }
}

package org.fazhi.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.fazhi.catalogue.Text;

/** Vocabulary of the normative-document rules (plan 二(二)3). */
public final class Documents {
    /** The filing review found a problem. */
    public static final String PROBLEM_FOUND = "有问题";

    private Documents() {
    }

    /** Whether the document was filed within {@code deadlineDays} calendar days of its issue. */
    public static boolean filedInTime(LocalDate issued, LocalDate filed, int deadlineDays) {
        return filed != null && ChronoUnit.DAYS.between(issued, filed) <= deadlineDays;
    }

    /** How the document was filed, for DOC-002's message: not at all, or on which date and how many days late. */
    public static Text filing(LocalDate issued, LocalDate filed) {
        if (filed == null) {
            return new Text("至今未报送备案", "has not been filed");
        }
        long days = ChronoUnit.DAYS.between(issued, filed);
        return new Text("于" + filed + "报送备案，相隔" + days + "日",
                "was filed on " + filed + ", " + days + " days later");
    }
}

package org.fazhi.rules;

import java.time.LocalDate;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Officer;
import org.fazhi.model.PenaltyCase;

/** Parts of penalty-case messages that depend on which condition of a rule held. */
public final class CaseTexts {
    private CaseTexts() {
    }

    /** ENF-003: what is wrong with the basis. */
    public static Text basisProblem(PenaltyCase c) {
        if (c.getBasis() == null) {
            return new Text("未记录处罚依据", "no legal basis is recorded");
        }
        return new Text("处罚依据“" + c.getBasis() + "”的类型为" + c.getBasisType(),
                "the basis '" + c.getBasis() + "' is of type " + c.getBasisType());
    }

    /** ENF-013: when the decision was served, in calendar days after the decision. */
    public static Text service(PenaltyCase c, RunContext ctx) {
        LocalDate served = c.getServiceDate();
        if (served == null) {
            return new Text("未记录送达日期", "no service date is recorded");
        }
        long days = ctx.daysBetween(c.getDecisionDate(), served);
        return new Text("于" + served + "送达，为决定后第" + days + "日",
                "it was served on " + served + ", " + days + " days after the decision");
    }

    /** ENF-016: when the decision was made public, in working days after the decision. */
    public static Text publicity(PenaltyCase c, RunContext ctx) {
        LocalDate published = c.getPublicityDate();
        if (published == null) {
            return new Text("未记录公示日期", "no publicity date is recorded");
        }
        int days = ctx.workdaysBetween(c.getDecisionDate(), published);
        return new Text("于" + published + "公示，为决定后第" + days + "个工作日",
                "it was made public on " + published + ", " + days + " working days after the decision");
    }

    /** An officer in a sentence: name and certificate number, or the number alone. */
    public static Text officer(Officer o) {
        if (o.getName() == null) {
            return new Text(o.getOfficerId(), o.getOfficerId());
        }
        return new Text(o.getName() + "（" + o.getOfficerId() + "）", o.getName() + " (" + o.getOfficerId() + ")");
    }
}

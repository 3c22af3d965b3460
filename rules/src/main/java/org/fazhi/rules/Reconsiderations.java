package org.fazhi.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Reconsideration;

/** Vocabulary of the reconsideration rules (plan 二(六)4–5; 行政复议法, 2023 revision). */
public final class Reconsiderations {
    /** The 2023 revision of 行政复议法 is in force from this day. */
    public static final LocalDate NEW_LAW = LocalDate.of(2024, 1, 1);
    private static final String SIMPLE = "简易程序";

    private Reconsiderations() {
    }

    /** Accepted under the 2023 law: by the acceptance date, or the decision date when it is blank. */
    public static boolean underNewLaw(Reconsideration r) {
        LocalDate accepted = r.getAcceptanceDate() != null ? r.getAcceptanceDate() : r.getDecisionDate();
        return accepted != null && !accepted.isBefore(NEW_LAW);
    }

    /** REC-001: why the committee had to be consulted (复议法 第52条第2款(一)、(二)). */
    public static Text committeeGrounds(Reconsideration r) {
        boolean complex = Boolean.TRUE.equals(r.getComplex());
        boolean technical = Boolean.TRUE.equals(r.getTechnical());
        if (complex && technical) {
            return new Text("重大、疑难、复杂且专业性、技术性较强", "major, difficult or complex and highly technical");
        }
        return complex ? new Text("重大、疑难、复杂", "major, difficult or complex")
                : new Text("专业性、技术性较强", "highly technical");
    }

    /** REC-001: the consultation is blank, or recorded as not made. */
    public static Text consultation(Reconsideration r) {
        return r.getCommitteeConsulted() == null ? StepTexts.blank("复议委员会咨询", "committee consultation")
                : new Text("台账记载“复议委员会咨询：否”", "the ledger records no consultation of the committee");
    }

    /** REC-004: calendar days from acceptance to decision, less the days suspended (blank = 0). */
    public static long daysTaken(Reconsideration r) {
        long suspended = r.getSuspendedDays() == null ? 0 : r.getSuspendedDays();
        return ChronoUnit.DAYS.between(r.getAcceptanceDate(), r.getDecisionDate()) - suspended;
    }

    /** REC-004: the limit in days — 简易程序's, else 普通程序's (a blank procedure too) plus an approved extension. */
    public static int limit(Reconsideration r, RunContext ctx) {
        Parameters p = ctx.parameters(r);
        if (SIMPLE.equals(r.getProcedure())) {
            return p.intValue("rec_simple_decision_days");
        }
        int days = p.intValue("rec_decision_days");
        return Boolean.TRUE.equals(r.getExtensionApproved()) ? days + p.intValue("rec_extension_days") : days;
    }

    /** REC-004's message values: the days taken and suspended, the limit and how it was set. */
    public static Map<String, Object> timeLimitArgs(Reconsideration r, RunContext ctx) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("days", daysTaken(r));
        args.put("suspended", r.getSuspendedDays() == null ? 0 : r.getSuspendedDays());
        args.put("limit", limit(r, ctx));
        Text how;
        if (SIMPLE.equals(r.getProcedure())) {
            how = new Text("简易程序", "summary procedure");
        } else if (Boolean.TRUE.equals(r.getExtensionApproved())) {
            how = new Text("普通程序，含经批准的延期", "ordinary procedure, with the approved extension");
        } else if (r.getProcedure() == null) {
            how = new Text("台账未填写「适用程序」，按普通程序计", "the ledger does not fill in the procedure; counted as ordinary procedure");
        } else {
            how = new Text("普通程序", "ordinary procedure");
        }
        args.put("procedure_limit", how);
        return args;
    }
}

package org.fazhi.rules;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Agency;

/**
 * AGY-001: the duties of 三(三) and 三(四) an agency's yearly record shows unmet — a legal adviser,
 * a public lawyer where the agency has qualified legal staff, and (for a people's government, in a
 * completed year) at least {@code min_rule_of_law_lectures} lectures for its leadership. Each
 * clause holds only on recorded values: a blank is never a breach.
 */
public final class AgencyDuties {
    static final String MIN_LECTURES = "min_rule_of_law_lectures";

    private AgencyDuties() {
    }

    static boolean noAdviser(Agency a) {
        return Boolean.FALSE.equals(a.getHasLegalAdviser());
    }

    static boolean noPublicLawyer(Agency a) {
        return a.getQualifiedLegalStaff() != null && a.getQualifiedLegalStaff() > 0
                && Boolean.FALSE.equals(a.getHasPublicLawyer());
    }

    static boolean fewLectures(RunContext ctx, Agency a) {
        return Boolean.TRUE.equals(a.getIsGovernment()) && a.getYear() != null
                && a.getYear() < ctx.getAsOf().getYear() && a.getRuleOfLawLectures() != null
                && a.getRuleOfLawLectures() < ctx.parameters(a).intValue(MIN_LECTURES);
    }

    /** Whether any duty is recorded as unmet. */
    public static boolean unmet(RunContext ctx, Agency a) {
        return noAdviser(a) || noPublicLawyer(a) || fewLectures(ctx, a);
    }

    /** Each unmet duty in a sentence with the plan's requirement, in order. */
    public static Text problems(RunContext ctx, Agency a) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (noAdviser(a)) {
            zh.add("台账记载未聘请法律顾问，规划三(四)要求党政机关法律顾问100%全覆盖");
            en.add("the record says no legal adviser is engaged, while the plan (III.4) requires every Party and government "
                    + "body to have one");
        }
        if (noPublicLawyer(a)) {
            zh.add("有" + a.getQualifiedLegalStaff() + "名具备法律职业资格或律师资格且专门从事法律事务的人员，但台账记载未设立公职律师，"
                    + "规划三(四)要求此类党政机关全部设立公职律师");
            en.add(a.getQualifiedLegalStaff() + " staff hold the legal or lawyer's qualification and work full-time on "
                    + "legal affairs, but the record says no public lawyer post is set up, which the plan (III.4) requires");
        }
        if (fewLectures(ctx, a)) {
            int min = ctx.parameters(a).intValue(MIN_LECTURES);
            zh.add(a.getYear() + "年度领导班子法治专题讲座" + a.getRuleOfLawLectures() + "期，少于规划三(三)要求的每年" + min + "期以上");
            en.add("the leadership held " + a.getRuleOfLawLectures() + " rule-of-law lectures in " + a.getYear()
                    + ", fewer than the " + min + " a year that the plan (III.3) requires");
        }
        return new Text(String.join("；", zh), String.join("; ", en));
    }
}

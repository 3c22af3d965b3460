package org.fazhi.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Suggestion;

/**
 * SUG-001: the written reply to a judicial or procuratorial suggestion is due two months after
 * receipt (a month-end receipt falls due on the last day of a shorter month), or 15 days after it
 * for an urgent 诉前检察建议. A blank kind or urgency takes the two months.
 */
public final class Suggestions {
    public static final String REPLY_MONTHS = "suggestion_reply_months";
    public static final String URGENT_REPLY_DAYS = "suggestion_urgent_reply_days";

    private Suggestions() {
    }

    /** The last day on which the reply is in time, with the deadlines in force for the record. */
    public static LocalDate deadline(RunContext ctx, Suggestion s) {
        Parameters p = ctx.parameters(s);
        return s.replyDeadline(p.intValue(REPLY_MONTHS), p.intValue(URGENT_REPLY_DAYS));
    }

    /** Replied after the deadline, or not recorded as replied and the deadline passed by the as-of date. */
    public static boolean late(RunContext ctx, Suggestion s) {
        if (s.getReceivedDate() == null) {
            return false;
        }
        LocalDate due = deadline(ctx, s);
        return s.getReplyDate() != null ? s.getReplyDate().isAfter(due) : ctx.getAsOf().isAfter(due);
    }

    /** The message's values: the deadline, how it was counted, and what the record shows. */
    public static Map<String, Object> args(RunContext ctx, Suggestion s) {
        Parameters p = ctx.parameters(s);
        LocalDate due = deadline(ctx, s);
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("term", s.urgentPreSuit()
                ? new Text("紧急情形的诉前检察建议应在收到后" + p.intValue(URGENT_REPLY_DAYS) + "日内书面回复",
                        "an urgent pre-suit procuratorial suggestion must be answered in writing within "
                                + p.intValue(URGENT_REPLY_DAYS) + " days of receipt")
                : new Text("应在收到后" + p.intValue(REPLY_MONTHS) + "个月内书面回复",
                        "it must be answered in writing within " + p.intValue(REPLY_MONTHS) + " months of receipt"));
        args.put("deadline", due);
        if (s.getReplyDate() != null) {
            long days = ctx.daysBetween(due, s.getReplyDate());
            args.put("problem", new Text(
                    "书面回复于" + s.getReplyDate() + "作出，超过期限" + days + "日。请核对回复函的落款日期；确属逾期的，请在案卷中说明原因，并抓好建议的落实。",
                    "The written reply is dated " + s.getReplyDate() + ", " + days + " days after the deadline. "
                            + "Check the date of the reply letter; if it was late, record the reason and see the suggestion implemented."));
        } else {
            args.put("problem", new Text(
                    "期限已过，但台账未填写「书面回复日期」。已回复的，请补填回复函的日期；尚未回复的，请尽快书面回复并说明逾期原因。",
                    "The deadline has passed and the record has no written reply date. If a reply was sent, fill in "
                            + "the date of the reply letter; if not, reply in writing now and record why it is late."));
        }
        return args;
    }
}

package org.fazhi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.PenaltyCase;

/**
 * The time limits of a penalty case (ENF-013, 014, 016, 019, 021, 025, 026, 027). Each check
 * returns the finding's wording when the limit was missed and null when it was not; the DRL binds
 * it ({@code from CaseTexts.found(...)}), so the condition and the message are computed once, by
 * the same code.
 */
public final class CaseDeadlines {
    /** The procedure decided on the spot (行政处罚法 第51条、第52条). */
    public static final String SIMPLE_PROCEDURE = "简易程序";
    private static final String ON_THE_SPOT = "当场交付";
    private static final String BY_POST = "邮寄送达";
    private static final String BY_NOTICE = "公告送达";

    private CaseDeadlines() {
    }

    /** ENF-013's finding: what the record shows, and what to do about it. */
    public record Lapse(Text facts, Text todo) {
    }

    private static final Text FILL_IN_SERVICE = new Text("请补填送达回证记载的日期（邮寄或公告送达的，同时填写送达方式及交寄或公告日期）；确未送达的，请立即依法送达。",
            "Fill in the date on the proof of service (for service by post or public notice, also the method and the posting"
            + " or publication date); if it was not served, serve it now.");
    private static final Text EXPLAIN_LATE = new Text("请核对送达回证：邮寄或公告送达的，请填写送达方式及交寄或公告日期；确属超期的，请在案卷中说明原因。",
            "Check the proof of service: for service by post or public notice fill in the method and the posting or"
            + " publication date; if the service was late, record the reason in the case file.");
    private static final Text EXPLAIN_NOT_ON_THE_SPOT = new Text("请核对送达回证：当事人不在场的，请更正适用程序或送达方式；确未当场交付的，请在案卷中说明原因。",
            "Check the proof of service: if the party was absent, correct the procedure or the method of service;"
            + " otherwise record the reason in the case file.");

    /**
     * ENF-013. A decision made on the spot (简易程序) or handed over on announcement (当场交付)
     * is served the same day; any other within {@code service_deadline_workdays} working days,
     * counted to the posting or publication date for 邮寄送达 and 公告送达 when it is recorded.
     */
    public static Lapse service(PenaltyCase c, RunContext ctx) {
        if (!PenaltyTerms.imposed(c)) {
            return null;
        }
        LocalDate decided = c.getDecisionDate();
        if (SIMPLE_PROCEDURE.equals(c.getProcedure()) || ON_THE_SPOT.equals(c.getServiceMethod())) {
            return sameDayService(c, ctx, decided);
        }
        int limit = ctx.parameters(c).intValue("service_deadline_workdays");
        boolean dispatched = (BY_POST.equals(c.getServiceMethod()) || BY_NOTICE.equals(c.getServiceMethod()))
                && c.getServiceDispatchDate() != null;
        LocalDate served = dispatched ? c.getServiceDispatchDate() : c.getServiceDate();
        if (served == null) {
            int elapsed = ctx.workdaysBetween(decided, ctx.getAsOf());
            if (elapsed <= limit) {
                return null;
            }
            return new Lapse(new Text("处罚决定于" + decided + "作出，至检查基准日" + ctx.getAsOf() + "已是决定后第" + elapsed
                    + "个工作日，但台账未填写「送达日期」，无法判断是否按期送达。",
                    "The penalty was decided on " + decided + "; by the as-of date " + ctx.getAsOf() + " " + elapsed
                    + " working days have passed, but the service date is not filled in, so whether it was served in time"
                    + " cannot be judged."), FILL_IN_SERVICE);
        }
        int days = ctx.workdaysBetween(decided, served);
        if (days <= limit) {
            return null;
        }
        String how = dispatched ? (BY_POST.equals(c.getServiceMethod()) ? "交寄" : "发布送达公告") : "送达";
        String howEn = dispatched ? (BY_POST.equals(c.getServiceMethod()) ? "posted" : "published by public notice") : "served";
        return new Lapse(new Text("处罚决定于" + decided + "作出，" + served + how + "，为决定后第" + days + "个工作日。",
                "The penalty was decided on " + decided + " and " + howEn + " on " + served + ", the " + ordinal(days)
                + " working day after the decision."), EXPLAIN_LATE);
    }

    private static Lapse sameDayService(PenaltyCase c, RunContext ctx, LocalDate decided) {
        boolean simple = SIMPLE_PROCEDURE.equals(c.getProcedure());
        String why = simple ? "本案适用简易程序，应当场交付" : "本案送达方式为当场交付";
        String whyEn = simple ? "The case was decided under the summary procedure, to be handed over on the spot,"
                : "The decision was to be handed over on the spot and";
        LocalDate served = c.getServiceDate();
        if (served == null) {
            if (!ctx.getAsOf().isAfter(decided)) {
                return null;
            }
            return new Lapse(new Text(why + "，处罚决定于" + decided + "作出，但台账未填写「送达日期」，无法判断是否当日交付。",
                    whyEn + " was decided on " + decided + ", but the service date is not filled in, so whether it was"
                    + " handed over the same day cannot be judged."), FILL_IN_SERVICE);
        }
        if (!served.isAfter(decided)) {
            return null;
        }
        return new Lapse(new Text(why + "，处罚决定于" + decided + "作出，" + served + "才送达，晚于决定当日。",
                whyEn + " was decided on " + decided + " but served only on " + served + ", after the day of the decision."),
                EXPLAIN_NOT_ON_THE_SPOT);
    }

    /** Days from filing to decision that count against the time limit: less those the law leaves out. */
    public static long countedDays(PenaltyCase c, RunContext ctx) {
        int suspended = c.getSuspendedDays() == null ? 0 : c.getSuspendedDays();
        return ctx.daysBetween(c.getFilingDate(), c.getDecisionDate()) - suspended;
    }

    /** ENF-014: the limit without an extension (the extended limit is ENF-026). */
    public static boolean beyondLimit(PenaltyCase c, RunContext ctx) {
        return c.getFilingDate() != null && c.getDecisionDate() != null
                && countedDays(c, ctx) > ctx.parameters(c).intValue("decision_deadline_days");
    }

    /** ENF-026: the limit with an approved extension. */
    public static boolean beyondExtendedLimit(PenaltyCase c, RunContext ctx) {
        Parameters p = ctx.parameters(c);
        return c.getFilingDate() != null && c.getDecisionDate() != null
                && countedDays(c, ctx) > p.intValue("decision_deadline_days") + p.intValue("decision_extension_days");
    }

    /** How the days were counted, for ENF-014 and ENF-026: "相隔X日（扣除依法不计入的Y日后为Z日）". */
    public static Text daysCounted(PenaltyCase c, RunContext ctx) {
        long total = ctx.daysBetween(c.getFilingDate(), c.getDecisionDate());
        if (c.getSuspendedDays() == null || c.getSuspendedDays() == 0) {
            return new Text("相隔" + total + "日", total + " days passed");
        }
        long counted = countedDays(c, ctx);
        return new Text("相隔" + total + "日，扣除依法不计入办案期限的" + c.getSuspendedDays() + "日后为" + counted + "日",
                total + " days passed, " + counted + " after the " + c.getSuspendedDays() + " days the law leaves out");
    }

    /**
     * ENF-016: the decision made public within {@code publicity_deadline_workdays} working days,
     * unless decided on the spot, lawfully not published, or a warning alone where warnings are
     * not published.
     */
    public static Text publicity(PenaltyCase c, RunContext ctx) {
        if (!PenaltyTerms.imposed(c) || SIMPLE_PROCEDURE.equals(c.getProcedure())
                || Boolean.TRUE.equals(c.getPublicityExempt())) {
            return null;
        }
        Parameters p = ctx.parameters(c);
        if (Set.of("警告").equals(c.getPenaltyTypes()) && !p.flag("publicity_warning_only")) {
            return null;
        }
        int limit = p.intValue("publicity_deadline_workdays");
        LocalDate decided = c.getDecisionDate();
        LocalDate published = c.getPublicityDate();
        if (published == null) {
            int elapsed = ctx.workdaysBetween(decided, ctx.getAsOf());
            if (elapsed <= limit) {
                return null;
            }
            return new Text("处罚决定于" + decided + "作出，至检查基准日" + ctx.getAsOf() + "已是决定后第" + elapsed
                    + "个工作日，但台账未填写「公示日期」。",
                    "The penalty was decided on " + decided + "; by the as-of date " + ctx.getAsOf() + " " + elapsed
                    + " working days have passed, but the publicity date is not filled in.");
        }
        int days = ctx.workdaysBetween(decided, published);
        if (days <= limit) {
            return null;
        }
        return new Text("处罚决定于" + decided + "作出，" + published + "公示，为决定后第" + days + "个工作日，超过"
                + limit + "个工作日。",
                "The penalty was decided on " + decided + " and made public on " + published + ", the " + ordinal(days)
                + " working day after the decision, later than " + limit + " working days.");
    }

    /** The start of the limitation period (ENF-019, ENF-027): the end of a continuing violation, else its date. */
    public static LocalDate limitationStart(PenaltyCase c) {
        return c.getViolationEndDate() != null ? c.getViolationEndDate() : c.getViolationDate();
    }

    /** The end the limitation period is judged at: the discovery, else the filing. */
    public static LocalDate limitationEnd(PenaltyCase c) {
        return c.getDiscoveryDate() != null ? c.getDiscoveryDate() : c.getFilingDate();
    }

    /** The last day of the limitation period of {@code parameter} years; null when the start is blank. */
    public static LocalDate limitDate(PenaltyCase c, RunContext ctx, String parameter) {
        LocalDate start = limitationStart(c);
        return start == null ? null : PenaltyTerms.plusYears(start, ctx.parameters(c).decimal(parameter));
    }

    /** ENF-019: discovered after the ordinary period, within the extended one. */
    public static boolean afterLimitation(PenaltyCase c, RunContext ctx) {
        LocalDate end = limitationEnd(c);
        LocalDate limit = limitDate(c, ctx, "limitation_years");
        return PenaltyTerms.imposed(c) && end != null && limit != null && end.isAfter(limit)
                && !end.isAfter(limitDate(c, ctx, "limitation_years_extended"));
    }

    /** ENF-027: discovered after even the extended period. */
    public static boolean afterExtendedLimitation(PenaltyCase c, RunContext ctx) {
        LocalDate end = limitationEnd(c);
        LocalDate limit = limitDate(c, ctx, "limitation_years_extended");
        return PenaltyTerms.imposed(c) && end != null && limit != null && end.isAfter(limit);
    }

    /** The dates the limitation was counted between, named as recorded (ENF-019, ENF-027 messages). */
    public static Text limitationDates(PenaltyCase c) {
        String startZh = c.getViolationEndDate() != null ? "违法行为终了于" + c.getViolationEndDate()
                : "违法行为发生于" + c.getViolationDate();
        String startEn = c.getViolationEndDate() != null ? "The violation ended on " + c.getViolationEndDate()
                : "The violation took place on " + c.getViolationDate();
        String endZh = c.getDiscoveryDate() != null ? "至发现日期" + c.getDiscoveryDate() : "至立案日" + c.getFilingDate();
        String endEn = c.getDiscoveryDate() != null ? "it was discovered on " + c.getDiscoveryDate()
                : "the case was filed on " + c.getFilingDate();
        return new Text(startZh + "，" + endZh, startEn + " and " + endEn);
    }

    /**
     * ENF-021: decided while the party could still request a hearing — within
     * {@code hearing_request_workdays} working days of the notice (行政处罚法 第64条(一)、第85条).
     */
    public static boolean beforeHearingRequestEnded(PenaltyCase c, RunContext ctx) {
        return c.getDecisionDate() != null && c.getNoticeDate() != null
                && !Boolean.TRUE.equals(c.getHearingRequested()) && !Boolean.TRUE.equals(c.getHearingWaived())
                && ctx.workdaysBetween(c.getNoticeDate(), c.getDecisionDate())
                    <= ctx.parameters(c).intValue("hearing_request_workdays")
                && PenaltyTerms.heavy(c, ctx);
    }

    /**
     * ENF-025: the transfer of a suspected crime (国务院令第310号 第5条): approved within
     * {@code transfer_approval_days} of the written report, transferred within
     * {@code transfer_after_approval_days} of the approval. Lists each limit missed.
     */
    public static Text transfer(PenaltyCase c, RunContext ctx) {
        if (!Boolean.TRUE.equals(c.getSuspectedCrime())) {
            return null;
        }
        Parameters p = ctx.parameters(c);
        int approvalDays = p.intValue("transfer_approval_days");
        int afterApproval = p.intValue("transfer_after_approval_days");
        LocalDate report = c.getTransferReportDate();
        LocalDate approval = c.getTransferApprovalDate();
        LocalDate transfer = c.getTransferDate();
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (report != null && approval != null && ctx.daysBetween(report, approval) > approvalDays) {
            zh.add("移送书面报告于" + report + "提出，" + approval + "才批准移送，相隔" + ctx.daysBetween(report, approval)
                    + "日，超过" + approvalDays + "日");
            en.add("the written transfer report of " + report + " was approved only on " + approval + ", "
                    + ctx.daysBetween(report, approval) + " days later, more than " + approvalDays);
        }
        if (approval != null && transfer != null && ctx.daysBetween(approval, transfer) > afterApproval) {
            zh.add(approval + "批准移送，" + transfer + "才移送司法机关，相隔" + ctx.daysBetween(approval, transfer)
                    + "日，超过" + afterApproval + "日");
            en.add("the transfer approved on " + approval + " was made only on " + transfer + ", "
                    + ctx.daysBetween(approval, transfer) + " days later, more than " + afterApproval);
        }
        if (approval != null && transfer == null && ctx.daysBetween(approval, ctx.getAsOf()) > afterApproval) {
            zh.add(approval + "批准移送，至检查基准日" + ctx.getAsOf() + "已过" + ctx.daysBetween(approval, ctx.getAsOf())
                    + "日，台账未填写「移送司法机关日期」");
            en.add("the transfer was approved on " + approval + " and " + ctx.daysBetween(approval, ctx.getAsOf())
                    + " days have passed by the as-of date " + ctx.getAsOf() + ", but the transfer date is not filled in");
        }
        return zh.isEmpty() ? null : new Text(String.join("；", zh), String.join("; ", en));
    }

    /** 1st, 2nd, 3rd, 4th… for the English messages. */
    static String ordinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }
}

package org.fazhi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.Decision;

/**
 * The vocabulary of the major-decision rules (plan 二(三)): the five aspects a legality review
 * must cover, the steps it must examine, and the execution elements a decision must state.
 * Each method returns what a message names, in Chinese and English.
 */
public final class DecisionSteps {
    /** The five aspects of a full legality review, in the plan's order (二(三)3). */
    public static final List<String> REVIEW_ASPECTS = List.of("决策主体", "决策依据", "决策内容", "决策权限", "决策程序");
    private static final List<String> REVIEW_ASPECTS_EN = List.of(
            "decision-making body", "legal basis", "content", "authority", "procedure");

    private DecisionSteps() {
    }

    /**
     * R, the step the preparatory steps must precede: the discussion date, else the decision date
     * (null while the decision has reached neither, and the rules that compare with R stay quiet).
     */
    public static LocalDate reference(Decision d) {
        return d.getDiscussionDate() != null ? d.getDiscussionDate() : d.getDecisionDate();
    }

    /** The decision reached discussion and {@code step} is blank or later than R. */
    public static boolean missingBeforeDiscussion(Decision d, LocalDate step) {
        LocalDate r = reference(d);
        return r != null && (step == null || step.isAfter(r));
    }

    /** What is wrong with a step that had to precede R: its date is blank, or later than R. */
    public static Text beforeDiscussion(Decision d, LocalDate step, String header, String en) {
        boolean discussed = d.getDiscussionDate() != null;
        return StepTexts.missingOrLater(header, en, step,
                discussed ? "集体讨论日期" : "决定日期", discussed ? "collective discussion date" : "decision date",
                reference(d));
    }

    /** Working days from the decision to its publication, or to the as-of date while unpublished. */
    public static int workdaysToPublication(Decision d, RunContext ctx) {
        LocalDate end = d.getPublishedDate() != null ? d.getPublishedDate() : ctx.getAsOf();
        return ctx.workdaysBetween(d.getDecisionDate(), end);
    }

    /** DEC-019: published on which working day after the decision, or not yet by the as-of date. */
    public static Text publication(Decision d, RunContext ctx) {
        int days = workdaysToPublication(d, ctx);
        if (d.getPublishedDate() == null) {
            return new Text("台账未填写「决策公布日期」，至检查基准日" + ctx.getAsOf() + "已是决定后第" + days + "个工作日",
                    "the ledger does not fill in the publication date; the as-of date " + ctx.getAsOf()
                            + " is working day " + days + " after the decision");
        }
        return new Text("于" + d.getPublishedDate() + "公布，为决定后第" + days + "个工作日",
                "it was published on " + d.getPublishedDate() + ", working day " + days + " after the decision");
    }

    /** The review aspects that {@code scope} does not cover, in the plan's order (blank covers none). */
    public static List<String> missingReviewAspects(Set<String> scope) {
        List<String> missing = new ArrayList<>(REVIEW_ASPECTS.size());
        for (String aspect : REVIEW_ASPECTS) {
            if (scope == null || !scope.contains(aspect)) {
                missing.add(aspect);
            }
        }
        return missing;
    }

    /** True when the review scope lacks at least one of the five aspects. */
    public static boolean lacksReviewAspect(Set<String> scope) {
        return !missingReviewAspects(scope).isEmpty();
    }

    /** The missing review aspects, for a message: 「决策权限、决策程序」 / "决策权限 (authority), …". */
    public static Text missingReviewAspectsText(Set<String> scope) {
        Joined joined = new Joined();
        for (String aspect : missingReviewAspects(scope)) {
            joined.add(aspect, aspect + " (" + REVIEW_ASPECTS_EN.get(REVIEW_ASPECTS.indexOf(aspect)) + ")");
        }
        return joined.text();
    }

    /**
     * The steps the legality review should have examined (public participation, expert review,
     * risk assessment) that took place after it, each with its date.
     */
    public static Text stepsAfterReview(Decision d) {
        Joined joined = new Joined();
        LocalDate review = d.getLegalityReviewDate();
        addIfAfter(joined, d.getPublicParticipationDate(), review, "公众参与", "public participation");
        addIfAfter(joined, d.getExpertReviewDate(), review, "专家论证", "expert review");
        addIfAfter(joined, d.getRiskAssessmentDate(), review, "风险评估", "risk assessment");
        return joined.text();
    }

    /** The execution elements (owner, time limit, feedback) the decision leaves blank (二(三)4). */
    public static Text missingExecution(Decision d) {
        Joined joined = new Joined();
        if (d.getExecutionOwner() == null) {
            joined.add("「执行主体」", "execution owner");
        }
        if (d.getExecutionDeadline() == null) {
            joined.add("「执行时限」", "execution time limit");
        }
        if (d.getExecutionFeedback() == null) {
            joined.add("「执行反馈」", "execution feedback");
        }
        return joined.text();
    }

    private static void addIfAfter(Joined joined, LocalDate step, LocalDate review, String zh, String en) {
        if (step != null && review != null && step.isAfter(review)) {
            joined.add(zh + "（" + step + "）", en + " (" + step + ")");
        }
    }

    /** A list in both languages: 、 between Chinese items, ", " between English ones. */
    private static final class Joined {
        private final StringBuilder zh = new StringBuilder();
        private final StringBuilder en = new StringBuilder();

        void add(String zhItem, String enItem) {
            if (!zh.isEmpty()) {
                zh.append('、');
                en.append(", ");
            }
            zh.append(zhItem);
            en.append(enItem);
        }

        Text text() {
            return new Text(zh.toString(), en.toString());
        }
    }
}

package org.fazhi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Text;
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
            joined.add("执行主体", "execution owner");
        }
        if (d.getExecutionDeadline() == null) {
            joined.add("执行时限", "execution time limit");
        }
        if (d.getExecutionFeedback() == null) {
            joined.add("执行反馈", "execution feedback");
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

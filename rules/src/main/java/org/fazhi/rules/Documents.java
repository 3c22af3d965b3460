package org.fazhi.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.catalogue.Text;
import org.fazhi.model.NormativeDocument;

/** Vocabulary of the normative-document rules (plan 二(二)3). */
public final class Documents {
    /** The filing review found a problem. */
    public static final String PROBLEM_FOUND = "有问题";

    private Documents() {
    }

    /** DOC-006: the review found the draft unlawful, or the collective deliberation is missing or out of order. */
    public static boolean procedureBroken(NormativeDocument d) {
        return !procedureProblems(d).zh().isEmpty();
    }

    /**
     * DOC-006: each way the document's issue departs from 合法性审核 → 集体审议 → 印发, as recorded
     * (a blank deliberation date is named as a blank, not as a missing step).
     */
    public static Text procedureProblems(NormativeDocument d) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        LocalDate review = d.getLegalityReviewDate();
        LocalDate collective = d.getCollectiveReviewDate();
        if ("不合法".equals(d.getLegalityReviewResult())) {
            zh.add("合法性审核结论为“不合法”");
            en.add("the legality review found the draft unlawful (\"不合法\")");
        }
        if (collective == null) {
            Text blank = StepTexts.blank("集体审议日期", "collective deliberation date");
            zh.add(blank.zh());
            en.add(blank.en());
        } else if (collective.isAfter(d.getIssueDate())) {
            zh.add("集体审议（" + collective + "）晚于印发（" + d.getIssueDate() + "）");
            en.add("the collective deliberation (" + collective + ") is later than the issue (" + d.getIssueDate() + ")");
        }
        if (review != null && collective != null && review.isAfter(collective)) {
            zh.add("合法性审核（" + review + "）晚于集体审议（" + collective + "）");
            en.add("the legality review (" + review + ") is later than the collective deliberation (" + collective + ")");
        }
        return new Text(String.join("；", zh), String.join("; ", en));
    }

    /** Whether the document was filed within {@code deadlineDays} calendar days of its issue. */
    public static boolean filedInTime(LocalDate issued, LocalDate filed, int deadlineDays) {
        return filed != null && ChronoUnit.DAYS.between(issued, filed) <= deadlineDays;
    }

    /** How the document was filed, for DOC-002's message: blank, or on which date and how many days after issue. */
    public static Text filing(LocalDate issued, LocalDate filed) {
        if (filed == null) {
            return StepTexts.blank("报送备案日期", "filing date");
        }
        long days = ChronoUnit.DAYS.between(issued, filed);
        return new Text("于" + filed + "报送备案，为印发后第" + days + "日",
                "it was filed on " + filed + ", " + days + " days after issue");
    }

    /** DOC-003: the correction is blank, or recorded as not made. */
    public static Text correction(Boolean corrected) {
        return corrected == null ? StepTexts.blank("已纠正", "correction")
                : new Text("台账记载“已纠正：否”", "the ledger records it as not corrected");
    }
}

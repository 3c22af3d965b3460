package org.fazhi.rules;

import java.util.List;
import org.fazhi.catalogue.Text;
import org.fazhi.model.Litigation;

/** Vocabulary of the litigation rules (plan 二(六)6). */
public final class Litigations {
    /**
     * Case categories in which the head of the agency sued must appear in court: major public
     * interests, and cases of high public concern or that may lead to mass incidents.
     */
    public static final List<String> HEAD_MUST_APPEAR = List.of(
            "食品药品安全", "生态环境和资源保护", "公共卫生安全", "房屋土地征收", "移民搬迁安置", "旧城改造", "群体性事件风险");

    private Litigations() {
    }

    /** The head must appear: the category is one of {@link #HEAD_MUST_APPEAR} or the court gave written notice. */
    public static boolean headMustAppear(String category, Boolean courtNotice) {
        return listed(category) || Boolean.TRUE.equals(courtNotice);
    }

    /**
     * The head's absence is lawful: a reason is recorded (法释〔2020〕3号 第8条) and the agency's
     * staff appeared in the head's place (行政诉讼法 第3条第3款). A blank staff_appeared is not shown.
     */
    public static boolean lawfullyRepresented(String absenceReason, Boolean staffAppeared) {
        return absenceReason != null && Boolean.TRUE.equals(staffAppeared);
    }

    /** LIT-001: what the record says about the absence — the reason and the staff, each filled or blank. */
    public static Text absence(Litigation l) {
        Text reason = l.getAbsenceReason() == null
                ? StepTexts.blank("未出庭原因", "reason for the absence")
                : new Text("未出庭原因记载为“" + l.getAbsenceReason() + "”", "the recorded reason is \"" + l.getAbsenceReason() + "\"");
        Text staff;
        if (l.getStaffAppeared() == null) {
            staff = StepTexts.unanswered("委托工作人员出庭", "whether staff appeared on the head's behalf");
        } else if (l.getStaffAppeared()) {
            staff = new Text("已委托工作人员出庭", "staff appeared on the head's behalf");
        } else {
            staff = new Text("记载未委托工作人员出庭", "the record says no staff appeared on the head's behalf");
        }
        return new Text(reason.zh() + "，" + staff.zh(), reason.en() + "; " + staff.en());
    }

    private static boolean listed(String category) {
        return category != null && HEAD_MUST_APPEAR.contains(category);
    }

    /** Why the head had to appear, for LIT-001's message. */
    public static Text whyHeadMustAppear(String category, Boolean courtNotice) {
        boolean listed = listed(category);
        boolean noticed = Boolean.TRUE.equals(courtNotice);
        if (listed && noticed) {
            return new Text("案件类别为" + category + "，且法院书面通知负责人出庭",
                    "the case category is " + category + " and the court gave written notice for the head to appear");
        }
        if (listed) {
            return new Text("案件类别为" + category, "the case category is " + category);
        }
        return new Text("法院书面通知负责人出庭", "the court gave written notice for the head to appear");
    }
}

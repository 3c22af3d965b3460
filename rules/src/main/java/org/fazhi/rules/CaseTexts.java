package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.model.Officer;
import org.fazhi.model.PenaltyCase;

/** Parts of penalty-case messages that depend on which condition of a rule held. */
public final class CaseTexts {
    /** Penalty types the summary procedure may impose (行政处罚法 第51条), and the no-penalty outcome. */
    private static final Set<String> SUMMARY_TYPES = Set.of("警告", "罚款", PenaltyTerms.NO_PENALTY);

    private CaseTexts() {
    }

    /**
     * A wording that a check returned, as the list a DRL {@code from} reads: empty when the check
     * found nothing (Drools' {@code from} does not accept null).
     */
    public static <T> List<T> found(T value) {
        return value == null ? List.of() : List.of(value);
    }

    /**
     * A step that must come no later than the decision: "台账未填写「X」" when its date is blank
     * (the ledger may be incomplete), "X为D，晚于处罚决定日期" when it is late (a breach).
     */
    public static Text stepDate(String headerZh, String nameEn, LocalDate date, LocalDate decided) {
        if (date == null) {
            return new Text("台账未填写「" + headerZh + "」", "the " + nameEn + " is not filled in");
        }
        return new Text(headerZh + "为" + date + "，晚于处罚决定日期" + decided,
                "the " + nameEn + " is " + date + ", after the decision on " + decided);
    }

    /** ENF-002: how the record shows meeting minutes as the basis, naming only what is filled in. */
    public static Text minutes(PenaltyCase c) {
        String zh = "会议纪要".equals(c.getBasisType()) ? "处罚依据类型为会议纪要" : "";
        String en = "会议纪要".equals(c.getBasisType()) ? "the basis type is '会议纪要' (meeting minutes)" : "";
        if (c.getBasis() != null) {
            zh += (zh.isEmpty() ? "" : "，") + "处罚依据为“" + c.getBasis() + "”";
            en += (en.isEmpty() ? "" : " and ") + "the basis is '" + c.getBasis() + "'";
        }
        return new Text(zh, en);
    }

    /** ENF-003: what is wrong with the basis. */
    public static Text basisProblem(PenaltyCase c) {
        if (c.getBasis() == null) {
            return new Text("台账未填写「处罚依据」", "the legal basis is not filled in");
        }
        return new Text("处罚依据“" + c.getBasis() + "”的类型为" + c.getBasisType() + "，不是法律、法规或规章",
                "the basis '" + c.getBasis() + "' is recorded as " + typeEn(c.getBasisType())
                + ", not a law, regulation or rule");
    }

    private static String typeEn(String basisType) {
        return "规范性文件".equals(basisType) ? "a normative document" : "another kind of document";
    }

    /** A bool that must be 是: blank (not filled in) or 否 (recorded as not done). */
    public static Text notYes(Boolean value, String headerZh, String notDoneZh, String nameEn, String notDoneEn) {
        return value == null
                ? new Text("台账未填写「" + headerZh + "」", "'" + nameEn + "' is not filled in")
                : new Text(notDoneZh, notDoneEn);
    }

    /** ENF-011: the fine as recorded, never more than the record says. */
    public static Text fine(PenaltyCase c) {
        if (c.getFineAmount() != null && c.getFineAmount().signum() > 0) {
            String amount = PenaltyTerms.plain(c.getFineAmount());
            return new Text("罚款" + amount + "元", "a fine of " + amount + " yuan");
        }
        return new Text("处罚种类含罚款", "the penalty types include a fine");
    }

    /** ENF-022: why deciding was not allowed — after a hearing without prior review, or a failed review. */
    public static Text legalReview(PenaltyCase c) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        LocalDate heard = c.getHearingDate();
        LocalDate decided = c.getDecisionDate();
        LocalDate reviewed = c.getLegalReviewDate();
        if (heard != null && !heard.isAfter(decided) && (reviewed == null || reviewed.isAfter(decided))) {
            Text review = stepDate("法制审核日期", "legal review date", reviewed, decided);
            zh.add("本案于" + heard + "举行听证，属于经过听证程序的处罚，但" + review.zh());
            en.add("a hearing was held on " + heard + ", so the decision needed a legal review, but " + review.en());
        }
        if ("不通过".equals(c.getLegalReviewResult())) {
            zh.add("法制审核结论为“不通过”");
            en.add("the legal review's conclusion is 'not passed'");
        }
        return new Text(String.join("；", zh), String.join("; ", en));
    }

    /** ENF-023: the ways the penalty exceeds what the summary procedure allows (null when none). */
    public static Text summaryLimits(PenaltyCase c, Parameters p) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> other = new ArrayList<>();
        if (c.getPenaltyTypes() != null) {
            for (String type : c.getPenaltyTypes()) {
                if (!SUMMARY_TYPES.contains(type)) {
                    other.add(type);
                }
            }
        }
        if (!other.isEmpty()) {
            zh.add("处罚种类含" + String.join("、", other) + "（简易程序只能给予警告或罚款）");
            en.add("the penalty types include " + String.join(", ", other) + " (the summary procedure allows only a warning or a fine)");
        }
        BigDecimal fine = c.getFineAmount();
        String party = c.getPartyType();
        boolean natural = PenaltyTerms.NATURAL_PERSON.equals(party);
        BigDecimal limit = p.decimal(natural ? "simple_fine_natural" : "simple_fine_org");
        if (fine != null && fine.compareTo(limit) > 0) {
            String who = natural ? "自然人" : party == null ? "当事人类型未填写，按法人、其他组织" : party;
            String whoEn = natural ? "natural person" : party == null ? "party type not filled in, judged as an organisation"
                    : "legal person or other organisation";
            zh.add("罚款" + PenaltyTerms.plain(fine) + "元超过简易程序" + PenaltyTerms.plain(limit) + "元的上限（" + who + "）");
            en.add("the fine of " + PenaltyTerms.plain(fine) + " yuan exceeds the summary-procedure limit of "
                    + PenaltyTerms.plain(limit) + " yuan (" + whoEn + ")");
        }
        return zh.isEmpty() ? null : new Text(String.join("；", zh), String.join("; ", en));
    }

    /** ENF-024: which ground of 第33条 the record states. */
    public static Text noPenaltyGround(PenaltyCase c) {
        return grounds(Boolean.TRUE.equals(c.getMinorNoHarm()) && Boolean.TRUE.equals(c.getCorrected()),
                MINOR_CORRECTED_NO_HARM, Boolean.TRUE.equals(c.getNoFaultProven()), NO_FAULT);
    }

    /** ENF-012: which ground for exemption the record states. */
    public static Text exemptionGround(PenaltyCase c) {
        return grounds(Boolean.TRUE.equals(c.getFirstOffenseMinor()) && Boolean.TRUE.equals(c.getCorrected()),
                FIRST_MINOR_CORRECTED, Boolean.TRUE.equals(c.getOnExemptionList()), ON_EXEMPTION_LIST);
    }

    private static final Text MINOR_CORRECTED_NO_HARM = new Text("违法行为轻微并及时改正，没有造成危害后果",
            "the violation was minor, corrected in time and caused no harm");
    private static final Text NO_FAULT = new Text("有证据足以证明当事人没有主观过错",
            "there is sufficient evidence that the party was not at fault");
    private static final Text FIRST_MINOR_CORRECTED = new Text("初次违法且危害后果轻微并及时改正",
            "a first offence with minor harm, corrected in time");
    private static final Text ON_EXEMPTION_LIST = new Text("属于免罚清单事项",
            "the act is on the list of violations exempt from penalty");

    /** The grounds that hold, joined (one of them holds whenever the rule fired). */
    private static Text grounds(boolean first, Text firstText, boolean second, Text secondText) {
        if (first && second) {
            return new Text(firstText.zh() + "；" + secondText.zh(), firstText.en() + "; " + secondText.en());
        }
        return first ? firstText : secondText;
    }

    /** An officer in a sentence: name and certificate number, or the number alone. */
    public static Text officer(Officer o) {
        if (o.getName() == null) {
            return new Text(o.getOfficerId(), o.getOfficerId());
        }
        return new Text(o.getName() + "（" + o.getOfficerId() + "）", o.getName() + " (" + o.getOfficerId() + ")");
    }
}

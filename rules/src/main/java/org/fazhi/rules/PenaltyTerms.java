package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.PenaltyCase;

/**
 * The vocabulary of the penalty-case rules (rules.md, "Administrative penalty cases"), defined
 * once so that the DRL and the tests agree: "penalty imposed", "heavy penalty" and the date a
 * case is judged at.
 */
public final class PenaltyTerms {
    /** The penalty type that means no penalty was imposed. */
    public static final String NO_PENALTY = "不予处罚";
    /** 责令停产停业 (ENF-020). */
    public static final String SUSPENSION = "责令停产停业";
    /** Penalty types that make a penalty heavy regardless of amounts (行政处罚法 第63条). */
    public static final List<String> HEAVY_TYPES = List.of("降低资质等级", "吊销许可证件", "责令停产停业", "责令关闭", "限制从业");
    /** The party type judged against {@code hearing_fine_natural}; every other (or blank) uses {@code hearing_fine_org}. */
    public static final String NATURAL_PERSON = "自然人";

    private PenaltyTerms() {
    }

    /** "Penalty imposed": the penalty types hold a value other than 不予处罚. */
    public static boolean penaltyImposed(Set<String> penaltyTypes) {
        if (penaltyTypes != null) {
            for (String type : penaltyTypes) {
                if (!NO_PENALTY.equals(type)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 较大数额 threshold for this party type: natural person, else (法人, 其他组织, blank) organisation. */
    public static BigDecimal largeAmount(String partyType, Parameters parameters) {
        return NATURAL_PERSON.equals(partyType)
                ? parameters.decimal("hearing_fine_natural")
                : parameters.decimal("hearing_fine_org");
    }

    /** "Heavy penalty" with the parameters in force for the case's agency and field. */
    public static boolean heavy(PenaltyCase c, RunContext context) {
        return heavy(c, context.parameters(c));
    }

    /**
     * "Heavy penalty" as rules.md defines it. Judged for every case, so it decides without
     * building the sentence {@link #heavyReason} writes for the few that are.
     */
    public static boolean heavy(PenaltyCase c, Parameters parameters) {
        BigDecimal threshold = largeAmount(c.getPartyType(), parameters);
        return !heavyTypes(c).isEmpty()
                || atLeast(c.getFineAmount(), threshold)
                || atLeast(c.getConfiscationAmount(), threshold);
    }

    /** The case's penalty types that are heavy in themselves, in {@link #HEAVY_TYPES} order. */
    private static List<String> heavyTypes(PenaltyCase c) {
        Set<String> types = c.getPenaltyTypes();
        if (types == null || types.isEmpty()) {
            return List.of();
        }
        List<String> heavy = new ArrayList<>(1);
        for (String type : HEAVY_TYPES) {
            if (types.contains(type)) {
                heavy.add(type);
            }
        }
        return heavy;
    }

    /** Why the penalty is heavy, for the message; null when it is not. */
    public static Text heavyReason(PenaltyCase c, Parameters parameters) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> heavyTypes = heavyTypes(c);
        if (!heavyTypes.isEmpty()) {
            zh.add("处罚种类含" + String.join("、", heavyTypes));
            en.add("the penalty types include " + String.join(", ", heavyTypes));
        }
        BigDecimal threshold = largeAmount(c.getPartyType(), parameters);
        String partyZh = c.getPartyType() == null ? "当事人类型为空，按法人、其他组织" : c.getPartyType();
        String partyEn = NATURAL_PERSON.equals(c.getPartyType()) ? "natural person"
                : c.getPartyType() == null ? "party type blank, judged as an organisation" : "legal person or other organisation";
        if (atLeast(c.getFineAmount(), threshold)) {
            zh.add("罚款" + plain(c.getFineAmount()) + "元达到较大数额标准" + plain(threshold) + "元（" + partyZh + "）");
            en.add("a fine of " + plain(c.getFineAmount()) + " yuan reaches the large-amount threshold of "
                    + plain(threshold) + " yuan (" + partyEn + ")");
        }
        if (atLeast(c.getConfiscationAmount(), threshold)) {
            zh.add("没收" + plain(c.getConfiscationAmount()) + "元达到较大数额标准" + plain(threshold) + "元（" + partyZh + "）");
            en.add("a confiscation of " + plain(c.getConfiscationAmount()) + " yuan reaches the large-amount threshold of "
                    + plain(threshold) + " yuan (" + partyEn + ")");
        }
        return zh.isEmpty() ? null : new Text(String.join("；", zh), String.join("; ", en));
    }

    /**
     * The date an officer's certificate must still be valid on (ENF-009): the decision date,
     * else the filing date.
     */
    public static LocalDate actDate(PenaltyCase c) {
        return c.getDecisionDate() != null ? c.getDecisionDate() : c.getFilingDate();
    }

    /** The name of the field {@link #actDate} took its date from. */
    public static Text actDateField(PenaltyCase c) {
        return c.getDecisionDate() != null ? new Text("处罚决定日期", "decision date") : new Text("立案日期", "filing date");
    }

    /** Number of distinct officer certificate numbers (blank = 0). */
    public static int officerCount(Set<String> officerIds) {
        return officerIds == null ? 0 : officerIds.size();
    }

    private static boolean atLeast(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.compareTo(threshold) >= 0;
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}

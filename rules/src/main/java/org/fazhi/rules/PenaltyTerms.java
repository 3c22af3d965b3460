package org.fazhi.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Set;
import org.fazhi.catalogue.Text;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RunContext;
import org.fazhi.model.PenaltyCase;
import org.fazhi.read.Identifiers;

/**
 * The vocabulary of the penalty-case rules (docs/spec/rules.md, "Administrative penalty cases"), defined
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
    /** The party type judged against the natural-person thresholds; every other (or blank) against the organisation's. */
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

    /** "Penalty imposed" as docs/spec/rules.md v2 defines it: decided, and a type other than 不予处罚. */
    public static boolean imposed(PenaltyCase c) {
        return c.getDecisionDate() != null && penaltyImposed(c.getPenaltyTypes());
    }

    /**
     * The 较大数额 fine threshold for this party type: natural person, else organisation. A blank
     * party type is judged against the organisation's (higher) threshold, so that an amount
     * between the two never counts as heavy until the party type is known (DQ-004).
     */
    public static BigDecimal largeAmount(String partyType, Parameters parameters) {
        return NATURAL_PERSON.equals(partyType)
                ? parameters.decimal("hearing_fine_natural")
                : parameters.decimal("hearing_fine_org");
    }

    /** The 较大数额 confiscation threshold for this party type, as {@link #largeAmount}. */
    public static BigDecimal largeConfiscation(String partyType, Parameters parameters) {
        return NATURAL_PERSON.equals(partyType)
                ? parameters.decimal("hearing_confiscation_natural")
                : parameters.decimal("hearing_confiscation_org");
    }

    /** "Heavy penalty" with the parameters in force for the case's agency and field. */
    public static boolean heavy(PenaltyCase c, RunContext context) {
        return heavy(c, context.parameters(c));
    }

    /**
     * "Heavy penalty" as docs/spec/rules.md defines it. Judged for every case, so it decides without
     * building the sentence {@link #heavyReason} writes for the few that are.
     */
    public static boolean heavy(PenaltyCase c, Parameters parameters) {
        return !heavyTypes(c).isEmpty()
                || atLeast(c.getFineAmount(), largeAmount(c.getPartyType(), parameters))
                || atLeast(c.getConfiscationAmount(), largeConfiscation(c.getPartyType(), parameters));
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
        String partyZh = c.getPartyType() == null ? "当事人类型未填写，按法人、其他组织的标准" : c.getPartyType();
        String partyEn = NATURAL_PERSON.equals(c.getPartyType()) ? "natural person"
                : c.getPartyType() == null ? "party type not filled in, judged by the organisation threshold"
                : "legal person or other organisation";
        BigDecimal fineThreshold = largeAmount(c.getPartyType(), parameters);
        if (atLeast(c.getFineAmount(), fineThreshold)) {
            zh.add("罚款" + plain(c.getFineAmount()) + "元达到较大数额标准" + plain(fineThreshold) + "元（" + partyZh + "）");
            en.add("a fine of " + plain(c.getFineAmount()) + " yuan reaches the large-amount threshold of "
                    + plain(fineThreshold) + " yuan (" + partyEn + ")");
        }
        BigDecimal confiscationThreshold = largeConfiscation(c.getPartyType(), parameters);
        if (atLeast(c.getConfiscationAmount(), confiscationThreshold)) {
            zh.add("没收" + plain(c.getConfiscationAmount()) + "元达到较大数额标准" + plain(confiscationThreshold)
                    + "元（" + partyZh + "）");
            en.add("a confiscation of " + plain(c.getConfiscationAmount()) + " yuan reaches the large-amount threshold of "
                    + plain(confiscationThreshold) + " yuan (" + partyEn + ")");
        }
        return zh.isEmpty() ? null : new Text(String.join("；", zh), String.join("; ", en));
    }

    /**
     * The date {@code years} after {@code from} (docs/spec/rules.md "a + N years", "a + N months"): a
     * fraction counts in whole months (0.5 = 6 months), and a day the target month lacks becomes
     * its last day (29 February + 1 year = 28 February).
     */
    public static LocalDate plusYears(LocalDate from, BigDecimal years) {
        long months = years.multiply(BigDecimal.valueOf(12)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return from.plusMonths(months);
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

    /**
     * Number of distinct officer certificate numbers as compared (trimmed, full-width folded, so
     * {@code A1、Ａ１} is one officer; blank = 0).
     */
    public static int officerCount(Collection<String> officerIds) {
        return officerIds == null ? 0 : Identifiers.distinct(officerIds).size();
    }

    private static boolean atLeast(BigDecimal amount, BigDecimal threshold) {
        return amount != null && amount.compareTo(threshold) >= 0;
    }

    static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
    }
}

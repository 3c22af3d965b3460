package org.fazhi.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.catalogue.Text;

/** Vocabulary of the officer rules (plan 三(四)). */
public final class Officers {
    /** The role of an enforcement officer, bound to the yearly training hours. */
    public static final String ENFORCEMENT = "行政执法";

    /**
     * Roles that need the legal professional qualification when first taken up: 行政处罚决定审核
     * (法制审核), 行政复议, 行政裁决, 法律顾问.
     */
    public static final List<String> LEGAL_ROLES = List.of("法制审核", "行政复议", "行政裁决", "法律顾问");

    private Officers() {
    }

    /** The roles of {@link #LEGAL_ROLES} the officer holds, in the catalogue's order (empty when none). */
    public static Set<String> legalRoles(Set<String> roles) {
        Set<String> held = new LinkedHashSet<>();
        if (roles != null) {
            LEGAL_ROLES.stream().filter(roles::contains).forEach(held::add);
        }
        return held;
    }

    /** Whether the officer holds any of the roles that need the legal professional qualification. */
    public static boolean hasLegalRole(Set<String> roles) {
        return !legalRoles(roles).isEmpty();
    }

    /** The state of a certificate on the as-of date, for STF-003's message: expired or expiring, and when. */
    public static Text certificateStatus(LocalDate validUntil, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, validUntil);
        if (days < 0) {
            return new Text("已过期" + -days + "天", "expired " + -days + " day(s) ago");
        }
        if (days == 0) {
            return new Text("今日到期", "expires today");
        }
        return new Text(days + "天后到期", "expires in " + days + " day(s)");
    }
}

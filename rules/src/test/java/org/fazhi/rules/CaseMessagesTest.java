package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.CaseRulesTest.kase;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * The messages of the penalty-case rules follow the house style over breaches and blanks alike: no
 * "（空）", no field keys or leftover placeholders, a remedy ("请…"), and an English text whose only
 * Chinese is the record's own values.
 */
class CaseMessagesTest {
    private static final Pattern KEY = Pattern.compile("\\b[a-z]+_[a-z_]+\\b");
    private static final Pattern CJK_RUN = Pattern.compile("[\\p{IsHan}（）「」、]+");

    /** Every case rule's violating example, and records where the rule fires on a blank. */
    private static List<Rec> records() {
        List<Rec> recs = new ArrayList<>();
        for (RuleSpec rule : Catalogue.builtIn().rules()) {
            if ("case".equals(rule.recordType()) && rule.examples().containsKey("violating")) {
                Rec rec = Rec.of("case");
                rule.examples().get("violating").forEach(rec::with);
                recs.add(rec);
            }
        }
        Rec decided = kase().with("penalty_types", "罚款").with("fine_amount", "200000").with("party_type", "法人")
                .with("decision_date", "2025-04-01").with("complex_or_major", "是").with("major_decision", "是")
                .with("hearing_requested", "是").with("officer_ids", "ZF-1").with("suspected_crime", "是")
                .with("filing_date", "2024-12-01").with("violation_date", "2022-01-01")
                .with("first_offense_minor", "是").with("corrected", "是").with("minor_no_harm", "是");
        recs.add(decided);
        recs.add(decided.copy().with("procedure", "简易程序").with("party_type", null).with("fine_amount", "5000"));
        recs.add(kase().with("suspected_crime", "是").with("transfer_approval_date", "2025-03-05"));
        return recs;
    }

    @Test
    void everyCaseMessageKeepsTheHouseStyle() {
        List<Finding> findings = new RuleRunner().run(records().toArray(Rec[]::new));
        Set<String> seen = new TreeSet<>();
        for (Finding f : findings) {
            if (!f.ruleId().startsWith("ENF-")) {
                continue;
            }
            seen.add(f.ruleId());
            assertThat(f.message()).as(f.ruleId()).doesNotContain("（空）", "{", "}").contains("请");
            assertThat(KEY.matcher(f.message()).find()).as(f.ruleId() + " zh names a key: " + f.message()).isFalse();
            assertThat(KEY.matcher(f.messageEn()).find()).as(f.ruleId() + " en names a key: " + f.messageEn()).isFalse();
            assertThat(f.messageEn()).as(f.ruleId()).doesNotContain("（空）", "{", "}");
            CJK_RUN.matcher(f.messageEn()).results().map(m -> m.group()).forEach(chinese ->
                    assertThat(isRecordValue(f, chinese)).as(f.ruleId() + " en has Chinese '" + chinese + "': " + f.messageEn())
                            .isTrue());
        }
        assertThat(seen).as("rules covered").hasSizeGreaterThanOrEqualTo(22);
    }

    /** Chinese in an English message is allowed only as a value of the record or the agency's name. */
    private static boolean isRecordValue(Finding f, String chinese) {
        String stripped = chinese.replaceAll("^[（）「」、]+|[（）「」、]+$", "");
        if (stripped.isEmpty() || f.agency() != null && f.agency().contains(stripped)) {
            return true;
        }
        return f.fields().values().stream().anyMatch(v -> v != null && v.contains(stripped))
                || Set.of("是", "否", "自然人", "法人", "其他组织", "吊销许可证件", "、").contains(stripped);
    }
}

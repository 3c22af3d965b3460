package org.fazhi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.fazhi.model.Decision;
import org.fazhi.model.Litigation;
import org.fazhi.model.NormativeDocument;
import org.fazhi.model.Officer;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Reconsideration;
import org.fazhi.model.Record;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;

/**
 * The plan's targets measured over the checked records (rules.md, "Indicators"): IND-01 … IND-08,
 * overall and per agency. Records are counted as they stream past ({@link #accept}); findings
 * are taken at the end ({@link #indicators}), so no record is kept: memory grows with the number
 * of agencies and findings.
 *
 * <p>Decisions of this implementation:
 * <ul>
 *   <li>Indicators measure the data, not the gate: they use every finding, including those a
 *       baseline or a waiver suppresses. A waiver says a breach is accepted, not that it did not
 *       happen.</li>
 *   <li>Where a finding decides (IND-01 DEC-005, IND-03 DOC-002, IND-04 any error on a case), a
 *       record meets the indicator when no such finding has its source (file, sheet, row) or lists
 *       it among its related members; record IDs are not used, since they may repeat (DQ-003).
 *       Such a finding can only exist on a record the indicator counts (DEC-005 needs
 *       stability_risk = 是, DOC-002 an issue date, and IND-04 counts every case), so the
 *       numerator is the count less the records with findings.</li>
 *   <li>The value is numerator / denominator rounded to 4 decimals (HALF_UP). Whether the target
 *       is met is decided on the exact ratio, so 18,999 of 20,000 (94.995%) does not meet 95%.</li>
 *   <li>A denominator of 0 is "no data": value and met are null. Every indicator is listed even
 *       without data, so that a supervisor sees what is missing.</li>
 *   <li>Per agency: only agencies with at least one record in the indicator's denominator,
 *       sorted by name; a record with a blank agency counts overall only.</li>
 * </ul>
 */
public final class IndicatorCalculator implements Consumer<Record> {
    /** The role whose officers IND-07 measures. */
    static final String ENFORCEMENT_ROLE = "行政执法";

    private final List<Definition> definitions;
    private final List<Tally> tallies = new ArrayList<>();

    /** @param minTrainingHours the {@code min_training_hours} parameter of the run */
    public IndicatorCalculator(BigDecimal minTrainingHours) {
        this.definitions = definitions(Objects.requireNonNull(minTrainingHours, "minTrainingHours"));
        definitions.forEach(d -> tallies.add(new Tally()));
    }

    /** Counts one record in every indicator that measures it. */
    @Override
    public void accept(Record record) {
        for (int i = 0; i < definitions.size(); i++) {
            Definition d = definitions.get(i);
            if (d.type().isInstance(record) && d.counted().test(record)) {
                tallies.get(i).add(record.getAgency(), d.met() == null || d.met().test(record));
            }
        }
    }

    /** The eight indicators, in ID order, given every finding of the run. */
    public List<Indicator> indicators(List<Finding> findings) {
        List<Indicator> indicators = new ArrayList<>(definitions.size());
        for (int i = 0; i < definitions.size(); i++) {
            Definition d = definitions.get(i);
            Tally tally = tallies.get(i);
            if (d.unmetBy() != null) {
                String typeKey = RecordTypes.of(d.type()).key();
                tally.subtractRecordsWith(findings, d.unmetBy().and(f -> typeKey.equals(f.recordType())));
            }
            indicators.add(tally.indicator(d));
        }
        return List.copyOf(indicators);
    }

    /** The indicators of records held in memory, for callers that have them all. */
    public List<Indicator> calculate(List<Record> records, List<Finding> findings) {
        records.forEach(this);
        return indicators(findings);
    }

    private static List<Definition> definitions(BigDecimal minTrainingHours) {
        return List.of(
                new Definition("IND-01", "重大行政决策风险评估率", "Risk assessment rate of major administrative decisions",
                        1.0, "二(三)2", Decision.class,
                        r -> isYes(((Decision) r).getStabilityRisk()),
                        null, f -> f.ruleId().equals("DEC-005")),
                new Definition("IND-02", "重大行政决策目录化管理率", "Catalogue management rate of major administrative decisions",
                        1.0, "二(三)2", Decision.class,
                        r -> ((Decision) r).getInAnnualCatalog() != null,
                        r -> isYes(((Decision) r).getInAnnualCatalog()), null),
                new Definition("IND-03", "规范性文件备案审查率", "Filing review rate of normative documents",
                        1.0, "二(二)3", NormativeDocument.class,
                        r -> ((NormativeDocument) r).getIssueDate() != null,
                        null, f -> f.ruleId().equals("DOC-002")),
                new Definition("IND-04", "行政执法案卷评查合格率", "Pass rate of enforcement case file reviews",
                        0.95, "二(七)3", PenaltyCase.class,
                        r -> true,
                        null, f -> f.severity() == Severity.ERROR),
                new Definition("IND-05", "行政机关负责人出庭应诉率", "Rate of agency heads appearing in court",
                        1.0, "二(六)6", Litigation.class,
                        r -> ((Litigation) r).getHeadAppeared() != null,
                        r -> isYes(((Litigation) r).getHeadAppeared()), null),
                new Definition("IND-06", "执法案件上平台率", "Rate of enforcement cases entered on the platform",
                        1.0, "二(八)3", PenaltyCase.class,
                        r -> ((PenaltyCase) r).getOnPlatform() != null,
                        r -> isYes(((PenaltyCase) r).getOnPlatform()), null),
                new Definition("IND-07", "执法人员培训达标率", "Rate of enforcement officers meeting the training hours",
                        1.0, "三(四)", Officer.class,
                        r -> isEnforcementOfficer((Officer) r) && ((Officer) r).getTrainingHours() != null,
                        r -> ((Officer) r).getTrainingHours().compareTo(minTrainingHours) >= 0, null),
                new Definition("IND-08", "行政复议决定书网上公开率", "Online publication rate of reconsideration decisions",
                        1.0, "二(六)5", Reconsideration.class,
                        r -> ((Reconsideration) r).getDecisionDate() != null
                                && ((Reconsideration) r).getPublishedOnline() != null,
                        r -> isYes(((Reconsideration) r).getPublishedOnline()), null));
    }

    private static boolean isYes(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean isEnforcementOfficer(Officer officer) {
        return officer.getRoles() != null && officer.getRoles().contains(ENFORCEMENT_ROLE);
    }

    /** The value rounded to 4 decimals, or null when there is no data. */
    static Double value(int numerator, int denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Whether numerator / denominator ≥ target, exactly; null when there is no data. */
    static Boolean met(int numerator, int denominator, double target) {
        if (denominator == 0) {
            return null;
        }
        BigDecimal needed = BigDecimal.valueOf(target).multiply(BigDecimal.valueOf(denominator));
        return BigDecimal.valueOf(numerator).compareTo(needed) >= 0;
    }

    /**
     * One indicator of rules.md: which records it is measured on, and which of them meet it —
     * decided by the record itself ({@code met}) or by the absence of a finding ({@code unmetBy}).
     */
    private record Definition(String id, String name, String nameEn, double target, String clause,
                              Class<? extends Record> type, Predicate<Record> counted, Predicate<Record> met,
                              Predicate<Finding> unmetBy) {
    }

    /** Counts overall and per agency. */
    private static final class Tally {
        private final int[] overall = new int[2];
        private final Map<String, int[]> byAgency = new TreeMap<>();

        void add(String agency, boolean met) {
            count(overall, met);
            if (agency != null && !agency.isBlank()) {
                count(byAgency.computeIfAbsent(agency.strip(), a -> new int[2]), met);
            }
        }

        /** Every record counted so far met it; those with a deciding finding did not. */
        void subtractRecordsWith(List<Finding> findings, Predicate<Finding> unmetBy) {
            Map<SourceRef, String> unmet = new HashMap<>();
            for (Finding finding : findings) {
                if (unmetBy.test(finding)) {
                    unmet.putIfAbsent(finding.source(), finding.agency());
                    for (Related member : finding.related()) {
                        unmet.putIfAbsent(member.source(), finding.agency());
                    }
                }
            }
            unmet.forEach((source, agency) -> {
                overall[0]--;
                int[] ofAgency = agency == null ? null : byAgency.get(agency.strip());
                if (ofAgency != null) {
                    ofAgency[0]--;
                }
            });
        }

        private static void count(int[] counts, boolean met) {
            counts[1]++;
            if (met) {
                counts[0]++;
            }
        }

        Indicator indicator(Definition d) {
            List<Indicator.ByAgency> agencies = new ArrayList<>(byAgency.size());
            byAgency.forEach((agency, c) -> agencies.add(new Indicator.ByAgency(agency, c[0], c[1],
                    value(c[0], c[1]), met(c[0], c[1], d.target()))));
            return new Indicator(d.id(), d.name(), d.nameEn(), overall[0], overall[1], value(overall[0], overall[1]),
                    d.target(), met(overall[0], overall[1], d.target()), d.clause(), List.copyOf(agencies));
        }
    }
}

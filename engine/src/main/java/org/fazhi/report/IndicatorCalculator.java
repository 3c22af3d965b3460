package org.fazhi.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.fazhi.model.Record;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;

/**
 * The plan's targets measured over the checked records (docs/spec/rules.md, "Indicators"): IND-01 … IND-10,
 * overall and per agency, each with the records its deciding field leaves blank ("unfilled").
 * Records are counted as they stream past ({@link #accept}), then findings ({@link #observe}).
 * What is kept per record is two bits of its row (counted, decided by a finding), for the
 * indicators a finding decides; otherwise memory grows with the number of agencies only.
 *
 * <p>Decisions of this implementation:
 * <ul>
 *   <li>Indicators measure the data, not the gate: they use every finding, including those a
 *       baseline or a waiver suppresses. A waiver says a breach is accepted, not that it did not
 *       happen.</li>
 *   <li>Where a finding decides (IND-01 DEC-005, IND-03 DOC-002, IND-04 an error other than DQ-*,
 *       IND-10 SUG-001), a counted record fails the indicator when such a finding has its source
 *       (file, sheet, row) or lists it among its related members; record IDs are not used, since
 *       they may repeat (DQ-003). A finding on a record the indicator does not count changes
 *       nothing.</li>
 *   <li>When {@code --only}/{@code --skip} left out the rule an indicator needs, it is "not
 *       computed": numerator, value and met are null and the reason names the rules.</li>
 *   <li>The value is numerator / denominator rounded to 4 decimals (HALF_UP). Whether the target
 *       is met is decided on the exact ratio, so 18,999 of 20,000 (94.995%) does not meet 95%.</li>
 *   <li>A denominator of 0 is "no data": value and met are null. Every indicator is listed even
 *       without data, so that a supervisor sees what is missing.</li>
 *   <li>Per agency: only agencies with at least one record in the indicator's denominator or its
 *       unfilled count, sorted by name; a record with a blank agency counts overall only.</li>
 * </ul>
 */
public final class IndicatorCalculator implements Consumer<Record> {
    private final List<IndicatorDefinition> definitions;
    private final Map<String, List<String>> notRun;
    private final List<Tally> tallies = new ArrayList<>();
    /** Per definition, the key of the record type it measures. */
    private final List<String> typeKeys = new ArrayList<>();

    /**
     * @param parameter  the value of a numeric parameter in force for a record (IND-07's hours, IND-10's
     *                   deadlines: record, name → value)
     * @param asOf       the as-of date of the run (IND-07's completed years, IND-10's due replies)
     * @param notRun     per indicator ID, the rules it needs that the run left out (empty when all ran)
     */
    public IndicatorCalculator(BiFunction<Record, String, BigDecimal> parameter, LocalDate asOf,
                               Map<String, List<String>> notRun) {
        this.definitions = IndicatorDefinition.all(Objects.requireNonNull(parameter, "parameter"),
                Objects.requireNonNull(asOf, "asOf"));
        this.notRun = Map.copyOf(notRun);
        for (IndicatorDefinition d : definitions) {
            tallies.add(new Tally(d.unmetBy() != null));
            typeKeys.add(RecordTypes.of(d.type()).key());
        }
    }

    /** Counts one record in every indicator that measures it. */
    @Override
    public void accept(Record record) {
        for (int i = 0; i < definitions.size(); i++) {
            IndicatorDefinition d = definitions.get(i);
            if (!d.type().isInstance(record)) {
                continue;
            }
            if (d.counted().test(record)) {
                tallies.get(i).add(record, d.met() == null || d.met().test(record));
            } else if (d.unfilled().test(record)) {
                tallies.get(i).addUnfilled(record.getAgency());
            }
        }
    }

    /**
     * Takes one finding of the run, suppressed or not, in report order: a counted record it decides
     * no longer meets the indicator (of the agency of the first such finding).
     */
    public void observe(Finding finding) {
        for (int i = 0; i < definitions.size(); i++) {
            IndicatorDefinition d = definitions.get(i);
            if (d.unmetBy() != null && typeKeys.get(i).equals(finding.recordType()) && d.unmetBy().test(finding)) {
                tallies.get(i).unmetBy(finding);
            }
        }
    }

    /**
     * What the records counted so far add up to, for {@link #add}ing to another calculator's: the
     * tallies of a cluster's partitions are merged on its driver before the findings are observed.
     */
    public Counts counts() {
        return new Counts(tallies.stream().map(Tally::copy).toList());
    }

    /** Counts the records another calculator (one of the same run) counted, as if they streamed past here. */
    public void add(Counts counts) {
        for (int i = 0; i < tallies.size(); i++) {
            tallies.get(i).add(counts.tallies.get(i));
        }
    }

    /** The records counted by one calculator, per indicator; opaque, and serializable to travel between machines. */
    public static final class Counts implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Tally> tallies;

        private Counts(List<Tally> tallies) {
            this.tallies = new ArrayList<>(tallies);
        }
    }

    /** The ten indicators, in ID order, once every record and finding of the run was taken. */
    public List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>(definitions.size());
        for (int i = 0; i < definitions.size(); i++) {
            IndicatorDefinition d = definitions.get(i);
            List<String> missing = notRun.getOrDefault(d.id(), List.of());
            indicators.add(missing.isEmpty() ? tallies.get(i).indicator(d) : tallies.get(i).notComputed(d, missing));
        }
        return List.copyOf(indicators);
    }

    /** The indicators of records and findings held in memory, for callers that have them all. */
    public List<Indicator> calculate(List<Record> records, List<Finding> findings) {
        records.forEach(this);
        findings.forEach(this::observe);
        return indicators();
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

    /** Counts overall and per agency: met, measured, unfilled. */
    private static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int[] overall = new int[3];
        private final TreeMap<String, int[]> byAgency = new TreeMap<>();
        /** The rows of the counted records per (file, sheet), when a finding decides; else null. */
        private final HashMap<String, BitSet> counted;
        /** Of those, the rows already found not to meet it, per (file, sheet). */
        private final HashMap<String, BitSet> unmet = new HashMap<>();
        private transient SourceRef lastSheet;
        private transient BitSet lastRows;

        Tally(boolean decidedByFindings) {
            this.counted = decidedByFindings ? new HashMap<>() : null;
        }

        /** A copy that later records counted here do not change. */
        Tally copy() {
            Tally copy = new Tally(counted != null);
            copy.add(this);
            return copy;
        }

        /** Adds another tally's counts; the sheets' rows are united. */
        void add(Tally other) {
            add(overall, other.overall);
            other.byAgency.forEach((agency, counts) -> add(byAgency.computeIfAbsent(agency, a -> new int[3]), counts));
            if (counted != null) {
                other.counted.forEach((sheet, rows) -> counted.computeIfAbsent(sheet, k -> new BitSet()).or(rows));
            }
            other.unmet.forEach((sheet, rows) -> unmet.computeIfAbsent(sheet, k -> new BitSet()).or(rows));
        }

        private static void add(int[] to, int[] from) {
            for (int i = 0; i < to.length; i++) {
                to[i] += from[i];
            }
        }

        void add(Record record, boolean met) {
            count(overall, met);
            int[] ofAgency = agency(record.getAgency());
            if (ofAgency != null) {
                count(ofAgency, met);
            }
            if (counted != null && record.getSource() != null) {
                rows(record.getSource()).set(record.getSource().row());
            }
        }

        void addUnfilled(String agency) {
            overall[2]++;
            int[] ofAgency = agency(agency);
            if (ofAgency != null) {
                ofAgency[2]++;
            }
        }

        private int[] agency(String agency) {
            if (agency == null || agency.isBlank()) {
                return null;
            }
            return byAgency.computeIfAbsent(agency.strip(), a -> new int[3]);
        }

        /** The rows of one sheet; records come sheet by sheet, so the last sheet's are usually asked for. */
        private BitSet rows(SourceRef source) {
            if (lastSheet == null || !Objects.equals(source.file(), lastSheet.file())
                    || !Objects.equals(source.sheet(), lastSheet.sheet())) {
                lastSheet = source;
                lastRows = counted.computeIfAbsent(sheetKey(source), k -> new BitSet());
            }
            return lastRows;
        }

        private boolean isCounted(SourceRef source) {
            BitSet rows = source == null ? null : counted.get(sheetKey(source));
            return rows != null && source.row() >= 0 && rows.get(source.row());
        }

        private static String sheetKey(SourceRef source) {
            return source.file() + '\u0000' + source.sheet();
        }

        /** A counted record with a deciding finding does not meet the indicator (once, however many findings). */
        void unmetBy(Finding finding) {
            unmet(finding.source(), finding.agency());
            for (Related member : finding.related()) {
                unmet(member.source(), finding.agency());
            }
        }

        /** The first deciding finding of a counted record takes it off the numerator, of its agency too. */
        private void unmet(SourceRef source, String agency) {
            if (!isCounted(source)) {
                return;
            }
            BitSet rows = unmet.computeIfAbsent(sheetKey(source), k -> new BitSet());
            if (rows.get(source.row())) {
                return;
            }
            rows.set(source.row());
            overall[0]--;
            int[] ofAgency = agency == null ? null : byAgency.get(agency.strip());
            if (ofAgency != null) {
                ofAgency[0]--;
            }
        }

        private static void count(int[] counts, boolean met) {
            counts[1]++;
            if (met) {
                counts[0]++;
            }
        }

        Indicator indicator(IndicatorDefinition d) {
            List<Indicator.ByAgency> agencies = new ArrayList<>(byAgency.size());
            byAgency.forEach((agency, c) -> agencies.add(new Indicator.ByAgency(agency, c[0], c[1], c[2],
                    value(c[0], c[1]), met(c[0], c[1], d.target()))));
            return new Indicator(d.id(), d.name().zh(), d.name().en(), overall[0], overall[1], overall[2],
                    value(overall[0], overall[1]), d.target(), met(overall[0], overall[1], d.target()), null, null,
                    d.clause(), List.copyOf(agencies));
        }

        /** The counts without the numerator, which the rules left out would have decided. */
        Indicator notComputed(IndicatorDefinition d, List<String> missing) {
            List<Indicator.ByAgency> agencies = new ArrayList<>(byAgency.size());
            byAgency.forEach((agency, c) -> agencies.add(new Indicator.ByAgency(agency, null, c[1], c[2], null,
                    null)));
            String rules = String.join("、", missing);
            return new Indicator(d.id(), d.name().zh(), d.name().en(), null, overall[1], overall[2], null,
                    d.target(), null, "本次检查未运行所需的规则 " + rules,
                    "the run left out the rules it needs: " + String.join(", ", missing),
                    d.clause(), List.copyOf(agencies));
        }
    }
}

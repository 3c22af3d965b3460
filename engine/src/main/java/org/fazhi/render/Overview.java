package org.fazhi.render;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fazhi.i18n.Lang;
import org.fazhi.render.present.Labels;
import org.fazhi.report.AgencyFilter;
import org.fazhi.report.Finding;
import org.fazhi.report.Indicator;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;

/**
 * The supervisors' story of a report (outputs.md, 概览): the agencies ranked by errors with the
 * records each had checked, and the most frequent problems with the agencies they touch. Made in
 * one pass over the findings, whatever their number; what it keeps grows with agencies and rules.
 * Agencies are named as the records write them, {@link Summary#NO_AGENCY} for none.
 */
public final class Overview {
    private final List<AgencyRow> agencies;
    private final List<ProblemRow> problems;
    private final int agenciesWithFindings;

    private Overview(List<AgencyRow> agencies, List<ProblemRow> problems, int agenciesWithFindings) {
        this.agencies = agencies;
        this.problems = problems;
        this.agenciesWithFindings = agenciesWithFindings;
    }

    /** One agency's line of the ranking. */
    public record AgencyRow(String agency, int records, int errors, int warnings, int infos, int indicatorsMissed) {

        /** Errors per 100 records checked; null when no record names the agency. */
        public Double errorsPer100() {
            return records == 0 ? null : errors * 100.0 / records;
        }

        public boolean hasNoAgency() {
            return Summary.NO_AGENCY.equals(agency);
        }
    }

    /** A rule's findings: how many, and in how many agencies. */
    public record ProblemRow(String ruleId, int count, int agencies) {
    }

    /**
     * The order agencies are listed in by name: as a Chinese reader sorts them (pinyin), none last.
     * Each name's collation key is made once: sorting 10⁵ findings compares their agencies 10⁶ times.
     */
    public static Comparator<String> agencyNames(Lang lang) {
        Collator collator = Collator.getInstance(lang.locale());
        Map<String, CollationKey> keys = new HashMap<>();
        Comparator<String> none = Comparator.comparing(Summary.NO_AGENCY::equals);
        return none.thenComparing(name -> keys.computeIfAbsent(name, collator::getCollationKey));
    }

    public static Overview of(Report report, Lang lang) {
        Map<String, int[]> bySeverity = new HashMap<>();
        Map<String, int[]> byRule = new TreeMap<>();
        Map<String, Set<String>> ruleAgencies = new HashMap<>();
        for (Finding finding : report.findings()) {
            String agency = AgencyFilter.agencyOf(finding);
            bySeverity.computeIfAbsent(agency, a -> new int[Severity.values().length])[finding.severity().ordinal()]++;
            byRule.computeIfAbsent(finding.ruleId(), r -> new int[1])[0]++;
            if (!Summary.NO_AGENCY.equals(agency)) {
                ruleAgencies.computeIfAbsent(finding.ruleId(), r -> new HashSet<>()).add(agency);
            }
        }
        Set<String> names = new HashSet<>(bySeverity.keySet());
        Summary summary = report.summary();
        if (summary.byAgency() != null) {
            names.addAll(summary.byAgency().keySet());
        }
        Map<String, Integer> missed = indicatorsMissed(report.indicators());
        // a report without per-agency record counts (an earlier version's) still names every agency measured
        if (report.indicators() != null) {
            report.indicators().stream().filter(i -> i.byAgency() != null).flatMap(i -> i.byAgency().stream())
                    .map(Indicator.ByAgency::agency).forEach(names::add);
        }
        List<AgencyRow> rows = new ArrayList<>();
        for (String name : names) {
            int[] n = bySeverity.getOrDefault(name, new int[Severity.values().length]);
            rows.add(new AgencyRow(name, summary.recordsOf(name), n[Severity.ERROR.ordinal()],
                    n[Severity.WARNING.ordinal()], n[Severity.INFO.ordinal()], missed.getOrDefault(name, 0)));
        }
        Comparator<String> byName = agencyNames(lang);
        rows.sort(Comparator.comparing(AgencyRow::hasNoAgency)
                .thenComparing(AgencyRow::errors, Comparator.reverseOrder())
                .thenComparing(AgencyRow::warnings, Comparator.reverseOrder())
                .thenComparing(AgencyRow::agency, byName));
        List<ProblemRow> problems = new ArrayList<>();
        byRule.forEach((rule, n) -> problems.add(
                new ProblemRow(rule, n[0], ruleAgencies.getOrDefault(rule, Set.of()).size())));
        problems.sort(Comparator.comparing(ProblemRow::count, Comparator.reverseOrder())
                .thenComparing(ProblemRow::ruleId));
        int withFindings = (int) bySeverity.keySet().stream().filter(a -> !Summary.NO_AGENCY.equals(a)).count();
        return new Overview(List.copyOf(rows), List.copyOf(problems), withFindings);
    }

    private static Map<String, Integer> indicatorsMissed(List<Indicator> indicators) {
        Map<String, Integer> missed = new HashMap<>();
        if (indicators != null) {
            for (Indicator indicator : indicators) {
                if (indicator.byAgency() != null) {
                    for (Indicator.ByAgency row : indicator.byAgency()) {
                        if (Boolean.FALSE.equals(row.met())) {
                            missed.merge(row.agency(), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return missed;
    }

    /**
     * The story's one sentence, the same in the workbook's 概览 and the HTML page: 检查 N 条记录（案件 a、
     * 决策 b…），发现问题 X 条（错误 e、警告 w、提示 i），涉及 K 个单位；10 项指标中 M 项未达标。 In one agency's
     * workbook ({@code oneAgency}) the agencies are not counted and the indicators missed are that
     * agency's own.
     */
    public String sentence(Report report, Labels labels, boolean oneAgency) {
        Summary summary = report.summary();
        List<String> types = new ArrayList<>();
        long records = 0;
        for (Map.Entry<String, Integer> entry : summary.records().entrySet()) {
            records += entry.getValue();
            types.add(labels.message("story.sentence.type", labels.recordType(entry.getKey()),
                    labels.number(entry.getValue())));
        }
        int errors = summary.findings().getOrDefault(Severity.ERROR.id(), 0);
        int warnings = summary.findings().getOrDefault(Severity.WARNING.id(), 0);
        int infos = summary.findings().getOrDefault(Severity.INFO.id(), 0);
        IndicatorTally tally = indicatorTally(report);
        if (oneAgency && !agencies.isEmpty()) {
            tally = new IndicatorTally(tally.indicators(), agencies.get(0).indicatorsMissed());
        }
        String agencyClause = oneAgency ? ""
                : labels.message("story.sentence.agencies", agenciesWithFindings);
        return labels.message("story.sentence", records,
                types.isEmpty() ? labels.message("render.none") : labels.list(types),
                errors + warnings + infos, errors, warnings, infos, agencyClause, tally.indicators(), tally.missed());
    }

    /** Agencies ranked: most errors first, then most warnings, then by name; records without an agency last. */
    public List<AgencyRow> agencies() {
        return agencies;
    }

    /** Rules by their number of findings, most first. */
    public List<ProblemRow> problems() {
        return problems;
    }

    /** The agencies named by at least one finding. */
    public int agenciesWithFindings() {
        return agenciesWithFindings;
    }

    /** The report's indicators and, of those, the ones whose overall value misses its target. */
    public record IndicatorTally(int indicators, int missed) {
    }

    public static IndicatorTally indicatorTally(Report report) {
        List<Indicator> indicators = report.indicators() == null ? List.of() : report.indicators();
        int missed = (int) indicators.stream().filter(i -> Boolean.FALSE.equals(i.met())).count();
        return new IndicatorTally(indicators.size(), missed);
    }
}

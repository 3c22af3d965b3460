package org.fazhi.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * A report restricted to some agencies ({@code --agency}, and each workbook of
 * {@code --split-by agency}): only their findings, their record counts and their rows of each
 * indicator, with the summary's totals and the gate recomputed from those findings. An
 * indicator's overall figures stay the whole run's: they are what an agency's own value is read
 * against, and say nothing about any other agency. Agencies are named as the records write them;
 * {@link Summary#NO_AGENCY} stands for the records that name none.
 *
 * <p>The findings are a filtered view of the report's own list, iterated, never copied: that list
 * may be on disk.
 */
public final class AgencyFilter {
    private final Set<String> agencies;

    public AgencyFilter(Set<String> agencies) {
        this.agencies = Set.copyOf(agencies);
    }

    /** The agency a finding belongs to, {@link Summary#NO_AGENCY} when it names none. */
    public static String agencyOf(Finding finding) {
        return finding.agency() == null || finding.agency().isBlank() ? Summary.NO_AGENCY : finding.agency();
    }

    public boolean keeps(Finding finding) {
        return agencies.contains(agencyOf(finding));
    }

    public Report apply(Report report) {
        List<Finding> findings = new Kept(report.findings());
        Summary whole = report.summary();
        FindingTotals totals = new FindingTotals();
        findings.forEach(totals::add);
        Map<String, Map<String, Integer>> byAgency = new TreeMap<>();
        Map<String, Integer> records = new LinkedHashMap<>();
        if (whole.byAgency() != null) {
            whole.byAgency().forEach((agency, types) -> {
                if (agencies.contains(agency)) {
                    byAgency.put(agency, types);
                    types.forEach((type, n) -> records.merge(type, n, Integer::sum));
                }
            });
        }
        Summary summary = new Summary(inTypeOrder(whole.records(), records), totals.bySeverity(), totals.byRule(),
                Gate.of(whole.gate().failOn(), findings), whole.skippedRules(), whole.notes(), byAgency);
        return new Report(report.schema(), report.tool(), report.asOf(), report.parameters(),
                report.parameterScopes(), report.inputs(), summary, indicators(report.indicators()),
                report.waivers(), findings);
    }

    /** The counts in the order the whole report lists its types. */
    private static Map<String, Integer> inTypeOrder(Map<String, Integer> order, Map<String, Integer> counts) {
        Map<String, Integer> sorted = new LinkedHashMap<>();
        order.keySet().forEach(type -> {
            if (counts.containsKey(type)) {
                sorted.put(type, counts.get(type));
            }
        });
        counts.forEach(sorted::putIfAbsent);
        return sorted;
    }

    private List<Indicator> indicators(List<Indicator> indicators) {
        if (indicators == null) {
            return null;
        }
        List<Indicator> kept = new ArrayList<>(indicators.size());
        for (Indicator indicator : indicators) {
            List<Indicator.ByAgency> rows = indicator.byAgency() == null ? null : indicator.byAgency().stream()
                    .filter(row -> agencies.contains(row.agency())).toList();
            kept.add(new Indicator(indicator.id(), indicator.name(), indicator.nameEn(), indicator.numerator(),
                    indicator.denominator(), indicator.unfilled(), indicator.value(), indicator.target(),
                    indicator.met(), indicator.reason(), indicator.reasonEn(), indicator.clause(), rows));
        }
        return kept;
    }

    /**
     * The findings the filter keeps, in report order, read through the underlying list each time
     * they are iterated. Not {@link java.util.RandomAccess}: {@code get(i)} walks from the start.
     */
    private final class Kept extends AbstractList<Finding> {
        private final List<Finding> all;
        private int size = -1;

        Kept(List<Finding> all) {
            this.all = all;
        }

        @Override
        public Iterator<Finding> iterator() {
            Iterator<Finding> source = all.iterator();
            return new Iterator<>() {
                private Finding next = advance();

                private Finding advance() {
                    while (source.hasNext()) {
                        Finding finding = source.next();
                        if (keeps(finding)) {
                            return finding;
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Finding next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    Finding current = next;
                    next = advance();
                    return current;
                }
            };
        }

        @Override
        public Finding get(int index) {
            int i = 0;
            for (Finding finding : this) {
                if (i++ == index) {
                    return finding;
                }
            }
            throw new IndexOutOfBoundsException(index);
        }

        @Override
        public int size() {
            if (size < 0) {
                int n = 0;
                for (Finding finding : all) {
                    if (keeps(finding)) {
                        n++;
                    }
                }
                size = n;
            }
            return size;
        }
    }
}

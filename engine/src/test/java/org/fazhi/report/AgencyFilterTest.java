package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fazhi.model.SourceRef;
import org.junit.jupiter.api.Test;

class AgencyFilterTest {
    private static final String MARKET = "昆明市市场监督管理局";
    private static final String TRANSPORT = "昆明市交通运输局";

    @Test
    void keepsOnlyTheAgencysFindingsAndRecomputesTheTotalsAndTheGate() {
        Report own = new AgencyFilter(Set.of(TRANSPORT)).apply(report());
        assertThat(own.findings()).extracting(Finding::recordId).containsExactly("T-1", "T-2");
        assertThat(own.findings().size()).isEqualTo(2);
        assertThat(own.findings().stream().count()).isEqualTo(2);
        assertThat(own.summary().findings()).containsExactly(Map.entry("error", 1), Map.entry("warning", 1),
                Map.entry("info", 0));
        assertThat(own.summary().byRule()).containsExactly(Map.entry("ENF-001", 1), Map.entry("ENF-020", 1));
        assertThat(own.summary().gate().counted()).isEqualTo(1);
        assertThat(own.summary().gate().passed()).isFalse();
        assertThat(own.summary().records()).containsExactly(Map.entry("case", 100));
        assertThat(own.summary().byAgency()).containsOnlyKeys(TRANSPORT);
    }

    @Test
    void keepsTheIndicatorsRowsOfTheAgencyAndTheWholesFiguresForComparison() {
        Report own = new AgencyFilter(Set.of(TRANSPORT)).apply(report());
        Indicator indicator = own.indicators().get(0);
        assertThat(indicator.value()).isEqualTo(0.974);
        assertThat(indicator.numerator()).isEqualTo(1169);
        assertThat(indicator.byAgency()).extracting(Indicator.ByAgency::agency).containsExactly(TRANSPORT);
    }

    @Test
    void theRecordsWithoutAnAgencyAreAnAgencyOfTheirOwn() {
        Report none = new AgencyFilter(Set.of(Summary.NO_AGENCY)).apply(report());
        assertThat(none.findings()).extracting(Finding::recordId).containsExactly("N-1");
        assertThat(none.summary().recordsOf(Summary.NO_AGENCY)).isEqualTo(7);
        assertThat(none.indicators().get(0).byAgency()).isEmpty();
    }

    @Test
    void anAgencyNoRecordNamesGivesAnEmptyReport() {
        Report nobody = new AgencyFilter(Set.of("不存在的单位")).apply(report());
        assertThat(nobody.findings()).isEmpty();
        assertThat(nobody.summary().gate().passed()).isTrue();
        assertThat(nobody.summary().records()).isEmpty();
    }

    @Test
    void severalAgenciesKeepReportOrderAndTheirSummedRecords() {
        Report two = new AgencyFilter(Set.of(TRANSPORT, MARKET)).apply(report());
        assertThat(two.findings()).extracting(Finding::recordId).containsExactly("M-1", "T-1", "T-2");
        assertThat(two.summary().records()).containsExactly(Map.entry("case", 1300), Map.entry("officer", 20));
    }

    private static Report report() {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("M-1", MARKET, Severity.INFO, "STF-003", 2));
        findings.add(finding("T-1", TRANSPORT, Severity.ERROR, "ENF-001", 3));
        findings.add(finding("T-2", TRANSPORT, Severity.WARNING, "ENF-020", 4));
        findings.add(finding("N-1", null, Severity.ERROR, "DQ-002", 5));
        Map<String, Map<String, Integer>> byAgency = new TreeMap<>();
        byAgency.put(MARKET, orderedCounts(1200, 20));
        byAgency.put(TRANSPORT, Map.of("case", 100));
        byAgency.put(Summary.NO_AGENCY, Map.of("case", 7));
        Summary summary = new Summary(orderedCounts(1307, 20), Map.of(), Map.of(), Gate.of(FailOn.ERROR, findings),
                List.of(), List.of(), byAgency);
        Indicator indicator = new Indicator("IND-04", "行政执法案卷评查合格率", "Case file review pass rate", 1169, 1200,
                0.974, 0.95, true, "二(七)3", List.of(new Indicator.ByAgency(TRANSPORT, 90, 100, 0.9, false),
                        new Indicator.ByAgency(MARKET, 300, 310, 0.968, true)));
        return new Report(Report.SCHEMA, new Report.Tool("fazhi", "1.0.0"), "2025-12-31", Map.of(), List.of(),
                summary, List.of(indicator), null, findings);
    }

    private static Map<String, Integer> orderedCounts(int cases, int officers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("case", cases);
        counts.put("officer", officers);
        return counts;
    }

    private static Finding finding(String id, String agency, Severity severity, String rule, int row) {
        return new Finding(rule, severity, "case", id, agency, new SourceRef("a.xlsx", "案件", row), Map.of(), "", "",
                "m", "m", List.of(), null);
    }
}

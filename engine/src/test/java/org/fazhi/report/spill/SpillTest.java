package org.fazhi.report.spill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.fazhi.model.SourceRef;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingOrder;
import org.fazhi.report.Related;
import org.fazhi.report.Severity;
import org.fazhi.report.Suppression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillTest {
    @TempDir
    Path tmp;

    @Test
    void findingsComeBackInReportOrderAsASortInMemoryGivesThemWhateverTheThreshold() {
        List<Finding> made = findings(1_000, 1);
        List<Finding> expected = new ArrayList<>(made);
        expected.sort(Finding.REPORT_ORDER);
        for (int threshold : new int[] {1, 7, 999, 1_000, 5_000}) {
            try (Spill spill = new Spill(tmp, threshold)) {
                FindingSorter sorter = spill.sorter(Finding.REPORT_ORDER);
                made.forEach(sorter::add);
                List<Finding> sorted = sorter.finish();
                assertThat(sorted).hasSize(made.size());
                assertThat(copy(sorted)).as("threshold %d", threshold).isEqualTo(expected);
                assertThat(copy(sorted)).as("read twice").isEqualTo(expected);
                assertThat(sorted instanceof SpilledFindings).isEqualTo(threshold <= made.size());
            }
        }
    }

    @Test
    void everyComponentComesBackAsItWasNullsAndFieldOrderIncluded() {
        List<Finding> made = findings(300, 2);
        try (Spill spill = new Spill(tmp, 10)) {
            FindingSorter sorter = spill.inOrder();
            made.forEach(sorter::add);
            List<Finding> back = copy(sorter.finish());
            assertThat(back).isEqualTo(made);
            for (int i = 0; i < made.size(); i++) {
                // the order of the fields is what the reports show and what report order compares
                assertThat(String.valueOf(back.get(i).fields())).isEqualTo(String.valueOf(made.get(i).fields()));
            }
        }
    }

    @Test
    void tiesKeepTheOrderTheyWereAddedIn() {
        List<Finding> made = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // the same in report order, told apart by the agency alone
            made.add(finding("ENF-001", "A-1", new SourceRef("a.xlsx", "案件", 2), "机关" + i, null));
        }
        try (Spill spill = new Spill(tmp, 4)) {
            FindingSorter sorter = spill.sorter(Finding.REPORT_ORDER);
            made.forEach(sorter::add);
            assertThat(copy(sorter.finish())).isEqualTo(made);
        }
    }

    @Test
    void anotherOrderIsSortedOnDiskAndTiesKeepReportOrder() {
        List<Finding> made = findings(500, 3);
        made.sort(Finding.REPORT_ORDER);
        Comparator<Finding> byAgency = Comparator.comparing(Finding::agency,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        List<Finding> expected = new ArrayList<>(made);
        expected.sort(byAgency);
        try (Spill spill = new Spill(tmp, 16)) {
            FindingSorter sorter = spill.inOrder();
            made.forEach(sorter::add);
            List<Finding> spilled = sorter.finish();
            Iterable<Finding> sorted = FindingOrder.sorted(spilled, byAgency);
            assertThat(sorted).isInstanceOf(SpilledFindings.class);
            assertThat(copy(sorted)).isEqualTo(expected);
            assertThat(FindingOrder.sorted(made, byAgency)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void spilledFindingsAreIteratedNeverIndexed() {
        try (Spill spill = new Spill(tmp, 2)) {
            FindingSorter sorter = spill.inOrder();
            findings(5, 4).forEach(sorter::add);
            List<Finding> spilled = sorter.finish();
            assertThat(spilled.stream().count()).isEqualTo(5);
            assertThatThrownBy(() -> spilled.get(0)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void nothingTouchesTheDiskBelowTheThreshold() throws IOException {
        try (Spill spill = new Spill(tmp, 100)) {
            FindingSorter sorter = spill.sorter(Finding.REPORT_ORDER);
            findings(100 - 1, 5).forEach(sorter::add);
            assertThat(sorter.finish()).isNotInstanceOf(SpilledFindings.class);
            assertThat(spill.directory()).isNull();
        }
        assertThat(entries(tmp)).isEmpty();
    }

    @Test
    void closingRemovesTheRunsDirectoryEvenWithAReaderStoppedHalfway() throws IOException {
        Path directory;
        try (Spill spill = new Spill(tmp, 10)) {
            FindingSorter sorter = spill.sorter(Finding.REPORT_ORDER);
            findings(100, 6).forEach(sorter::add);
            Iterator<Finding> halfway = sorter.finish().iterator();
            halfway.next();
            directory = spill.directory();
            assertThat(directory.getParent()).isEqualTo(tmp);
            assertThat(entries(directory)).hasSize(10);
        }
        assertThat(directory).doesNotExist();
        assertThat(entries(tmp)).isEmpty();
    }

    @Test
    void aFullDiskIsAFailureNamingTheTemporaryDirectory() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        try (Spill spill = new Spill(tmp, 3, file -> full)) {
            FindingSorter sorter = spill.sorter(Finding.REPORT_ORDER);
            List<Finding> made = findings(3, 7);
            sorter.add(made.get(0));
            sorter.add(made.get(1));
            assertThatThrownBy(() -> sorter.add(made.get(2)))
                    .isInstanceOf(SpillFailedException.class)
                    .hasRootCauseMessage("No space left on device")
                    .satisfies(e -> assertThat(((SpillFailedException) e).directory()).isEqualTo(tmp));
        }
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void aTemporaryDirectoryThatCannotBeMadeIsAFailureNamingIt() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x");
        try (Spill spill = new Spill(notADirectory, 1)) {
            FindingSorter sorter = spill.inOrder();
            assertThatThrownBy(() -> sorter.add(findings(1, 8).get(0)))
                    .isInstanceOf(SpillFailedException.class)
                    .satisfies(e -> assertThat(((SpillFailedException) e).directory()).isEqualTo(notADirectory));
        }
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    private static List<Finding> copy(Iterable<Finding> findings) {
        List<Finding> copy = new ArrayList<>();
        findings.forEach(copy::add);
        return copy;
    }

    /** Findings over a few sheets and rules, some alike, with every component sometimes null. */
    private static List<Finding> findings(int n, long seed) {
        Random random = new Random(seed);
        String[] rules = {"ENF-001", "ENF-020", "DQ-001", "INS-001", "STF-003"};
        String[] sheets = {"案件", "检查", null};
        List<Finding> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SourceRef source = new SourceRef(random.nextBoolean() ? "台账.xlsx" : "b.csv",
                    sheets[random.nextInt(sheets.length)], random.nextInt(40));
            String agency = random.nextInt(5) == 0 ? null : "昆明市机关" + random.nextInt(3);
            Suppression suppression = switch (random.nextInt(4)) {
                case 0 -> Suppression.baseline();
                case 1 -> new Suppression(Suppression.WAIVER, "平台对接中", "张三", "2026-06-30");
                default -> null;
            };
            findings.add(finding(rules[random.nextInt(rules.length)],
                    random.nextInt(6) == 0 ? null : "KM-" + random.nextInt(30), source, agency, suppression));
        }
        return findings;
    }

    private static Finding finding(String rule, String recordId, SourceRef source, String agency,
                                   Suppression suppression) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("decision_date", "2025-0" + (1 + Math.abs(String.valueOf(recordId).hashCode()) % 9) + "-01");
        fields.put("amount", recordId == null ? null : "12000.50");
        fields.put("hearing_requested", recordId == null ? "是" : null);
        List<Related> related = rule.equals("INS-001")
                ? List.of(new Related(recordId, source), new Related("KM-99", new SourceRef("b.csv", null, 7)))
                : List.of();
        return new Finding(rule, rule.startsWith("DQ") ? Severity.WARNING : Severity.ERROR, "case", recordId,
                agency, source, fields, "二(四)2", rule.equals("DQ-001") ? "" : "《行政处罚法》第五十七条",
                "未经集体讨论：" + recordId, "No collective discussion: " + recordId, related, suppression);
    }
}

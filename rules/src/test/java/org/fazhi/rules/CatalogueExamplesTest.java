package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.InputReader;
import org.fazhi.read.Mapping;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue entries are what {@code fazhi rules explain} shows: each example must behave as it
 * says when an officer types it into a workbook — read by the reader, then evaluated — and be a
 * complete record; each quote must be the plan's words, and each basis name an article.
 * Cross-record rules and rules that join with officers cannot be shown by one record and have no
 * examples.
 */
class CatalogueExamplesTest {
    private static final Set<String> CROSS_RECORD = Set.of("ENF-020", "INS-001");
    /** Rules whose requirement is the plan's alone (docs/spec/rules.md: "no statutory article"). */
    private static final Set<String> PLAN_ONLY = Set.of("ENF-018", "STF-001", "AGY-001");
    /** "第61条", "第63–65条", "第21条第2款": an article named. */
    private static final Pattern ARTICLE = Pattern.compile("第\\d+(?:[–-]\\d+)?条");
    /**
     * Rules whose basis docs/spec/rules.md gives as a State Council document without articles
     * (国办发〔2018〕115号, 〔2018〕37号, the 2025 国办意见 on enterprise inspections).
     */
    private static final Pattern DOCUMENT = Pattern.compile("〔\\d{4}〕\\d+号|国办意见");
    /** The plan, kept beside the tests so that the check runs wherever the repository is built. */
    private static final String PLAN = "/000_7ec8b8f0e15b8f47.txt";

    @TempDir
    Path dir;

    static Stream<RuleSpec> singleRecordRules() {
        return Catalogue.builtIn().rules().stream()
                .filter(rule -> !rule.appliesToAllTypes())
                .filter(rule -> !rule.needsOfficers())
                .filter(rule -> !CROSS_RECORD.contains(rule.id()));
    }

    static Stream<RuleSpec> quotedRules() {
        return Catalogue.builtIn().rules().stream().filter(rule -> !rule.appliesToAllTypes());
    }

    /** The example as a one-row workbook, its sheet named after the type and its headers in Chinese, read back. */
    private List<Finding> throughThePipeline(RuleSpec rule, String which) throws IOException, InputException {
        Map<String, String> values = rule.examples().get(which);
        assertThat(values).as(rule.id() + " has a " + which + " example").isNotNull();
        RecordType type = RecordTypes.byKey(rule.recordType()).orElseThrow();
        Path file = dir.resolve(rule.id() + "-" + which + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(type.name());
            Row header = sheet.createRow(0);
            Row row = sheet.createRow(1);
            int column = 0;
            for (Map.Entry<String, String> value : values.entrySet()) {
                header.createCell(column).setCellValue(type.requireField(value.getKey()).header());
                row.createCell(column++).setCellValue(value.getValue());
            }
            workbook.write(out);
        }
        List<Record> records = new ArrayList<>();
        new InputReader(Mapping.none()).read(List.of(file), records::add);
        assertThat(records).as(rule.id() + " " + which + " example read back").hasSize(1);
        return new RuleRunner().runRecords(records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRecordRules")
    void violatingExampleFires(RuleSpec rule) throws Exception {
        List<Finding> findings = throughThePipeline(rule, "violating");
        assertThat(of(rule.id(), findings)).as(rule.id()).hasSize(1);
        assertThat(of("DQ-001", findings)).as(rule.id() + " example is complete").isEmpty();
        assertThat(of("DQ-002", findings)).as(rule.id() + " example is readable").isEmpty();
        assertThat(of("DQ-006", findings)).as(rule.id() + " example is possible").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRecordRules")
    void passingExampleIsQuiet(RuleSpec rule) throws Exception {
        List<Finding> findings = throughThePipeline(rule, "passing");
        assertThat(of(rule.id(), findings)).as(rule.id()).isEmpty();
        assertThat(of("DQ-001", findings)).as(rule.id() + " example is complete").isEmpty();
        assertThat(of("DQ-002", findings)).as(rule.id() + " example is readable").isEmpty();
        assertThat(findings).as(rule.id() + " example is decided")
                .noneMatch(f -> f.ruleId().equals("DQ-004") && f.messageEn().contains(rule.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleRecordRules")
    void entryIsComplete(RuleSpec rule) {
        assertThat(rule.quote()).as(rule.id() + " quote").isNotBlank();
        assertThat(rule.clause()).as(rule.id() + " clause").isNotBlank();
        assertThat(rule.fields()).as(rule.id() + " fields").isNotEmpty();
        assertThat(rule.fields()).as(rule.id() + " shows its deciding fields").containsAll(rule.decidedBy());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotedRules")
    void quoteIsThePlansWords(RuleSpec rule) throws IOException {
        String plan;
        try (InputStream in = CatalogueExamplesTest.class.getResourceAsStream(PLAN)) {
            assertThat(in).as("the plan beside the tests").isNotNull();
            plan = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(plan).as(rule.id() + " quote").contains(rule.quote());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotedRules")
    void basisNamesAnArticle(RuleSpec rule) {
        if (PLAN_ONLY.contains(rule.id())) {
            assertThat(rule.basis()).as(rule.id() + " basis").isNotBlank();
        } else {
            assertThat(ARTICLE.matcher(rule.basis()).find() || DOCUMENT.matcher(rule.basis()).find())
                    .as(rule.id() + " basis names an article or a document: " + rule.basis()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dataQualityRules")
    void dataQualityBasisSaysDataQuality(RuleSpec rule) {
        assertThat(rule.basis()).as(rule.id()).startsWith("数据质量");
    }

    static Stream<RuleSpec> dataQualityRules() {
        return Catalogue.builtIn().rules().stream().filter(rule -> rule.id().startsWith("DQ-"));
    }
}

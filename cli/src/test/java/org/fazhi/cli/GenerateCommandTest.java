package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.generate.Generator;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    static final String AS_OF = "2025-12-31";

    @TempDir
    Path dir;

    private JsonNode check(Path input) throws IOException {
        Cli.Result result = cli().run("check", input.toString(), "--as-of", AS_OF, "--format", "json", "--fail-on", "never");
        assertThat(result.code()).as(result.toString()).isZero();
        return new ObjectMapper().readTree(result.outBytes());
    }

    private static Set<String> rulesFound(JsonNode report) {
        Set<String> found = new HashSet<>();
        report.path("summary").path("byRule").fieldNames().forEachRemaining(found::add);
        return found;
    }

    /** Every rule of the catalogue but DQ-007, which needs a missing column: a generated export has every column. */
    private static Set<String> everyRuleAnExportCanShow() {
        return Catalogue.builtIn().rules().stream().map(RuleSpec::id).filter(id -> !id.equals("DQ-007"))
                .collect(Collectors.toSet());
    }

    @Test
    void plantedViolationsShowEveryRuleOfTheCatalogueAndNoOther() throws IOException {
        Path out = dir.resolve("export");
        Cli.Result result = cli().run("generate", "--cases", "300", "--format", "csv", "-o", out.toString(), "--seed", "4");
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("已写入", "行政处罚案件 300");
        Set<String> found = rulesFound(check(out));
        Set<String> catalogue = everyRuleAnExportCanShow();
        assertThat(found).containsAll(catalogue);
        assertThat(Generator.plantedRules()).containsAll(found);
    }

    @Test
    void withoutViolationsTheExportPassesEveryRule() throws IOException {
        Path out = dir.resolve("clean");
        assertThat(cli().run("generate", "--cases", "500", "--format", "csv", "-o", out.toString(),
                "--violations", "0").code()).isZero();
        JsonNode report = check(out);
        assertThat(rulesFound(report)).isEmpty();
        assertThat(report.path("findings")).isEmpty();
    }

    @Test
    void aThousandCaseWorkbookIsCheckedWithEveryRecordTypeAndEveryRule() throws IOException {
        Path out = dir.resolve("台账.xlsx");
        assertThat(cli().run("generate", "-o", out.toString(), "--violations", "5%").code()).isZero();
        JsonNode report = check(out);
        Generator.Counts counts = new Generator(1000, 1, 0.05).counts();
        for (RecordType type : RecordTypes.all()) {
            assertThat(report.path("summary").path("records").path(type.key()).asInt())
                    .as(type.key()).isEqualTo(counts.of(type.key()));
        }
        Set<String> catalogue = everyRuleAnExportCanShow();
        assertThat(rulesFound(report)).containsAll(catalogue);
    }

    @Test
    void theSameOptionsWriteTheSameCsv() throws IOException {
        for (String name : new String[] {"a", "b"}) {
            assertThat(cli().run("generate", "--cases", "120", "--format", "csv", "-o", dir.resolve(name).toString(),
                    "--seed", "9").code()).isZero();
        }
        Path a = dir.resolve("a").resolve("行政处罚案件.csv");
        assertThat(Files.readAllBytes(dir.resolve("b").resolve("行政处罚案件.csv"))).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void aBadShareOrFormatCannotRun() {
        Cli.Result share = cli().run("generate", "--violations", "150%", "-o", dir.resolve("x.xlsx").toString());
        assertThat(share.code()).isEqualTo(2);
        assertThat(share.err()).contains("--violations 150%");
        Cli.Result format = cli().run("--lang", "en", "generate", "--format", "ods", "-o", dir.resolve("x").toString());
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("use xlsx, xls, html or csv");
    }

    /** A finding without what depends on the row it sits in (source, messages naming rows). */
    private static List<String> findingsWithoutRows(JsonNode report) {
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : report.path("findings")) {
            findings.add(String.join(" | ", finding.path("ruleId").asText(), finding.path("severity").asText(),
                    finding.path("recordType").asText(), finding.path("recordId").asText(),
                    finding.path("agency").asText(), finding.path("fields").toString()));
        }
        findings.sort(null);
        return findings;
    }

    /**
     * The messy export as an xlsx, a real .xls, an HTML page named .xls and a directory of GBK CSV
     * files: each gives exactly the findings and records of the tidy workbook, its 合计 and 填表人
     * rows skipped and counted.
     */
    @Test
    void aMessyExportInEveryFormatGivesExactlyTheFindingsOfTheTidyOneAndSkipsItsTotalAndFooterRows()
            throws IOException {
        Path tidy = dir.resolve("tidy.xlsx");
        assertThat(cli().run("generate", "--cases", "400", "--seed", "6", "-o", tidy.toString()).code()).isZero();
        JsonNode tidyReport = check(tidy);
        assertThat(findingsWithoutRows(tidyReport)).isNotEmpty();
        for (JsonNode input : tidyReport.path("inputs")) {
            assertThat(input.path("summaryRowsSkipped").path("count").asInt()).isZero();
        }
        Generator.Counts counts = new Generator(400, 6, 0.1).counts();
        // --format, -o, the format the inputs list gives
        String[][] messyExports = {{"xlsx", "messy.xlsx", "xlsx"}, {"xls", "messy.xls", "xls"},
            {"html", "messy-page.xls", "html"}, {"csv", "messy-csv", "text"}};
        for (String[] export : messyExports) {
            Path messy = dir.resolve(export[1]);
            Cli.Result written = cli().run("generate", "--cases", "400", "--seed", "6", "--layout", "messy",
                    "--format", export[0], "-o", messy.toString());
            assertThat(written.code()).as(written.toString()).isZero();
            JsonNode messyReport = check(messy);
            assertThat(findingsWithoutRows(messyReport)).as(export[0]).isEqualTo(findingsWithoutRows(tidyReport));
            assertThat(messyReport.path("summary").path("records")).as(export[0])
                    .isEqualTo(tidyReport.path("summary").path("records"));
            JsonNode inputs = messyReport.path("inputs");
            assertThat(inputs).hasSize(RecordTypes.all().size());
            for (JsonNode input : inputs) {
                String type = input.path("recordType").asText();
                String as = export[0] + " " + type;
                int records = counts.of(type);
                // title, 填报单位 line and one header row (two on the case sheet), the records, 合计, 填表人
                int header = type.equals("case") ? 4 : 3;
                assertThat(input.path("format").asText()).as(as).isEqualTo(export[2]);
                assertThat(input.path("rows").asInt()).as(as).isEqualTo(records);
                assertThat(input.path("blankRowsSkipped").asInt()).as(as).isZero();
                assertThat(input.path("summaryRowsSkipped").path("count").asInt()).as(as).isEqualTo(2);
                assertThat(input.path("summaryRowsSkipped").path("rows").toString()).as(as)
                        .isEqualTo("[" + (header + records + 1) + "," + (header + records + 2) + "]");
            }
        }
    }

    @Test
    void anExportTooLargeForAnXlsSheetIsRefusedWithTheLimit() {
        Path out = dir.resolve("large.xls");
        Cli.Result result = cli().run("--lang", "en", "generate", "--cases", "70000", "-o", out.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("65536 rows", "70000 cases", "--format xlsx");
        assertThat(out).doesNotExist();
    }

    @Test
    void theLayoutIsDocumentedAndAnUnknownLayoutCannotRun() {
        String help = cli().run("generate", "--help").out();
        assertThat(help).contains("--layout", "tidy|messy", "xlsx|xls|html|csv", "BIFF8", "disguised");
        // the help wraps its lines wherever it likes
        assertThat(help.replaceAll("\\s+", "")).contains("填表人", "伪装成xls的HTML", "csv中为空单元格", "csvwithCRLF");
        Cli.Result unknown = cli().run("--lang", "en", "generate", "--layout", "untidy", "-o", dir.resolve("x.xlsx").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("use tidy or messy");
    }
}

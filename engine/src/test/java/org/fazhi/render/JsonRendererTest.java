package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.model.InputSummary;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;
import org.junit.jupiter.api.Test;

class JsonRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new JsonRenderer();
    }

    @Override
    String readable(byte[] output) throws IOException {
        return Readers.jsonStrings(output);
    }

    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) {
        return null;
    }

    /** The JSON report is data: its statuses are the suppression objects and the gate, not words. */
    @Override
    boolean showsStatuses() {
        return false;
    }

    @Override
    boolean readByPeople() {
        return false;
    }

    /** Data kept exactly as it came, whatever it holds: escaping is the JSON parser's business. */
    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) throws IOException {
        JsonNode findings = new ObjectMapper().readTree(output).path("findings");
        List<String> messages = new ArrayList<>();
        findings.forEach(finding -> messages.add(finding.path("message").asText()));
        assertThat(messages).containsAll(ContractReport.report().findings().stream().map(Finding::message).toList());
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(text(report(), plain(Lang.ZH)));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void anInputSaysItsRealFormatAndIsMarkedHiddenOnlyWhenItIs() throws IOException {
        Report base = report();
        Report report = new Report(base.schema(), base.tool(), base.asOf(), base.parameters(), List.of(
                new InputSummary("导出.xls", "案件", "case", 2, 0, InputSummary.SkippedRows.NONE, List.of(), null, List.of(), "html", false),
                new InputSummary("a.xlsx", "案件", "case", 1, 0, InputSummary.SkippedRows.NONE, List.of(), null, List.of(), "xlsx", true)),
                base.summary(), base.indicators(), base.waivers(), base.findings());
        JsonNode inputs = new ObjectMapper().readTree(text(report, plain(Lang.ZH))).get("inputs");
        assertThat(inputs.get(0).get("format").asText()).isEqualTo("html");
        assertThat(inputs.get(0).has("hidden")).isFalse();
        assertThat(inputs.get(1).get("hidden").asBoolean()).isTrue();
    }

    @Test
    void topLevelKeysAreThoseOfTheSchemaInOrder() throws IOException {
        JsonNode root = json();
        assertThat(keys(root)).containsExactly("schema", "tool", "asOf", "parameters", "inputs", "summary",
                "indicators", "findings");  // "waivers" (before findings) only when a waivers file was given
        assertThat(root.get("schema").asText()).isEqualTo("fazhi-report/1");
        assertThat(keys(root.get("tool"))).containsExactly("name", "version");
        assertThat(root.get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(root.get("parameters").get("service_deadline_workdays").isIntegralNumber()).isTrue();
    }

    @Test
    void inputsSummaryAndGateHaveTheDocumentedKeys() throws IOException {
        JsonNode root = json();
        assertThat(keys(root.get("inputs").get(0))).startsWith("file", "sheet", "recordType", "rows",
                "blankRowsSkipped", "summaryRowsSkipped", "unknownColumns", "ignoredReason", "missingColumns");
        assertThat(keys(root.get("inputs").get(0).get("summaryRowsSkipped"))).containsExactly("count", "rows");
        JsonNode summary = root.get("summary");
        assertThat(keys(summary)).startsWith("records", "findings", "byRule", "gate");
        assertThat(summary.get("records").get("case").asInt()).isEqualTo(1200);
        assertThat(keys(summary.get("findings"))).containsExactly("error", "warning", "info");
        assertThat(summary.get("byRule").get("ENF-001").asInt()).isEqualTo(1);
        assertThat(keys(summary.get("gate"))).containsExactly("failOn", "counted", "baselined", "waived", "passed");
        assertThat(summary.get("gate").get("failOn").asText()).isEqualTo("error");
        assertThat(summary.get("gate").get("passed").asBoolean()).isFalse();
    }

    @Test
    void indicatorsHaveTheDocumentedKeysAndNoDataIsNull() throws IOException {
        JsonNode indicators = json().get("indicators");
        assertThat(keys(indicators.get(0))).contains("id", "name", "numerator", "denominator", "unfilled", "value",
                "target", "met", "byAgency").doesNotContain("reason");
        assertThat(indicators.get(0).get("value").asDouble()).isEqualTo(0.974);
        assertThat(keys(indicators.get(0).get("byAgency").get(0)))
                .containsExactly("agency", "numerator", "denominator", "unfilled", "value", "met");
        assertThat(indicators.get(1).get("value").isNull()).isTrue();
        assertThat(indicators.get(1).get("met").isNull()).isTrue();
    }

    @Test
    void findingsHaveTheDocumentedKeysAndKeepNullFields() throws IOException {
        JsonNode finding = json().get("findings").get(0);
        assertThat(keys(finding)).containsExactly("ruleId", "severity", "recordType", "recordId", "agency", "source",
                "fields", "clause", "basis", "message", "messageEn", "related");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(keys(finding.get("source"))).containsExactly("file", "sheet", "row");
        assertThat(finding.get("source").get("row").asInt()).isEqualTo(57);
        assertThat(keys(finding.get("fields")))
                .containsExactly("complex_or_major", "collective_discussion_date", "decision_date");
        assertThat(finding.get("fields").get("collective_discussion_date").isNull()).isTrue();
        assertThat(finding.get("message").asText()).startsWith("情节复杂");
        assertThat(finding.get("messageEn").asText()).startsWith("Penalty");
        assertThat(finding.get("related").isArray()).isTrue();
        JsonNode waived = json().get("findings").get(2);
        assertThat(keys(waived)).endsWith("related", "suppression");
        assertThat(keys(waived.get("suppression"))).containsExactly("by", "reason", "approvedBy", "expires");
        JsonNode group = json().get("findings").get(1);
        assertThat(keys(group.get("related").get(0))).containsExactly("recordId", "source");
    }

    @Test
    void textIsPlainUtf8TwoSpaceIndentedWithFinalNewlineAndPlainDecimals() throws IOException {
        String text = text(report(), plain(Lang.ZH));
        assertThat(text).startsWith("{\n  \"schema\": \"fazhi-report/1\",\n");
        assertThat(text).endsWith("}\n").doesNotEndWith("}\n\n");
        assertThat(text).contains("行政处罚案件").doesNotContain("\\u");
        assertThat(text).contains("\"hearing_fine_org\": 100000").doesNotContain("1E+5");
        assertThat(text).doesNotContain("\r");
    }

    @Test
    void theLanguageDoesNotChangeTheJson() throws IOException {
        assertThat(render(report(), plain(Lang.EN))).isEqualTo(render(report(), plain(Lang.ZH)));
    }

    @Test
    void writesIntoTheCallersStreamAndLeavesItOpen() throws IOException {
        boolean[] closed = {false};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        renderer().render(report(), plain(Lang.ZH), out);
        assertThat(closed[0]).as("the caller closes its stream").isFalse();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(JsonRenderer.toJson(report()))
                .endsWith("}\n");
    }
}

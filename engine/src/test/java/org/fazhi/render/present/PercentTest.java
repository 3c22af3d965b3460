package org.fazhi.render.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.report.Indicator;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void justBelowTheTargetIsNeverShownAsTheTarget() {
        assertThat(Percent.text(Lang.ZH, 19_999, 20_000, 1.0)).isEqualTo("99.9%");
        assertThat(Percent.cellValue(19_999, 20_000, 1.0)).isEqualTo(0.999);
        // 94.96% would round to the 95% target: cut instead
        assertThat(Percent.text(Lang.ZH, 9_496, 10_000, 0.95)).isEqualTo("94.9%");
    }

    @Test
    void theTargetExactlyMetIsTheTarget() {
        assertThat(Percent.text(Lang.ZH, 95, 100, 0.95)).isEqualTo("95.0%");
        assertThat(Percent.text(Lang.ZH, 20_000, 20_000, 1.0)).isEqualTo("100.0%");
        assertThat(Percent.cellValue(95, 100, 0.95)).isEqualTo(0.95);
    }

    @Test
    void elsewhereOneDecimalRoundedHalfUp() {
        assertThat(Percent.text(Lang.ZH, 2, 11, 0.9)).isEqualTo("18.2%");     // 18.18…
        assertThat(Percent.text(Lang.ZH, 931, 1000, 0.95)).isEqualTo("93.1%");
        assertThat(Percent.text(Lang.ZH, 9_996, 10_000, 0.95)).isEqualTo("100.0%");  // above the target: rounds
        assertThat(Percent.text(Lang.ZH, 0, 7, 0.9)).isEqualTo("0.0%");
        assertThat(Percent.text(Lang.ZH, 1, 2_000, 0.9)).isEqualTo("0.1%");  // 0.05% rounds half up
    }

    @Test
    void noDataAndNotComputedAreWordsNotNumbers() {
        assertThat(Percent.text(Lang.ZH, 0, 0, 0.9)).isEqualTo("无数据");
        assertThat(Percent.text(Lang.EN, 0, 0, 0.9)).isEqualTo("no data");
        assertThat(Percent.text(Lang.ZH, null, 12, 0.9)).isEqualTo("未计算");
        assertThat(Percent.text(Lang.EN, null, 12, 0.9)).isEqualTo("not computed");
        assertThat(Percent.cellValue(0, 0, 0.9)).isNull();
        assertThat(Percent.cellValue(null, 3, 0.9)).isNull();
    }

    @Test
    void anIndicatorAndItsAgenciesUseTheIndicatorsTarget() {
        Indicator.ByAgency short1 = new Indicator.ByAgency("甲局", 19_999, 20_000, 0.9999, false);
        Indicator.ByAgency none = new Indicator.ByAgency("乙局", 0, 0, null, null);
        Indicator indicator = new Indicator("IND-01", "名", "name", 19_999, 20_000, 1.0, 1.0, false, "第一条",
                List.of(short1, none));
        assertThat(Percent.of(Lang.ZH, indicator)).isEqualTo("99.9%");
        assertThat(Percent.of(Lang.ZH, indicator, short1)).isEqualTo("99.9%");
        assertThat(Percent.of(Lang.ZH, indicator, none)).isEqualTo("无数据");
        assertThat(Percent.cellValue(indicator)).isEqualTo(0.999);
        assertThat(Percent.target(0.95)).isEqualTo("95.0%");
        assertThat(Percent.target(1.0)).isEqualTo("100.0%");

        Indicator skipped = new Indicator("IND-02", "名", "name", null, 5, 0, null, 0.9, null, "规则 X 未运行",
                "rule X did not run", "第二条", List.of(new Indicator.ByAgency("甲局", null, 5, 0, null, null)));
        assertThat(Percent.of(Lang.ZH, skipped)).isEqualTo("未计算");
        assertThat(Percent.of(Lang.EN, skipped, skipped.byAgency().get(0))).isEqualTo("not computed");
        assertThat(Percent.cellValue(skipped)).isNull();
    }
}

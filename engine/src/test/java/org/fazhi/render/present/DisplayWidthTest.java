package org.fazhi.render.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void chineseAndFullWidthTakeTwoColumns() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("送达日期")).isEqualTo(8);
        assertThat(DisplayWidth.of("（甲）。")).isEqualTo(8);
        assertThat(DisplayWidth.of("ＡＢ")).isEqualTo(4);
        assertThat(DisplayWidth.of("行 12")).isEqualTo(5);
    }

    @Test
    void combiningMarksZeroWidthAndColourTakeNone() {
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1);
        assertThat(DisplayWidth.of("a\u200Bb")).isEqualTo(2);
        assertThat(DisplayWidth.of("\u001b[31m错误\u001b[0m")).isEqualTo(4);
        assertThat(DisplayWidth.of(null)).isZero();
        assertThat(DisplayWidth.of("")).isZero();
    }

    @Test
    void padsToAWidthWithoutCutting() {
        assertThat(DisplayWidth.pad("错误", 6)).isEqualTo("错误  ");
        assertThat(DisplayWidth.pad("warning", 4)).isEqualTo("warning");
    }
}

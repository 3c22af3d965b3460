package org.fazhi.render.present;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.i18n.Lang;
import org.junit.jupiter.api.Test;

class UntrustedTest {

    @Test
    void aFormulaIsKeptAsText() {
        assertThat(Untrusted.cell(Lang.ZH, "=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(Untrusted.cell(Lang.ZH, "+1+2")).isEqualTo("'+1+2");
        assertThat(Untrusted.cell(Lang.ZH, "-2+3")).isEqualTo("'-2+3");
        assertThat(Untrusted.cell(Lang.ZH, "@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Untrusted.isFormulaLike("=1")).isTrue();
    }

    @Test
    void numbersAndOrdinaryTextAreLeftAlone() {
        assertThat(Untrusted.cell(Lang.ZH, "-5")).isEqualTo("-5");
        assertThat(Untrusted.cell(Lang.ZH, "+1,200.5")).isEqualTo("+1,200.5");
        assertThat(Untrusted.cell(Lang.ZH, "送达日期 = 决定日期")).isEqualTo("送达日期 = 决定日期");
        assertThat(Untrusted.cell(Lang.ZH, "")).isEmpty();
        assertThat(Untrusted.cell(Lang.ZH, null)).isNull();
    }

    @Test
    void controlCharactersBecomeVisibleNotLost() {
        assertThat(Untrusted.cell(Lang.ZH, "a\u0000b\u001bc")).isEqualTo("a\u2400b\u241Bc");
        assertThat(Untrusted.terminal("red \u001b[31mtext\nnext")).isEqualTo("red \u241B[31mtext\nnext");
        assertThat(Untrusted.line("one\ntwo")).isEqualTo("one\u240Atwo");
    }

    @Test
    void aTextLongerThanACellIsCutWithAMarker() {
        String value = "长".repeat(40_000);
        String zh = Untrusted.cell(Lang.ZH, value);
        assertThat(zh).hasSize(Untrusted.CELL_LIMIT).startsWith("长长长").endsWith("原文共 40,000 个字符）");
        String en = Untrusted.cell(Lang.EN, "x".repeat(40_000));
        assertThat(en).hasSize(Untrusted.CELL_LIMIT).endsWith("the original has 40,000 characters)");
        assertThat(Untrusted.cell(Lang.ZH, "x".repeat(Untrusted.CELL_LIMIT))).hasSize(Untrusted.CELL_LIMIT);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String value = "\uD840\uDC0B".repeat(20_000);
        String cut = Untrusted.cell(Lang.ZH, value);
        assertThat(cut.length()).isLessThanOrEqualTo(Untrusted.CELL_LIMIT);
        int marker = cut.indexOf('…');
        assertThat(Character.isHighSurrogate(cut.charAt(marker - 1))).isFalse();
    }
}

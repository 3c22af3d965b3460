package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void whiteSpaceShortcutAgreesWithJavaOnEveryCharacter() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean java = Character.isWhitespace(c) || Character.isSpaceChar(c);
            assertThat(Text.isWhite((char) c)).as("U+%04X", c).isEqualTo(java);
        }
    }

    @Test
    void blankMeansNothingButWhiteSpace() {
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank("")).isTrue();
        assertThat(Text.isBlank(" \t\u3000\u00A0\r\n")).isTrue();
        assertThat(Text.isBlank(" \u3000x")).isFalse();
        assertThat(Text.isBlank("罚")).isFalse();
    }

    @Test
    void trimAlsoDropsByteOrderMarks() {
        assertThat(Text.trim("\uFEFF\u3000 罚款 \u00A0")).isEqualTo("罚款");
    }
}

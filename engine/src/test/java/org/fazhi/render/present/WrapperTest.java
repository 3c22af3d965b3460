package org.fazhi.render.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapperTest {

    @Test
    void latinTextBreaksAtSpacesWithAHangingIndent() {
        List<String> lines = new Wrapper(20).wrap("  - ", "the quick brown fox jumps over the lazy dog", 4);
        assertThat(lines).containsExactly("  - the quick brown", "    fox jumps over", "    the lazy dog");
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(20));
    }

    @Test
    void chineseBreaksBetweenCharactersButNeverBeforeClosingPunctuation() {
        List<String> lines = new Wrapper(12).wrap("", "送达日期早于决定日期。请核对送达回证。", 2);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(12));
        assertThat(lines).allSatisfy(line -> assertThat(line.strip()).doesNotStartWith("。").doesNotStartWith("，"));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo("送达日期早于决定日期。请核对送达回证。");
        assertThat(lines.get(1)).startsWith("  ");
    }

    @Test
    void identifiersDatesAndNumbersAreNeverBroken() {
        String text = "记录PEN-2025-000123的送达日期2025-03-05早于决定日期，共19,999条";
        for (int w = 16; w <= 40; w++) {
            int width = w;
            List<String> lines = new Wrapper(width).wrap("", text, 0);
            String joined = String.join("|", lines);
            assertThat(joined).as("width %d", width).contains("PEN-2025-000123", "2025-03-05", "19,999");
            assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(width));
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith("，"));
        }
    }

    @Test
    void aClauseReferenceStaysWhole() {
        for (int width = 12; width <= 24; width++) {
            String joined = String.join("|", new Wrapper(width).wrap("", "请核对执法证件。〔二(四)2〕", 0));
            assertThat(joined).as("width %d", width).contains("〔二(四)2〕");
        }
    }

    @Test
    void openingPunctuationStaysWithWhatFollows() {
        List<String> lines = new Wrapper(10).wrap("", "甲乙丙丁（戊己）庚", 0);
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith("（"));
    }

    @Test
    void aWordWiderThanTheLineIsCutRatherThanOverflowing() {
        List<String> lines = new Wrapper(10).wrap("", "x".repeat(25), 0);
        assertThat(lines).containsExactly("x".repeat(10), "x".repeat(10), "x".repeat(5));
    }

    @Test
    void lineBreaksOfTheTextAreKeptAndShortTextIsOneLine() {
        assertThat(new Wrapper(40).wrap("> ", "one\ntwo", 2)).containsExactly("> one", "  two");
        assertThat(new Wrapper(40).wrap("> ", "short", 2)).containsExactly("> short");
        assertThat(new Wrapper(40).wrap("> ", "", 2)).containsExactly("> ");
    }

    @Test
    void aNarrowTerminalGivesUpTheIndentRatherThanOneCharacterPerLine() {
        List<String> lines = new Wrapper(24).wrap(" ".repeat(20), "alpha beta gamma delta epsilon", 20);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(24));
        assertThat(String.join(" ", lines)).contains("epsilon");
    }
}

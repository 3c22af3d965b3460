package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitKeyMapTest {
    @Test
    void acceptsOneToSeventeenDigitsOnly() {
        assertThat(DigitKeyMap.code("0")).isNotZero();
        assertThat(DigitKeyMap.code("99999999999999999")).isNotZero();
        assertThat(DigitKeyMap.code("999999999999999999")).isZero();
        assertThat(DigitKeyMap.code("")).isZero();
        assertThat(DigitKeyMap.code("ZF-1")).isZero();
        assertThat(DigitKeyMap.code("5301 0001")).isZero();
        assertThat(DigitKeyMap.code("５３０１")).isZero();
    }

    @Test
    void keepsLeadingZerosApart() {
        assertThat(DigitKeyMap.code("0123")).isNotEqualTo(DigitKeyMap.code("123"));
        assertThat(DigitKeyMap.code("00")).isNotEqualTo(DigitKeyMap.code("0"));
    }

    @Test
    void findsEveryKeyOfAGrownTableTheFirstValueWinning() {
        DigitKeyMap<String> map = new DigitKeyMap<>();
        assertThat(map.isEmpty()).isTrue();
        for (int i = 0; i < 20_000; i++) {
            map.putIfAbsent(DigitKeyMap.code(String.valueOf(530_100_000 + i)), "first " + i);
        }
        map.putIfAbsent(DigitKeyMap.code("530100007"), "second");
        assertThat(map.isEmpty()).isFalse();
        for (int i = 0; i < 20_000; i++) {
            assertThat(map.get(DigitKeyMap.code(String.valueOf(530_100_000 + i)))).isEqualTo("first " + i);
        }
        assertThat(map.get(DigitKeyMap.code("530120000"))).isNull();
        assertThat(map.get(DigitKeyMap.code("0530100007"))).isNull();
    }
}

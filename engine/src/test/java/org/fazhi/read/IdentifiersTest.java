package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifiersTest {
    @Test
    void keyTrimsAndFoldsFullWidth() {
        assertThat(Identifiers.key("ＷＨ－２０２５－００６")).isEqualTo("WH-2025-006");
        assertThat(Identifiers.key(" WH-1\u3000")).isEqualTo("WH-1");
        assertThat(Identifiers.key(null)).isNull();
    }

    @Test
    void distinctKeepsTheFirstSpellingOfEachIdInOrder() {
        assertThat(Identifiers.distinct(new LinkedHashSet<>(List.of("A1", "Ａ１", "B2", " B2", "ａ１"))))
                .containsExactly("A1", "B2", "ａ１");
        assertThat(Identifiers.distinct(List.of("Ｅ１", "E1"))).containsExactly("Ｅ１");
    }

    @Test
    void distinctLeavesOutBlankAndNullEntries() {
        assertThat(Identifiers.distinct(Arrays.asList("A1", null, "\u3000", "A2"))).containsExactly("A1", "A2");
        assertThat(Identifiers.distinct(null)).isNull();
        assertThat(Identifiers.distinct(List.of())).isEmpty();
    }

    @Test
    void aSetOfPlainIdsIsReturnedAsItIs() {
        Set<String> plain = new LinkedHashSet<>(List.of("A1", "A2"));
        assertThat(Identifiers.distinct(plain)).isSameAs(plain);
    }
}

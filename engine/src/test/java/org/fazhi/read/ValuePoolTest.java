package org.fazhi.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuePoolTest {
    private final ValuePool pool = new ValuePool();

    @Test
    void aRepeatedTextIsSharedEvenAfterAColumnOfUniqueTexts() {
        String agency = pool.share(new String("昆明市市场监督管理局"));
        for (int i = 0; i < 100_000; i++) {
            String id = "AJ-" + i;
            assertThat(pool.share(id)).isSameAs(id);
        }
        assertThat(pool.share(new String("昆明市市场监督管理局"))).isSameAs(agency);
    }

    @Test
    void aTextWhoseSlotIsTakenIsReturnedAsItIs() {
        for (int i = 0; i < 10_000; i++) {
            pool.share("X-" + i); // fills every slot
        }
        String late = new String("五华区市场监督管理局");
        assertThat(pool.share(late)).isEqualTo("五华区市场监督管理局");
        assertThat(pool.share(new String("X-7"))).isEqualTo("X-7");
    }
}

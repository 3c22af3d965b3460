package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.fazhi.model.Officer;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.junit.jupiter.api.Test;

class OfficerDirectoryTest {
    private final Officer first = officer("ZF-1", 2);
    private final Officer second = officer("ZF-2", 3);
    private final OfficerDirectory directory = new OfficerDirectory(List.of(first, second, officer("ZF-1", 4)));

    @Test
    void findsKnownOfficersInTheOrderNamedTheFirstRecordOfAnIdWinning() {
        assertThat(directory.find("ZF-1")).containsExactly(first);
        assertThat(directory.find("ZF-9")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
        assertThat(directory.findAll(Arrays.asList("ZF-2", "ZF-9", null, "ZF-1"))).containsExactly(second, first);
        assertThat(directory.findAll(null)).isEmpty();
    }

    @Test
    void listsUnknownIdsInTheOrderNamed() {
        assertThat(directory.unknown(List.of("ZF-1", "ZF-2"))).isEmpty();
        assertThat(directory.unknown(List.of("ZF-8", "ZF-1", "ZF-9"))).containsExactly("ZF-8", "ZF-9");
        assertThat(directory.unknown(null)).isEmpty();
    }

    @Test
    void isSuppliedOnlyWithOfficersThatHaveAnId() {
        assertThat(directory.isSupplied()).isTrue();
        assertThat(new OfficerDirectory(List.of(officer(null, 2))).isSupplied()).isFalse();
        assertThat(new OfficerDirectory(List.of()).isSupplied()).isFalse();
    }

    private static Officer officer(String id, int row) {
        RecordType type = RecordTypes.byKey("officer").orElseThrow();
        Officer officer = (Officer) type.newRecord(new SourceRef("officers.csv", null, row));
        type.idField().set(officer, id);
        return officer;
    }
}

package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
    void findsAKnownOfficerTheFirstRecordOfAnIdWinning() {
        assertThat(directory.find("ZF-1")).containsExactly(first);
        assertThat(directory.find("ZF-9")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void findsOfficersWhoseCertificateExpiredBeforeADateInTheOrderNamed() {
        Officer expired = officer("ZF-3", 5, "2025-03-31");
        Officer expiredEarlier = officer("ZF-4", 6, "2024-12-31");
        Officer validThatDay = officer("ZF-5", 7, "2025-04-01");
        Officer noExpiry = officer("ZF-6", 8, null);
        OfficerDirectory certified = new OfficerDirectory(List.of(expired, expiredEarlier, validThatDay, noExpiry));
        LocalDate decided = LocalDate.of(2025, 4, 1);

        assertThat(certified.expiredBefore(Arrays.asList("ZF-4", "ZF-5", "ZF-9", null, "ZF-6", "ZF-3"), decided))
                .containsExactly(expiredEarlier, expired);
        assertThat(certified.expiredBefore(List.of("ZF-3"), LocalDate.of(2025, 3, 31))).isEmpty();
        assertThat(certified.expiredBefore(List.of("ZF-3"), null)).isEmpty();
        assertThat(certified.expiredBefore(null, decided)).isEmpty();
    }

    @Test
    void listsUnknownIdsInTheOrderNamed() {
        assertThat(directory.unknown(List.of("ZF-1", "ZF-2"))).isEmpty();
        assertThat(directory.unknown(List.of("ZF-8", "ZF-1", "ZF-9"))).containsExactly("ZF-8", "ZF-9");
        assertThat(directory.unknown(null)).isEmpty();
    }

    @Test
    void certificateNumbersAreComparedTrimmedAndFullWidthFolded() {
        OfficerDirectory folded = new OfficerDirectory(List.of(officer("５３０１０００１", 2)));
        assertThat(folded.find("53010001")).hasSize(1);
        assertThat(folded.find(" 53010001\u3000")).hasSize(1);
        assertThat(folded.unknown(List.of("53010001", "５３０１０００２"))).containsExactly("５３０１０００２");
        assertThat(directory.find("ＺＦ－１")).containsExactly(first);
    }

    @Test
    void aNumberNamedInBothWidthsIsOneOfficer() {
        Officer expired = officer("E1", 5, "2025-03-19");
        OfficerDirectory certified = new OfficerDirectory(List.of(expired));
        assertThat(certified.expiredBefore(List.of("E1", "Ｅ１", " E1 "), LocalDate.of(2025, 3, 20))).containsExactly(expired);
        assertThat(certified.unknown(List.of("X9", "Ｘ９", "E1"))).containsExactly("X9");
    }

    @Test
    void numericCertificateNumbersKeepTheirLeadingZeros() {
        Officer padded = officer("0530100001", 2);
        Officer plain = officer("530100001", 3);
        OfficerDirectory numeric = new OfficerDirectory(List.of(padded, plain, officer("530100001", 4)));
        assertThat(numeric.find("0530100001")).containsExactly(padded);
        assertThat(numeric.find("530100001")).containsExactly(plain);
        assertThat(numeric.unknown(List.of("530100001", "00530100001", "530100002"))).containsExactly("00530100001", "530100002");
        assertThat(new OfficerDirectory(List.of(plain)).isSupplied()).isTrue();
    }

    @Test
    void isSuppliedOnlyWithOfficersThatHaveAnId() {
        assertThat(directory.isSupplied()).isTrue();
        assertThat(new OfficerDirectory(List.of(officer(null, 2))).isSupplied()).isFalse();
        assertThat(new OfficerDirectory(List.of()).isSupplied()).isFalse();
    }

    private static Officer officer(String id, int row) {
        return officer(id, row, null);
    }

    private static Officer officer(String id, int row, String certificateValidUntil) {
        RecordType type = RecordTypes.byKey("officer").orElseThrow();
        Officer officer = (Officer) type.newRecord(new SourceRef("officers.csv", null, row));
        type.idField().set(officer, id);
        if (certificateValidUntil != null) {
            type.requireField("certificate_valid_until").set(officer, LocalDate.parse(certificateValidUntil));
        }
        return officer;
    }
}

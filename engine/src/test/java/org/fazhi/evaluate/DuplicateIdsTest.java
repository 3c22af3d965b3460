package org.fazhi.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.junit.jupiter.api.Test;

class DuplicateIdsTest {
    private final DuplicateIds ids = new DuplicateIds();

    @Test
    void aRepeatIsFoundAmongManyIdentifiersAndNamesTheFirstPlace() {
        for (int row = 2; row < 50_002; row++) {
            assertThat(ids.check(inspection("JC-" + row, "a.xlsx", "检查", row))).isNull();
        }
        Hit repeat = ids.check(inspection("JC-777", "b.csv", null, 9));
        assertThat(repeat).isNotNull();
        assertThat(repeat.args()).containsEntry("first_row", 777).containsEntry("first_source", "a.xlsx [检查] 777");
        assertThat(repeat.record().getSource().file()).isEqualTo("b.csv");
    }

    @Test
    void theSameTextInAnotherTypeOrABlankIdentifierIsNoRepeat() {
        assertThat(ids.check(inspection("X-1", "a.xlsx", "检查", 2))).isNull();
        Record litigation = RecordTypes.byKey("litigation").orElseThrow().newRecord(new SourceRef("a.xlsx", "应诉", 2));
        RecordTypes.byKey("litigation").orElseThrow().idField().set(litigation, "X-1");
        assertThat(ids.check(litigation)).isNull();
        assertThat(ids.check(inspection(null, "a.xlsx", "检查", 3))).isNull();
        assertThat(ids.check(inspection(null, "a.xlsx", "检查", 4))).isNull();
    }

    @Test
    void fingerprintsDependOnTypeAndTextAndAreNeverTheFreeMarker() {
        assertThat(DuplicateIds.fingerprint("case", "A")).isNotEqualTo(DuplicateIds.fingerprint("officer", "A"))
                .isNotEqualTo(DuplicateIds.fingerprint("case", "B")).isNotZero();
        // where the type ends matters, and so does each half of a character
        assertThat(DuplicateIds.fingerprint("ca", "seA")).isNotEqualTo(DuplicateIds.fingerprint("cas", "eA"));
        assertThat(DuplicateIds.fingerprint("case", "\u7F5A")).isNotEqualTo(DuplicateIds.fingerprint("case", "\u805A"))
                .isNotEqualTo(DuplicateIds.fingerprint("case", "\u7F5B"));
    }

    @Test
    void aRepeatNamesItsFirstSheetWhenTheSheetsAlternate() {
        assertThat(ids.check(inspection("A-1", "a.xlsx", "检查", 2))).isNull();
        assertThat(ids.check(inspection("B-1", "b.csv", null, 2))).isNull();
        // the same file and sheet again, named by equal but distinct strings
        assertThat(ids.check(inspection("A-2", new String("a.xlsx"), new String("检查"), 3))).isNull();
        assertThat(ids.check(inspection("B-1", "a.xlsx", "检查", 4)).args()).containsEntry("first_source", "b.csv:2");
        assertThat(ids.check(inspection("A-2", "b.csv", null, 3)).args())
                .containsEntry("first_source", "a.xlsx [检查] 3");
        assertThat(ids.check(inspection("A-1", "c.xlsx", "检查", 2)).args())
                .containsEntry("first_source", "a.xlsx [检查] 2");
    }

    @Test
    void fullWidthAndPaddedSpellingsOfAnIdentifierAreOneAndTheRepeatIsReportedAsWritten() {
        assertThat(ids.check(inspection("WH-2025-006", "a.xlsx", "检查", 2))).isNull();
        Hit repeat = ids.check(inspection("ＷＨ－２０２５－００６", "a.xlsx", "检查", 3));
        assertThat(repeat).isNotNull();
        assertThat(repeat.args()).containsEntry("id", "ＷＨ－２０２５－００６").containsEntry("first_row", 2);
        assertThat(ids.check(inspection("\u3000WH-2025-006 ", "a.xlsx", "检查", 4))).isNotNull();
        assertThat(ids.check(inspection("wh-2025-006", "a.xlsx", "检查", 5))).as("case still tells identifiers apart")
                .isNull();
    }

    private static Record inspection(String id, String file, String sheet, int row) {
        RecordType type = RecordTypes.byKey("inspection").orElseThrow();
        Record record = type.newRecord(new SourceRef(file, sheet, row));
        FieldSpec idField = type.idField();
        idField.set(record, id);
        return record;
    }
}

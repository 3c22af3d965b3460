package org.fazhi.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.junit.jupiter.api.Test;

class SnippetTest {
    private static final RecordType CASE = RecordTypes.byKey("case").orElseThrow();

    @Test
    void fieldsNamedByChineseHeaderOrKeyBecomeTheModelsProperties() {
        assertThat(Snippet.of("「罚款金额」 > $param", CASE).code()).isEqualTo("fineAmount > $param");
        assertThat(Snippet.of("「罚款金额(元)」 > $param", CASE).code()).isEqualTo("fineAmount > $param");
        assertThat(Snippet.of("fine_amount > $param", CASE).code()).isEqualTo("fineAmount > $param");
        assertThat(Snippet.of("fineAmount > 10B", CASE).code()).isEqualTo("fineAmount > 10B");
        assertThat(Snippet.of("罚款金额 > $1 && 罚款金额 < $2", CASE).fields()).hasSize(1);
    }

    @Test
    void aConditionOnABlankFieldNeverMatchesWhateverTheOperator() {
        assertThat(Snippet.of("「执法领域」 != $param", CASE).guarded(CASE)).isEqualTo("field != null, field != $param");
    }

    @Test
    void curlyAndFullWidthPunctuationBecomesAsciiOutsideStrings() {
        Snippet snippet = Snippet.of("「执法领域」 ＝＝ “食品（药品）”", CASE);
        assertThat(snippet.code()).isEqualTo("field == \"食品（药品）\"");
        assertThat(snippet.changed()).isTrue();
        assertThat(Snippet.of("「执法领域」 == \"食品\"", CASE).changed()).isFalse();
        assertThat(Snippet.of("「罚款金额」 ≥ $param && 「罚款金额」 ≤ $param && 「执法领域」 ≠ \"≥\"", CASE).code())
                .isEqualTo("fineAmount >= $param && fineAmount <= $param && field != \"≥\"");
        assertThat(Snippet.of("「罚款金额」 ＞＝ $param", CASE).code()).isEqualTo("fineAmount >= $param");
    }

    @Test
    void namesThatAreNoFieldAreReportedAndCallsOrMembersAreLeftAlone() {
        Snippet snippet = Snippet.of("「罚款金」 > 0 && amount < 3 && $c.getField() != null && 报告(\"X\")", CASE);
        assertThat(snippet.unknown()).containsExactly("罚款金", "amount");
        assertThat(ModelNames.closestField(CASE, "罚款金")).hasValue("罚款金额(元)");
    }

    @Test
    void recordTypesAreNamedByKeyChineseNameAliasOrClass() {
        assertThat(ModelNames.type("行政处罚案件")).hasValue(CASE);
        assertThat(ModelNames.type("执法案件")).hasValue(CASE);
        assertThat(ModelNames.type("case")).hasValue(CASE);
        assertThat(ModelNames.type("PenaltyCase")).hasValue(CASE);
        assertThat(ModelNames.type("处罚")).isEmpty();
    }
}

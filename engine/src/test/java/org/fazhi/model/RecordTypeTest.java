package org.fazhi.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordTypeTest {
    private static Inspection inspection() {
        RecordType type = RecordTypes.of(Inspection.class);
        Inspection full = (Inspection) type.newRecord(new SourceRef("in.xlsx", "检查", 7));
        type.field("inspection_id").orElseThrow().set(full, "JC-1");
        type.field("agency").orElseThrow().set(full, "市场监管局");
        type.field("enterprise_code").orElseThrow().set(full, "91530100MA6N");
        type.field("inspection_date").orElseThrow().set(full, LocalDate.of(2025, 3, 4));
        type.field("method").orElseThrow().set(full, "现场检查");
        type.field("legal_basis").orElseThrow().set(full, "《市场监督管理行政处罚程序规定》");
        return full;
    }

    @Test
    void aCopyKeepsSourceIdentifierAgencyAndTheNamedFieldsOnly() {
        Inspection full = inspection();
        Inspection copy = (Inspection) full.type().copyOf(full, List.of("enterprise_code", "inspection_date"));
        assertThat(copy).isNotSameAs(full);
        assertThat(copy.getSource()).isEqualTo(full.getSource());
        assertThat(copy.getId()).isEqualTo("JC-1");
        assertThat(copy.getAgency()).isEqualTo("市场监管局");
        assertThat(copy.getEnterpriseCode()).isEqualTo("91530100MA6N");
        assertThat(copy.getInspectionDate()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(copy.getMethod()).isNull();
        assertThat(copy.getLegalBasis()).isNull();
    }

    @Test
    void aCopyOfAFieldTheTypeDoesNotHaveIsRefused() {
        Inspection full = inspection();
        assertThatThrownBy(() -> full.type().copyOf(full, List.of("fine_amount")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fine_amount");
    }
}

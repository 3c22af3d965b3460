package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.model.PenaltyCase;
import org.fazhi.model.Record;
import org.fazhi.model.RecordTypes;
import org.junit.jupiter.api.Test;

/**
 * The merged-cell contract every reader relies on, whatever its format: ranges given to
 * {@link SheetProcessor#merges} before the first row, rows whose covered cells are blank (an
 * HTML table with {@code rowspan}/{@code colspan}, an .xls with merge records).
 */
class SheetProcessorMergesTest {
    @Test
    void rangesGivenBeforeTheRowsShapeTheHeaderAndFillTheData() throws Exception {
        List<Record> records = new ArrayList<>();
        SheetProcessor processor = new SheetProcessor(new TypeCatalog(Mapping.none()), "export.html", "案件",
                RecordTypes.byKey("case").orElseThrow(), false, true, pending -> records.add(pending.parse()));
        MergedCells cells = new MergedCells();
        // given out of order, as a reader meeting rowspans table row by table row may
        cells.add(4, 6, 1, 1);
        cells.add(1, 2, 0, 0);
        cells.add(1, 1, 2, 3);
        cells.add(1, 2, 1, 1);
        cells.add(1, 2, 4, 4);
        cells.add(8, 8, 0, 4);
        processor.merges(cells);

        processor.accept(row(1, "案件编号", "执法机关", "处罚决定", "", "立案日期"));
        processor.accept(row(2, "", "", "处罚决定日期", "送达日期", ""));
        processor.accept(row(3, "CF-1", "城管局", "2025-02-01", "2025-02-03", "2025-01-02"));
        processor.accept(row(4, "CF-2", "交通局", "2025-02-02", "", "2025-01-02"));
        processor.accept(row(5, "CF-3", "", "", "", "2025-01-02"));
        processor.accept(row(6, "CF-4", "", "", "", "2025-01-02"));
        processor.accept(row(7, "合计", "", "", "", ""));
        processor.accept(row(8, "本表由系统导出", "", "", "", ""));
        InputSummary summary = processor.finish();

        assertThat(records).extracting(r -> ((PenaltyCase) r).getAgency())
                .containsExactly("城管局", "交通局", "交通局", "交通局");
        assertThat(((PenaltyCase) records.get(0)).getServiceDate()).hasToString("2025-02-03");
        assertThat(summary.summaryRowsSkipped().rows()).containsExactly(7, 8);
        assertThat(summary.unknownColumns()).isEmpty();
        assertThat(records).allSatisfy(r -> assertThat(r.getProblems()).isEmpty());
    }

    @Test
    void singleCellsAndReversedCornersAreNoRanges() {
        MergedCells cells = new MergedCells();
        cells.add(3, 3, 2, 2);
        cells.add(5, 4, 0, 1);
        cells.add(0, 2, 0, 1);
        assertThat(cells.isEmpty()).isTrue();
        cells.add(2, 3, 0, 0);
        assertThat(cells.isEmpty()).isFalse();
        assertThat(cells.covers(3, 0)).isTrue();
        assertThat(cells.covers(2, 0)).as("the top-left cell holds the value").isFalse();
    }

    private static RowView row(int number, String... cells) {
        return new CsvRow(number, cells);
    }
}

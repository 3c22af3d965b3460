package org.fazhi.read;

import org.fazhi.model.InputSummary;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.fazhi.model.PenaltyCase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of a table is accounted for: rows from the first data row to the last row that is not
 * blank = records + blank rows skipped + summary rows skipped, for layouts generated from a seed
 * (titles, one- or two-row headers, agencies merged over blocks, blank rows, subtotals, a total,
 * footers), written as workbooks by POI and, every fourth seed, as a CSV file.
 */
class RowsAccountedForTest {
    private static final String[] FOOTERS = {"填表人：张三", "审核人：李四", "联系电话：0871-1234567", "注：金额单位见表头",
        "填报日期：2025年12月31日", "说明：本表由系统导出"};
    private static final int WIDTH = 7;

    @TempDir
    Path dir;

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long s = 1; s <= 60; s++) {
            seeds.add(s * 7919);
        }
        return seeds;
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyInputRowIsARecordABlankRowOrASummaryRow(long seed) throws Exception {
        Layout layout = new Layout(new Random(seed), seed % 4 == 0);
        Reading r = Reading.of(layout.write(dir));

        InputSummary s = r.summary(0);
        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getCaseId()).as(layout.describe())
                .containsExactlyElementsOf(layout.ids);
        assertThat(r.records).extracting(rec -> rec.getSource().row()).containsExactlyElementsOf(layout.recordRows);
        assertThat(r.records).extracting(rec -> ((PenaltyCase) rec).getAgency()).as(layout.describe())
                .containsExactlyElementsOf(layout.agencies);
        assertThat(s.summaryRowsSkipped().rows()).as(layout.describe()).containsExactlyElementsOf(layout.summaryRows);
        assertThat(s.blankRowsSkipped()).as(layout.describe()).isEqualTo(layout.blanks);
        int rowsIn = layout.lastNonBlank < layout.dataStart ? 0 : layout.lastNonBlank - layout.dataStart + 1;
        assertThat(s.rows() + s.blankRowsSkipped() + s.summaryRowsSkipped().count()).isEqualTo(rowsIn);
    }

    /** One generated table, with what reading it must give. */
    private static final class Layout {
        private final Random random;
        private final boolean csv;
        private final List<Object[]> rows = new ArrayList<>();
        private final List<String> merges = new ArrayList<>();
        final List<String> ids = new ArrayList<>();
        final List<Integer> recordRows = new ArrayList<>();
        final List<String> agencies = new ArrayList<>();
        final List<Integer> summaryRows = new ArrayList<>();
        int blanks;
        int dataStart;
        int lastNonBlank;
        /** The last row an agency merged down covers. */
        private int blockEnd;
        /** Blank rows since the last row that was not blank. */
        private int blankRun;

        Layout(Random random, boolean csv) {
            this.random = random;
            this.csv = csv;
            titles();
            header();
            dataStart = rows.size() + 1;
            data();
            end();
        }

        private void titles() {
            for (int i = random.nextInt(5); i > 0; i--) {
                add(cells("2025年行政处罚案件台账（第" + i + "部分）"));
                if (!csv && random.nextBoolean()) {
                    merges.add("A" + rows.size() + ":G" + rows.size());
                }
                if (random.nextInt(4) == 0) {
                    add(null);
                }
            }
        }

        private void header() {
            if (random.nextBoolean()) {
                add(cells("序号", "案件编号", "执法机关", "立案日期", "处罚决定", null, "罚款金额（万元）"));
                add(cells(null, null, null, null, "处罚决定日期", "送达日期", null));
                int upper = rows.size() - 1;
                if (!csv) {
                    for (String col : List.of("A", "B", "C", "D", "G")) {
                        merges.add(col + upper + ":" + col + (upper + 1));
                    }
                    merges.add("E" + upper + ":F" + upper);
                }
            } else {
                add(cells("序号", "*案件编号", "执法机关", "立案日期", "处罚决定日期", "送达日期", "罚款金额（万元）"));
            }
        }

        private void data() {
            int items = random.nextInt(30);
            String blockAgency = null;
            for (int i = 0; i < items; i++) {
                int pick = random.nextInt(10);
                int next = rows.size() + 1;
                if (pick == 0) {
                    blank();
                } else if (pick == 1) {
                    summary(cells(random.nextBoolean() ? "小计" : "小　计", null, null, null, null, null, 3));
                } else if (next <= blockEnd) {
                    record(blockAgency, true);
                } else {
                    String agency = "机关" + random.nextInt(3);
                    if (!csv && random.nextInt(4) == 0) {
                        blockEnd = next + 1 + random.nextInt(4); // may reach into blank, total and footer rows
                        blockAgency = agency;
                        merges.add("C" + next + ":C" + blockEnd);
                    }
                    record(agency, false);
                }
            }
        }

        private void record(String agency, boolean merged) {
            String id = "CF-" + (ids.size() + 1);
            String written = random.nextInt(5) == 0 ? toFullWidth(id) : id;
            String when = random.nextBoolean() ? "2025-03-0" + (1 + random.nextInt(9)) : "无";
            add(cells(ids.size() + 1, written, merged ? null : agency, "2025/1/" + (1 + random.nextInt(28)), when,
                    random.nextBoolean() ? "／" : "2025-04-01", random.nextBoolean() ? 1.5 : "暂无"));
            ids.add(written);
            recordRows.add(rows.size());
            agencies.add(agency);
            seen();
        }

        private void end() {
            if (random.nextInt(10) < 7) {
                maybeBlank();
                summary(cells("合计", "共" + ids.size() + "件", null, null, null, null, 99));
            }
            for (int i = random.nextInt(4); i > 0; i--) {
                maybeBlank();
                if (!csv && rows.size() >= blockEnd && random.nextInt(3) == 0) {
                    summary(cells("本表数据截至2025年12月31日"));
                    merges.add("A" + rows.size() + ":G" + rows.size());
                } else {
                    Object[] footer = new Object[WIDTH];
                    footer[random.nextInt(2) * 4] = FOOTERS[random.nextInt(FOOTERS.length)];
                    summary(footer);
                }
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                add(random.nextBoolean() || csv ? cells("", "", "") : null); // trailing: counted nowhere
            }
        }

        private void summary(Object[] cells) {
            add(cells);
            summaryRows.add(rows.size());
            seen();
        }

        private void maybeBlank() {
            if (random.nextInt(3) == 0) {
                blank();
            }
        }

        private void blank() {
            add(csv || random.nextBoolean() ? cells("", null, "") : null);
            blankRun++;
        }

        private void seen() {
            blanks += blankRun;
            blankRun = 0;
            lastNonBlank = rows.size();
        }

        private void add(Object[] cells) {
            rows.add(cells);
        }

        private static Object[] cells(Object... cells) {
            return Arrays.copyOf(cells, WIDTH);
        }

        private static String toFullWidth(String s) {
            StringBuilder b = new StringBuilder();
            for (char c : s.toCharArray()) {
                b.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : c);
            }
            return b.toString();
        }

        Path write(Path dir) throws IOException {
            if (csv) {
                Path file = dir.resolve("行政处罚案件.csv");
                List<String> lines = new ArrayList<>();
                for (Object[] row : rows) {
                    lines.add(row == null ? "" : Arrays.stream(row).map(c -> c == null ? "" : String.valueOf(c))
                            .collect(Collectors.joining(",")));
                }
                Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
                return file;
            }
            return new Workbooks().sheet("行政处罚案件", rows.toArray(new Object[0][]))
                    .merged(merges.toArray(new String[0])).write(dir.resolve("layout.xlsx"));
        }

        String describe() {
            StringBuilder b = new StringBuilder(csv ? "csv" : "xlsx").append(" merges ").append(merges).append('\n');
            for (int i = 0; i < rows.size(); i++) {
                b.append(i + 1).append(": ").append(rows.get(i) == null ? "(none)" : Arrays.toString(rows.get(i)))
                        .append('\n');
            }
            return b.toString();
        }
    }
}

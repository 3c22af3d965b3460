package org.fazhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.cli.Cli.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.error.InputException;
import org.fazhi.read.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    @TempDir
    Path dir;

    /** A workbook with a case sheet (an unknown column, no 申请听证 column, one bad date) and a notes sheet. */
    private Path export() throws IOException {
        Path file = dir.resolve("导出.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet cases = workbook.createSheet("2025年行政处罚案件台账");
            row(cases, 0, "2025年行政处罚案件台账");
            row(cases, 1, "案件编号", "执法机关", "立案日期", "经办人", "处罚决定日期");
            row(cases, 2, "AJ-1", "某局", "2025-01-02", "张三", "2025-02-30");
            row(cases, 3, "AJ-2", "某局", "2025-01-03", "李四", "2025-02-01");
            row(workbook.createSheet("说明"), 0, "本表由系统导出");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void row(XSSFSheet sheet, int index, String... cells) {
        XSSFRow row = sheet.createRow(index);
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }

    @Test
    void saysTheRealFormatAndTheTotalRowsSkipped() throws IOException {
        Path html = Files.writeString(dir.resolve("执法案件.xls"), """
                <html><head><meta charset="utf-8"></head><body><table>
                <tr><td>案件编号</td><td>执法机关</td><td>立案日期</td></tr>
                <tr><td>AJ-1</td><td>某局</td><td>2025-01-02</td></tr>
                <tr><td>合计</td><td></td><td>共1件</td></tr>
                </table></body></html>
                """, StandardCharsets.UTF_8);
        Cli.Result result = cli().run("inspect", html.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains("执法案件.xls [执法案件] · HTML 表格", "执法案件.xls 实为 HTML 表格",
                "数据行 1", "跳过合计、小计、表尾、页码和重复表头行 1 行：第 3 行");
        Cli.Result json = cli().run("inspect", html.toString(), "--format", "json");
        JsonNode sheet = new ObjectMapper().readTree(json.out()).get("sheets").get(0);
        assertThat(sheet.get("format").asText()).isEqualTo("html");
        assertThat(sheet.get("disguised").asBoolean()).isTrue();
        assertThat(sheet.get("summaryRows").get("rows").get(0).asInt()).isEqualTo(3);
    }

    @Test
    void showsPerSheetWhatTheReaderSees() throws IOException {
        Cli.Result result = cli().run("inspect", export().toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).contains(
                "[2025年行政处罚案件台账] · Excel 工作簿（.xlsx）",
                "记录类型：行政处罚案件（case），名称中包含该类型的别名",
                "表头：第 2 行",
                "已识别的列（4）：案件编号、执法机关、立案日期、处罚决定日期",
                "未识别的列（1，检查时保留但不参与规则）：经办人",
                "申请听证（判定 ENF-006）",
                "数据行 2，跳过空行 0",
                "第 3 行 E 列「处罚决定日期」：“2025-02-30”",
                "[说明] · Excel 工作簿（.xlsx）",
                "工作表名称和表头都无法识别");
    }

    @Test
    void inEnglish() throws IOException {
        Cli.Result result = cli().run("inspect", export().toString(), "--lang", "en");
        assertThat(result.out()).contains("Record type: Administrative penalty case (case), the name contains an alias",
                "Header: row 2", "Unknown columns (1, kept in checks but not used by rules): 经办人",
                "hearing_requested (decides ENF-006)");
    }

    @Test
    void jsonListsEverySheet() throws IOException {
        Cli.Result result = cli().run("inspect", export().toString(), "--format", "json");
        assertThat(result.code()).as(result.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("schema").asText()).isEqualTo("fazhi-inspect/1");
        JsonNode cases = json.get("sheets").get(0);
        assertThat(cases.get("recordType").asText()).isEqualTo("case");
        assertThat(cases.get("recognisedBy").asText()).isEqualTo("CONTAINED_ALIAS");
        assertThat(cases.get("headerRow").asInt()).isEqualTo(2);
        assertThat(cases.get("unknownColumns").get(0).asText()).isEqualTo("经办人");
        assertThat(cases.get("problems").get(0).get("raw").asText()).isEqualTo("2025-02-30");
        assertThat(json.get("sheets").get(1).get("ignoredReason").asText()).isEqualTo("read.ignored.unrecognised");
    }

    @Test
    void theMappingSkeletonListsEveryUnknownHeaderToFillIn() throws IOException, InputException {
        Path skeleton = dir.resolve("mapping.yaml");
        Cli.Result result = cli().run("inspect", export().toString(), "--mapping-skeleton", skeleton.toString());
        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.err()).contains("mapping.yaml");
        String text = Files.readString(skeleton, StandardCharsets.UTF_8);
        assertThat(text).contains("ignore: [\"说明\"]", "case:", "    \"经办人\": \"\"", "hearing_requested/申请听证");

        // filled in, it is a mapping the reader takes
        Files.writeString(skeleton, text.replace("\"经办人\": \"\"", "\"经办人\": 执法人员证件号"),
                StandardCharsets.UTF_8);
        assertThat(Mapping.load(skeleton).columns("case")).containsEntry("经办人", "officer_ids");
        assertThat(Mapping.load(skeleton).ignores("说明")).isTrue();
    }

    @Test
    void aBrokenFileCannotBeInspected() throws IOException {
        // a zip's signature and then nothing a zip holds: a damaged workbook, not text
        Path broken = Files.write(dir.resolve("坏.xlsx"), "PK\u0003\u0004 not a workbook".getBytes(StandardCharsets.ISO_8859_1));
        Cli.Result result = cli().run("inspect", broken.toString());
        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("坏.xlsx").doesNotContain("Exception");
    }
}

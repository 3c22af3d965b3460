package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.i18n.Lang;
import org.fazhi.report.Report;
import org.junit.jupiter.api.Test;

class XlsxRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new XlsxRenderer();
    }

    private XSSFWorkbook open(Report report, Lang lang) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(render(report, plain(lang))));
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    @Test
    void sheetsInOrderWithChineseLabels() throws IOException {
        try (XSSFWorkbook workbook = open(report(), Lang.ZH)) {
            assertThat(sheetNames(workbook)).containsExactly("概览", "问题清单", "规则", "数据问题", "说明");
            XSSFSheet findings = workbook.getSheet("问题清单");
            assertThat(findings.getRow(0).getCell(0).getStringCellValue()).isEqualTo("级别");
            assertThat(findings.getLastRowNum()).isEqualTo(report().findings().size());
            assertThat(findings.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
        }
    }
}

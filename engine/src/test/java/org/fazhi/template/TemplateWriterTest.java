package org.fazhi.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.i18n.Lang;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.read.InputReader;
import org.fazhi.model.InputSummary;
import org.fazhi.read.Mapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateWriterTest {
    @TempDir
    Path dir;

    @Test
    void theReaderAcceptsTheTemplateUnchanged() throws Exception {
        Path template = write(Lang.ZH);
        List<Record> records = new ArrayList<>();
        List<InputSummary> summaries = new InputReader(Mapping.none()).read(List.of(template), records::add);
        assertThat(records).isEmpty();
        assertThat(summaries).extracting(InputSummary::recordType).containsExactlyElementsOf(RecordTypes.keys());
        assertThat(summaries).allSatisfy(s -> assertThat(s.unknownColumns()).isEmpty());
    }

    @Test
    void everyFieldHasAHeaderWithACommentAndBoolAndEnumColumnsHaveDropDowns() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(write(Lang.EN).toFile())) {
            for (RecordType type : RecordTypes.all()) {
                XSSFSheet sheet = workbook.getSheet(type.name());
                List<FieldSpec> fields = type.fields();
                List<DataValidation> validations = new ArrayList<>(sheet.getDataValidations());
                for (int col = 0; col < fields.size(); col++) {
                    FieldSpec field = fields.get(col);
                    var header = sheet.getRow(0).getCell(col);
                    assertThat(header.getStringCellValue())
                            .isEqualTo(field.required() ? field.header() + "*" : field.header());
                    assertThat(header.getCellComment().getString().getString()).startsWith(field.key());
                    boolean dropDown = field.type() == FieldType.BOOL || field.type() == FieldType.ENUM;
                    int column = col;
                    assertThat(validations.stream().anyMatch(v -> v.getRegions().getCellRangeAddress(0)
                            .getFirstColumn() == column)).as(field.key()).isEqualTo(dropDown);
                }
            }
        }
    }

    @Test
    void enumDropDownsOfferTheDeclaredWords() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(write(Lang.ZH).toFile())) {
            XSSFSheet cases = workbook.getSheet("行政处罚案件");
            assertThat(cases.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
                            .containsExactly("自然人", "法人", "其他组织"));
        }
    }

    private Path write(Lang lang) throws IOException {
        Path file = dir.resolve("template-" + lang + ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new TemplateWriter(lang).write(out);
        }
        return file;
    }
}

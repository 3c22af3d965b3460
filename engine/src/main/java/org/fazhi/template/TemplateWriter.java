package org.fazhi.template;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.FieldType;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * Writes an empty input workbook: one sheet per record type named by its Chinese name, the
 * Chinese headers (required ones marked {@code *}), a comment on each header saying what goes
 * there, and drop-downs for bool and enum columns. Everything comes from the field declarations,
 * so the reader accepts the template unchanged.
 */
public final class TemplateWriter {
    /** Rows that get drop-downs and date formats below the header. */
    static final int PREPARED_ROWS = 2000;
    private static final String[] BOOL_WORDS = {"是", "否"};

    private final Lang lang;

    public TemplateWriter(Lang lang) {
        this.lang = lang;
    }

    public void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFCellStyle headerStyle = headerStyle(workbook);
            XSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (RecordType type : RecordTypes.all()) {
                writeSheet(workbook.createSheet(type.name()), type, headerStyle, dateStyle);
            }
            workbook.write(out);
        }
    }

    private void writeSheet(Sheet sheet, RecordType type, XSSFCellStyle headerStyle, XSSFCellStyle dateStyle) {
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        List<FieldSpec> fields = type.fields();
        for (int col = 0; col < fields.size(); col++) {
            FieldSpec field = fields.get(col);
            var cell = header.createCell(col);
            cell.setCellValue(field.required() ? field.header() + "*" : field.header());
            cell.setCellStyle(headerStyle);
            cell.setCellComment(comment(sheet, drawing, col, field));
            sheet.setColumnWidth(col, Math.max(12, field.header().length() * 2 + 4) * 256);
            if (field.type() == FieldType.DATE) {
                sheet.setDefaultColumnStyle(col, dateStyle);
            }
            String[] words = dropDownWords(field);
            if (words != null) {
                addDropDown(sheet, col, words);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    private static String[] dropDownWords(FieldSpec field) {
        if (field.type() == FieldType.BOOL) {
            return BOOL_WORDS;
        }
        if (field.type() == FieldType.ENUM) {
            return field.words().toArray(String[]::new);
        }
        return null;
    }

    private static void addDropDown(Sheet sheet, int col, String[] words) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = helper.createExplicitListConstraint(words);
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(1, PREPARED_ROWS, col, col));
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private Comment comment(Sheet sheet, Drawing<?> drawing, int col, FieldSpec field) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(col);
        anchor.setCol2(col + 4);
        anchor.setRow1(0);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(describe(field)));
        comment.setAuthor("fazhi");
        return comment;
    }

    /** The comment text: key, type, required, meaning and accepted words. */
    String describe(FieldSpec field) {
        StringBuilder text = new StringBuilder();
        text.append(field.key()).append('\n');
        text.append(Messages.get(lang, "template.type." + field.type().name().toLowerCase(java.util.Locale.ROOT)));
        if (field.required()) {
            text.append(Messages.get(lang, "template.required"));
        }
        if (!field.meaning().isEmpty()) {
            text.append('\n').append(field.meaning());
        }
        if (!field.words().isEmpty()) {
            text.append('\n').append(Messages.get(lang, "template.words", String.join("、", field.words())));
        }
        return text.toString();
    }

    private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
        XSSFCellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }
}

package org.fazhi.render.xlsx;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Severity;

/**
 * The workbook's cell styles, made once. Every font is named: 等线 (Excel's own CJK font, which
 * WPS and LibreOffice map to theirs) with the GB2312 character set, so Chinese is not drawn in a
 * Latin font's fallback.
 */
final class Styles {
    /** The font every style uses. */
    static final String FONT = "等线";
    /** The colours of the chart's bars and of "not met" (RGB). */
    static final byte[] BAR = rgb(0xC0, 0x39, 0x2B);

    final XSSFCellStyle title;
    final XSSFCellStyle sentence;
    final XSSFCellStyle heading;
    final XSSFCellStyle header;
    final XSSFCellStyle headerWrapped;
    final XSSFCellStyle plain;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle number;
    final XSSFCellStyle decimal;
    final XSSFCellStyle link;
    final XSSFCellStyle met;
    final XSSFCellStyle notMet;
    final XSSFCellStyle noData;
    final XSSFCellStyle note;
    final XSSFCellStyle noteWrapped;
    final XSSFCellStyle remedy;
    private final Map<Severity, XSSFCellStyle> severities = new EnumMap<>(Severity.class);

    Styles(XSSFWorkbook workbook) {
        XSSFFont base = workbook.getFontAt(0);
        base.setFontName(FONT);
        base.setCharSet(FontCharset.GB2312.getValue());
        XSSFFont bold = font(workbook, true, 11, null);
        title = style(workbook, font(workbook, true, 14, null));
        sentence = style(workbook, font(workbook, false, 12, null));
        sentence.setWrapText(true);
        sentence.setVerticalAlignment(VerticalAlignment.TOP);
        heading = style(workbook, font(workbook, true, 12, rgb(0x1F, 0x4E, 0x78)));
        header = style(workbook, bold);
        header.setFillForegroundColor(new XSSFColor(rgb(0xD9, 0xE1, 0xF2), null));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerWrapped = workbook.createCellStyle();
        headerWrapped.cloneStyleFrom(header);
        headerWrapped.setWrapText(true);
        headerWrapped.setAlignment(HorizontalAlignment.CENTER);
        XSSFFont regular = font(workbook, false, 11, null);
        plain = style(workbook, regular);
        plain.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = style(workbook, regular);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        number = style(workbook, regular);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        number.setVerticalAlignment(VerticalAlignment.TOP);
        decimal = style(workbook, regular);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        decimal.setVerticalAlignment(VerticalAlignment.TOP);
        XSSFFont linkFont = font(workbook, false, 11, rgb(0x05, 0x63, 0xC1));
        linkFont.setUnderline(Font.U_SINGLE);
        link = style(workbook, linkFont);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        met = filled(workbook, rgb(0xC6, 0xEF, 0xCE), rgb(0x00, 0x61, 0x00), false);
        notMet = filled(workbook, rgb(0xFF, 0xC7, 0xCE), rgb(0x9C, 0x00, 0x06), true);
        noData = filled(workbook, rgb(0xED, 0xED, 0xED), rgb(0x59, 0x59, 0x59), false);
        // An indicator's value is stored at the precision shown (the presentation layer's rule).
        short percent = workbook.createDataFormat().getFormat("0.0%");
        met.setDataFormat(percent);
        notMet.setDataFormat(percent);
        note = style(workbook, font(workbook, false, 10, rgb(0x59, 0x59, 0x59)));
        noteWrapped = style(workbook, note.getFont());
        noteWrapped.setWrapText(true);
        noteWrapped.setVerticalAlignment(VerticalAlignment.TOP);
        remedy = filled(workbook, rgb(0xFF, 0xF8, 0xE1), null, false);
        remedy.setWrapText(true);
        remedy.setVerticalAlignment(VerticalAlignment.TOP);
        severities.put(Severity.ERROR, filled(workbook, rgb(0xFF, 0xC7, 0xCE), rgb(0x9C, 0x00, 0x06), true));
        severities.put(Severity.WARNING, filled(workbook, rgb(0xFF, 0xEB, 0x9C), rgb(0x9C, 0x57, 0x00), false));
        severities.put(Severity.INFO, filled(workbook, rgb(0xDD, 0xEB, 0xF7), rgb(0x1F, 0x4E, 0x78), false));
    }

    XSSFCellStyle severity(Severity severity) {
        return severities.get(severity);
    }

    /** An indicator's cell: met, not met, or no data (null). */
    XSSFCellStyle attainment(Boolean attained) {
        return attained == null ? noData : attained ? met : notMet;
    }

    /** A status that leaves the finding out of the gate is greyed; its words wrap in their column. */
    XSSFCellStyle status(FindingStatus status) {
        return status == FindingStatus.COUNTED ? wrapped : noteWrapped;
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static XSSFFont font(XSSFWorkbook workbook, boolean bold, int points, byte[] color) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setCharSet(FontCharset.GB2312.getValue());
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (color != null) {
            font.setColor(new XSSFColor(color, null));
        }
        return font;
    }

    private static XSSFCellStyle filled(XSSFWorkbook workbook, byte[] fill, byte[] text, boolean bold) {
        XSSFCellStyle style = style(workbook, font(workbook, bold, 11, text));
        style.setFillForegroundColor(new XSSFColor(fill, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}

package org.fazhi.render.xlsx;

import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How every sheet prints (outputs.md): A4 landscape, fitted to the page's width (as many pages
 * down as it takes), the header rows repeated on each page, and a footer with the sheet's name,
 * the page number and the as-of date, so a loose printed page still says what it is.
 */
final class PageSetup {
    /** The footer codes of the page number and of the number of pages. */
    static final String PAGE = "&P";
    static final String PAGES = "&N";
    /** The footer's font and size, as footer codes: the sheet's own font, 9 points. */
    private static final String FONT = "&\"" + Styles.FONT + ",Regular\"&9";
    private PageSetup() {
    }

    /**
     * @param pageText   the centre of the footer, with the page codes in it ({@link #PAGE}, {@link #PAGES})
     * @param asOfText   the right of the footer
     * @param repeatRows the rows (0-based, inclusive) printed at the top of every page, or null
     */
    static void apply(Sheet sheet, String pageText, String asOfText, int[] repeatRows) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.4);
        sheet.setMargin(Sheet.RightMargin, 0.4);
        sheet.setMargin(Sheet.TopMargin, 0.5);
        sheet.setMargin(Sheet.BottomMargin, 0.6);
        sheet.setMargin(Sheet.FooterMargin, 0.25);
        if (repeatRows != null) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatRows[0], repeatRows[1], -1, -1));
        }
        Footer footer = sheet.getFooter();
        footer.setLeft(FONT + escape(sheet.getSheetName()));
        footer.setCenter(FONT + pageText);
        footer.setRight(FONT + escape(asOfText));
    }

    /** An ampersand starts a footer code: a literal one is doubled. */
    private static String escape(String text) {
        return text.replace("&", "&&");
    }
}

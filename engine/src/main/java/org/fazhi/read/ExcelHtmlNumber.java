package org.fazhi.read;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The number behind a cell of a page Excel saved as a web page. Excel writes what the cell shows
 * ({@code 1.23} under the format {@code 0.00}, {@code 5.30100E+11} for a long number) and, when
 * that is not the value, the value itself in {@code x:num="1.23456789"}; opened in Excel the cell
 * holds the value. Only a number shown as a number is replaced: a date, a percentage or an
 * amount with its currency shows what it means, and a number shown with leading zeros
 * ({@code 001}) is an identifier as written.
 */
final class ExcelHtmlNumber {
    /** A number as a number format shows it: grouped or not, with decimals or an exponent. */
    private static final Pattern SHOWN_NUMBER =
            Pattern.compile("-?(0|[1-9]\\d{0,2}(,\\d{3})+|[1-9]\\d*)(\\.\\d+)?([eE][-+]?\\d+)?|-?\\.\\d+");

    private ExcelHtmlNumber() {
    }

    /** The cell's value when Excel wrote one beside a number it shows otherwise, else null. */
    static String exact(Element td, String shown) {
        String value = td.attr("x:num").trim();
        if (value.isEmpty() || !SHOWN_NUMBER.matcher(shown.trim()).matches()) {
            return null;
        }
        try {
            new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null; // not a number after all: what is shown is all there is
        }
        return value;
    }
}

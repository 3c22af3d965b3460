package org.fazhi.read;

import java.io.InputStream;
import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.fazhi.error.InputException;

/**
 * Streams the rows of one worksheet part straight from its XML into {@link CapturedSheetRow}s:
 * one pass of the StAX parser, no object per cell. A cell's kind comes from its type attribute
 * and, for numbers, from whether its style shows a date.
 */
final class XlsxSheetReader {
    /** The last column Excel has (XFD); a reference beyond it is a broken file, not a wide sheet. */
    private static final int MAX_COLUMNS = 16_384;
    private static final byte BLANK = (byte) RowView.CellKind.BLANK.ordinal();
    private static final byte TEXT = (byte) RowView.CellKind.TEXT.ordinal();
    private static final byte NUMBER = (byte) RowView.CellKind.NUMBER.ordinal();
    private static final byte DATE = (byte) RowView.CellKind.DATE.ordinal();
    private static final byte BOOL = (byte) RowView.CellKind.BOOL.ordinal();
    private static final byte UNCALCULATED = (byte) RowView.CellKind.UNCALCULATED.ordinal();

    /** A sheet that cannot be read on, with where the reader was in spreadsheet terms and why. */
    static final class BrokenSheetException extends Exception {
        private final int row;
        private final String column;
        private final InputException.Reason reason;

        BrokenSheetException(int row, String column, InputException.Reason reason, Throwable cause) {
            super(reason.key(), cause);
            this.row = row;
            this.column = column;
            this.reason = reason;
        }

        InputException.Reason reason() {
            return reason;
        }

        int row() {
            return row;
        }

        /** The column letter, or null when the reader was between cells. */
        String column() {
            return column;
        }
    }

    /** Takes the rows of a sheet. */
    @FunctionalInterface
    interface RowHandler {
        /** Takes a row; returns false when the rest of the sheet is not wanted. */
        boolean take(CapturedSheetRow row) throws InputException;
    }

    private final SharedStrings strings;
    private final DateStyles styles;

    // the row being read
    private int rowNumber;
    private int lastColumn;
    /** One past the last cell that holds something. */
    private int width;
    private byte[] kinds = new byte[32];
    private String[] texts = new String[32];

    // the cell being read; column -1 between cells
    private int column = -1;
    private String type;
    private int style;
    private String value;
    /** The cell's formula, when it has one ({@code <f>}); a cell with a formula and no {@code <v>} was saved uncalculated. */
    private String formula;
    private boolean hasValue;

    XlsxSheetReader(SharedStrings strings, DateStyles styles) {
        this.strings = strings;
        this.styles = styles;
    }

    /** Hands the {@code <row>}s of the sheet, in file order, to {@code rows} until it wants no more. */
    void read(InputStream in, RowHandler rows) throws BrokenSheetException, InputException {
        rowNumber = 0;
        column = -1;
        try {
            XMLStreamReader xml = XmlParts.open(in);
            try {
                readSheetData(xml, rows);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw broken(new InputException.Reason("read.broken.xml"), e);
        }
    }

    private void readSheetData(XMLStreamReader xml, RowHandler rows)
            throws XMLStreamException, BrokenSheetException, InputException {
        boolean inSheetData = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!inSheetData) {
                    inSheetData = name.equals("sheetData");
                    continue;
                }
                switch (name) {
                    case "row" -> startRow(xml);
                    case "c" -> startCell(xml);
                    case "v" -> {
                        value = xml.getElementText();
                        hasValue = true;
                    }
                    case "is" -> {
                        value = XmlParts.stringItem(xml);
                        hasValue = true;
                    }
                    case "f" -> formula = xml.getElementText();
                    default -> {
                        // extensions: the value in <v> is what counts
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && inSheetData) {
                String name = xml.getLocalName();
                if (name.equals("c")) {
                    endCell();
                } else if (name.equals("row")) {
                    if (!rows.take(endRow())) {
                        return;
                    }
                } else if (name.equals("sheetData")) {
                    return; // what follows (merged cells, page setup) holds no values
                }
            }
        }
    }

    private void startRow(XMLStreamReader xml) {
        String r = XmlParts.attribute(xml, "r");
        int number = r == null ? -1 : positive(r);
        // rows without a number follow the one before, as a spreadsheet program places them
        rowNumber = number > 0 ? number : rowNumber + 1;
        lastColumn = -1;
        width = 0;
    }

    private void startCell(XMLStreamReader xml) throws BrokenSheetException {
        String ref = null;
        type = null;
        style = 0;
        value = null;
        formula = null;
        hasValue = false;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            switch (xml.getAttributeLocalName(i)) {
                case "r" -> ref = xml.getAttributeValue(i);
                case "t" -> type = xml.getAttributeValue(i);
                case "s" -> style = Math.max(0, positive(xml.getAttributeValue(i)));
                default -> {
                }
            }
        }
        int at = ref == null ? -1 : columnOf(ref);
        column = at >= 0 ? at : lastColumn + 1;
        if (column >= MAX_COLUMNS) {
            column = -1; // not a column a spreadsheet has: the message names the row and the reference
            throw broken(new InputException.Reason("read.broken.beyondXfd", ref), null);
        }
    }

    private void endCell() throws BrokenSheetException {
        if (column >= kinds.length) {
            int size = Math.max(column + 1, kinds.length * 2);
            kinds = Arrays.copyOf(kinds, size);
            texts = Arrays.copyOf(texts, size);
        }
        String text = value;
        byte kind;
        if (formula != null && !hasValue) {
            // the result of a formula is what counts, and without it the cell's value is unknown
            kind = UNCALCULATED;
            text = formula.isBlank() ? "=…" : "=" + formula.trim(); // a shared formula names only its group
        } else if (type == null || type.equals("n")) {
            kind = Text.isBlank(text) ? BLANK : !looksNumeric(text) ? TEXT : styles.isDate(style) ? DATE : NUMBER;
        } else if (type.equals("s")) {
            // <c t="s"><v/></c>, written by some tools for an empty cell, names no string
            text = Text.isBlank(text) ? null : strings.get(text);
            if (!Text.isBlank(value) && text == null) {
                throw broken(new InputException.Reason("read.broken.sharedString", value.trim()), null);
            }
            kind = Text.isBlank(text) ? BLANK : TEXT;
        } else if (type.equals("b")) {
            Boolean bool = XmlParts.xsdBoolean(text);
            kind = bool != null ? BOOL : Text.isBlank(text) ? BLANK : TEXT;
            if (bool != null) {
                text = bool ? "1" : "0";
            } else if (kind == TEXT) {
                text = text.trim(); // not a boolean after all: kept as the text it is
            }
        } else {
            // inlineStr, str (a formula's text), e (an error such as #N/A), d (an ISO 8601 date)
            kind = Text.isBlank(text) ? BLANK : TEXT;
        }
        kinds[column] = kind;
        texts[column] = kind == BLANK ? null : text;
        lastColumn = column;
        if (kind != BLANK) {
            // trailing empty cells (a style carried to column XFD) would only make the row wider
            width = Math.max(width, column + 1);
        }
        column = -1;
    }

    private CapturedSheetRow endRow() {
        CapturedSheetRow row = new CapturedSheetRow(rowNumber, Arrays.copyOf(kinds, width), Arrays.copyOf(texts, width));
        Arrays.fill(kinds, 0, width, BLANK);
        Arrays.fill(texts, 0, width, null);
        return row;
    }

    private BrokenSheetException broken(InputException.Reason reason, Throwable cause) {
        return new BrokenSheetException(rowNumber, column < 0 ? null : Text.columnLetter(column), reason, cause);
    }

    /** A number as the format writes it starts with a digit, a sign or a point; anything else is text. */
    private static boolean looksNumeric(String text) {
        char first = text.charAt(0);
        return first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    }

    /** The 0-based column of a reference such as "AB12", or -1 when it has no letters. */
    static int columnOf(String ref) {
        int column = 0;
        int i = 0;
        for (; i < ref.length() && i < 4; i++) {
            char ch = Character.toUpperCase(ref.charAt(i));
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            column = column * 26 + (ch - 'A' + 1);
        }
        return i == 0 ? -1 : column - 1;
    }

    /** A positive decimal number, or -1. */
    private static int positive(String text) {
        int n = 0;
        int length = text.length();
        if (length == 0 || length > 9) {
            return -1;
        }
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}

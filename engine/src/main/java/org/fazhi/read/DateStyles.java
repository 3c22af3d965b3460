package org.fazhi.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of a workbook show a number as a date. A cell names its style by index into
 * {@code <cellXfs>}; the style names a number format, either the workbook's own
 * ({@code <numFmts>}) or a built-in one by id.
 */
final class DateStyles {
    /**
     * Built-in formats that Chinese (and Japanese) Excel and WPS show as dates — e.g. 31 is
     * {@code yyyy"年"m"月"d"日"} — but that a workbook need not spell out, since the id says it.
     * Ids 32–35, 55 and 56 of the same range are times of day and stay numbers.
     */
    private static final Set<Integer> EAST_ASIAN_DATE_IDS = Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58);

    private final boolean[] dateByStyle;

    private DateStyles(boolean[] dateByStyle) {
        this.dateByStyle = dateByStyle;
    }

    static DateStyles none() {
        return new DateStyles(new boolean[0]);
    }

    static DateStyles parse(InputStream in) throws XMLStreamException {
        Map<Integer, String> customFormats = new HashMap<>();
        List<Integer> formatByStyle = new ArrayList<>();
        boolean inCellXfs = false;
        XMLStreamReader xml = XmlParts.open(in);
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "numFmt" -> {
                            Integer id = number(XmlParts.attribute(xml, "numFmtId"));
                            String code = XmlParts.attribute(xml, "formatCode");
                            if (id != null && code != null) {
                                customFormats.put(id, code);
                            }
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                formatByStyle.add(number(XmlParts.attribute(xml, "numFmtId")));
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        } finally {
            xml.close();
        }
        // formats are looked up once all are read: a writer may list them after the styles
        boolean[] dates = new boolean[formatByStyle.size()];
        for (int style = 0; style < dates.length; style++) {
            Integer id = formatByStyle.get(style);
            dates[style] = id != null && isDateFormat(id, customFormats.get(id));
        }
        return new DateStyles(dates);
    }

    /** Whether a number format shows a date: by its code, or by the id of a built-in format the file need not spell out. */
    static boolean isDateFormat(int id, String customCode) {
        if (customCode == null && EAST_ASIAN_DATE_IDS.contains(id)) {
            return true;
        }
        String code = customCode != null ? customCode : BuiltinFormats.getBuiltinFormat(id);
        return DateUtil.isADateFormat(id, code);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a cell of this style index (its {@code s} attribute; 0 when absent) shows a date. */
    boolean isDate(int style) {
        return style >= 0 && style < dateByStyle.length && dateByStyle[style];
    }
}

package org.fazhi.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A workbook's shared-strings table, read whole: cells of type "s" refer to it by index. */
final class SharedStrings {
    private final List<String> strings;

    private SharedStrings(List<String> strings) {
        this.strings = strings;
    }

    static SharedStrings none() {
        return new SharedStrings(List.of());
    }

    static SharedStrings parse(InputStream in) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader xml = XmlParts.open(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                    strings.add(XmlParts.stringItem(xml));
                }
            }
        } finally {
            xml.close();
        }
        return new SharedStrings(strings);
    }

    /** The string at a cell's index (its value text), or null when there is no such string. */
    String get(String index) {
        try {
            int i = Integer.parseInt(index.trim());
            return i >= 0 && i < strings.size() ? strings.get(i) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

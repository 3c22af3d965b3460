package org.fazhi.read;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How the parts of a workbook are parsed: one Aalto StAX factory for all of them, with DTDs and
 * external entities off (a workbook is untrusted input), and the text rules of the file format.
 * Elements are matched by local name only, so both the transitional and the strict OOXML
 * namespaces, and any prefix a writer chose, are read alike.
 */
final class XmlParts {
    private static final XMLInputFactory FACTORY = factory();

    private XmlParts() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** XML already decoded: for documents in an encoding the parser does not know itself (GBK). */
    static XMLStreamReader open(java.io.Reader in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** An attribute by local name, whatever its namespace (e.g. {@code r:id} is "id"), or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An xsd:boolean ("1", "true", "0", "false", white space around allowed), or null when it is none. */
    static Boolean xsdBoolean(String value) {
        String v = value == null ? "" : value.trim();
        if (v.equals("1") || v.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("0") || v.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * The text of a string item ({@code <si>} or {@code <is>}, the reader on its start): its
     * {@code <t>}, or the {@code <t>} of each rich-text run, without phonetic guides
     * ({@code <rPh>}, which repeat the reading of East Asian text). Leaves the reader on its end.
     */
    static String stringItem(XMLStreamReader xml) throws XMLStreamException {
        String only = null;
        StringBuilder runs = null;
        int depth = 1;
        boolean inPhonetic = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("rPh")) {
                    inPhonetic = true;
                } else if (name.equals("t") && !inPhonetic) {
                    String text = xml.getElementText();
                    if (only == null && runs == null) {
                        only = text;
                    } else {
                        if (runs == null) {
                            runs = new StringBuilder(only);
                        }
                        runs.append(text);
                    }
                    continue; // getElementText left the reader on </t>
                }
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    inPhonetic = false;
                }
                depth--;
            }
        }
        String text = runs != null ? runs.toString() : only == null ? "" : only;
        return unescape(text);
    }

    /**
     * Undoes the format's escape of characters XML cannot carry: {@code _x000D_} is a carriage
     * return, and {@code _x005F_} escapes the underscore of a literal "_x....".
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (; at >= 0; at = text.indexOf("_x", at)) {
            int code = at + 7 <= text.length() && text.charAt(at + 6) == '_' ? hex(text, at + 2) : -1;
            if (code < 0) {
                at++;
                continue;
            }
            out.append(text, from, at).append((char) code);
            at += 7;
            from = at;
        }
        return out.append(text, from, text.length()).toString();
    }

    /** Four hex digits at {@code from} as a number, or -1. */
    private static int hex(String text, int from) {
        int value = 0;
        for (int i = from; i < from + 4; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}

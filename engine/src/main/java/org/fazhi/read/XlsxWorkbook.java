package org.fazhi.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An .xlsx package opened for streaming: its worksheets in tab order, found the way the format
 * defines (package relationships → workbook part → its relationships), so that workbooks whose
 * parts are named or placed unlike Excel's own are read as well.
 */
final class XlsxWorkbook implements Closeable {
    /**
     * A worksheet: its tab name, the package part that holds its cells (null when the package
     * lacks it) and whether the tab is hidden or very hidden.
     */
    record Sheet(String name, String part, boolean hidden) {
    }

    /** A package part that is missing or cannot be parsed; the message names it. */
    static final class BrokenPartException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String part;
        private final boolean missing;

        BrokenPartException(String part, boolean missing, Throwable cause) {
            super(part, cause);
            this.part = part;
            this.missing = missing;
        }

        String part() {
            return part;
        }

        boolean missing() {
            return missing;
        }
    }

    /** Parses one part's XML. */
    @FunctionalInterface
    private interface PartParser<T> {
        T parse(InputStream in) throws IOException, XMLStreamException;
    }

    /** Where Excel puts the workbook part; used when a package does not say. */
    private static final String USUAL_WORKBOOK = "xl/workbook.xml";

    private final ZipFile zip;
    /** Entries by part name in lower case: part names are case-insensitive in a package. */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final List<Sheet> sheets = new ArrayList<>();
    private boolean date1904;
    private Optional<String> sharedStringsPart = Optional.empty();
    private Optional<String> stylesPart = Optional.empty();

    private XlsxWorkbook(ZipFile zip) {
        this.zip = zip;
    }

    /** Opens the package and reads its workbook part; fails on a package that is not a workbook. */
    static XlsxWorkbook open(Path file) throws IOException, XMLStreamException {
        XlsxWorkbook workbook = new XlsxWorkbook(new ZipFile(file.toFile(), StandardCharsets.UTF_8));
        try {
            workbook.index();
            workbook.readStructure();
            return workbook;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    private void index() {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            entries.putIfAbsent(key(entry.getName()), entry);
        }
    }

    /**
     * A part name as compared: without a leading slash, with slashes for backslashes, with
     * percent-escapes decoded (a package may store "案件.xml" raw and name it "%E6%A1%88….xml" in
     * a relationship, or the other way round) and in lower case.
     */
    private static String key(String partName) {
        String name = partName.replace('\\', '/');
        if (name.indexOf('%') >= 0) {
            try {
                name = URLDecoder.decode(name.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notAnEscape) {
                // a literal '%' in the name: compared as it is
            }
        }
        return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }

    private void readStructure() throws IOException, XMLStreamException {
        String workbookPart = relationships("").firstOf("officeDocument")
                .map(Relationships.Relationship::part)
                .orElse(USUAL_WORKBOOK);
        if (!entries.containsKey(key(workbookPart))) {
            throw new BrokenPartException(workbookPart, true, null);
        }
        Relationships rels = relationships(workbookPart);
        sharedStringsPart = rels.firstOf("sharedStrings").map(Relationships.Relationship::part);
        stylesPart = rels.firstOf("styles").map(Relationships.Relationship::part);
        parse(workbookPart, in -> {
            XMLStreamReader xml = XmlParts.open(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "workbookPr" -> date1904 = Boolean.TRUE.equals(
                                XmlParts.xsdBoolean(XmlParts.attribute(xml, "date1904")));
                        case "sheet" -> addSheet(xml, rels);
                        default -> {
                        }
                    }
                }
            } finally {
                xml.close();
            }
            return null;
        });
    }

    /** A part parsed; a part that is missing, breaks off or is not well-formed is named in the failure. */
    private <T> T parse(String part, PartParser<T> parser) throws IOException {
        if (!entries.containsKey(key(part))) {
            throw new BrokenPartException(part, true, null);
        }
        try (InputStream in = open(part)) {
            return parser.parse(in);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            if (InflationLimit.causedIt(e)) {
                throw new InflationLimit.ZipBombException();
            }
            throw new BrokenPartException(part, false, e);
        }
    }

    /**
     * A tab that is a worksheet; chart sheets and dialog sheets hold no rows and are left out. A
     * tab whose part is missing is kept without one, so that the other sheets are still read.
     */
    private void addSheet(XMLStreamReader xml, Relationships rels) {
        String name = String.valueOf(XmlParts.attribute(xml, "name"));
        String state = XmlParts.attribute(xml, "state");
        boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
        String id = XmlParts.attribute(xml, "id");
        Optional<Relationships.Relationship> rel = id == null ? Optional.empty() : rels.byId(id);
        if (rel.isEmpty()) {
            sheets.add(new Sheet(name, null, hidden));
        } else if (rel.get().isA("worksheet")) {
            boolean present = entries.containsKey(key(rel.get().part()));
            sheets.add(new Sheet(name, present ? rel.get().part() : null, hidden));
        }
    }

    private Relationships relationships(String source) throws IOException {
        String part = Relationships.partOf(source);
        if (!entries.containsKey(key(part))) {
            return Relationships.none();
        }
        return parse(part, in -> Relationships.parse(in, source));
    }

    private InputStream open(String part) throws IOException {
        ZipEntry entry = entries.get(key(part));
        if (entry == null) {
            throw new BrokenPartException(part, true, null);
        }
        return new InflationLimit(zip.getInputStream(entry), entry.getCompressedSize());
    }

    boolean isDate1904() {
        return date1904;
    }

    List<Sheet> sheets() {
        return sheets;
    }

    /** The sheet's XML as it is stored. */
    InputStream open(Sheet sheet) throws IOException {
        return open(sheet.part());
    }

    /** The size of the sheet's XML in bytes, or -1 when the package does not say. */
    long size(Sheet sheet) {
        ZipEntry entry = entries.get(key(sheet.part()));
        return entry == null ? -1 : entry.getSize();
    }

    /** A reader for this workbook's sheets, with its shared strings and date styles read. */
    XlsxSheetReader sheetReader() throws IOException {
        SharedStrings strings = sharedStringsPart.isPresent()
                ? parse(sharedStringsPart.get(), SharedStrings::parse) : SharedStrings.none();
        DateStyles styles = stylesPart.isPresent() ? parse(stylesPart.get(), DateStyles::parse) : DateStyles.none();
        return new XlsxSheetReader(strings, styles);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

package org.fazhi.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The relationships of one package part ({@code _rels/x.xml.rels}): which part a relationship id
 * or type points to, as a part name resolved against the source part's folder.
 */
final class Relationships {
    /** One internal relationship; {@code part} is the resolved part name without a leading slash. */
    record Relationship(String id, String type, String part) {
        /** Types are URIs that differ between transitional and strict OOXML in all but the last segment. */
        boolean isA(String kind) {
            return type.endsWith("/" + kind);
        }
    }

    private final Map<String, Relationship> byId = new HashMap<>();
    private final List<Relationship> inOrder = new ArrayList<>();

    private Relationships() {
    }

    static Relationships none() {
        return new Relationships();
    }

    /** Parses the relationships of the part {@code source} (e.g. "xl/workbook.xml"; "" for the package). */
    static Relationships parse(InputStream in, String source) throws IOException, XMLStreamException {
        Relationships rels = new Relationships();
        String folder = source.substring(0, source.lastIndexOf('/') + 1);
        XMLStreamReader xml = XmlParts.open(in);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    String target = XmlParts.attribute(xml, "Target");
                    if (target == null || "External".equals(XmlParts.attribute(xml, "TargetMode"))) {
                        continue;
                    }
                    String id = String.valueOf(XmlParts.attribute(xml, "Id"));
                    String type = String.valueOf(XmlParts.attribute(xml, "Type"));
                    Relationship rel = new Relationship(id, type, resolve(folder, target));
                    rels.byId.putIfAbsent(id, rel);
                    rels.inOrder.add(rel);
                }
            }
        } finally {
            xml.close();
        }
        return rels;
    }

    Optional<Relationship> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    Optional<Relationship> firstOf(String kind) {
        return inOrder.stream().filter(rel -> rel.isA(kind)).findFirst();
    }

    /** A target ("worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../x.xml") as a part name. */
    static String resolve(String folder, String target) {
        String path = target.replace('\\', '/');
        path = path.startsWith("/") ? path.substring(1) : folder + path;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.remove(segments.size() - 1);
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** Where the relationships of a part are kept: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
    static String partOf(String source) {
        int slash = source.lastIndexOf('/');
        return source.substring(0, slash + 1) + "_rels/" + source.substring(slash + 1) + ".rels";
    }
}

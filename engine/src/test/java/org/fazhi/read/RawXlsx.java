package org.fazhi.read;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an .xlsx package part by part from literal XML, to test the reader on packages the way
 * other tools lay them out (test inputs only).
 */
final class RawXlsx {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

    private final Map<String, String> parts = new LinkedHashMap<>();

    /** A package laid out as Excel does: one sheet named {@code name}, with these {@code <row>}s. */
    static RawXlsx excelLike(String name, String rows) {
        return new RawXlsx()
                .part("_rels/.rels", rels(rel("rId1", TYPES + "officeDocument", "xl/workbook.xml")))
                .part("xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets>"
                        + "<sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .part("xl/_rels/workbook.xml.rels", rels(
                        rel("rId1", TYPES + "worksheet", "worksheets/sheet1.xml"),
                        rel("rId2", TYPES + "sharedStrings", "sharedStrings.xml"),
                        rel("rId3", TYPES + "styles", "styles.xml")))
                .part("xl/worksheets/sheet1.xml", sheet(rows))
                .part("xl/sharedStrings.xml", "<sst xmlns=\"" + MAIN + "\"/>")
                .part("xl/styles.xml", "<styleSheet xmlns=\"" + MAIN + "\"/>");
    }

    static String sheet(String rows) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN
                + "\"><dimension ref=\"A1\"/><sheetData>" + rows + "</sheetData><mergeCells count=\"0\"/></worksheet>";
    }

    static String rels(String... relationships) {
        return "<Relationships xmlns=\"" + PACKAGE_RELS + "\">" + String.join("", relationships) + "</Relationships>";
    }

    static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
    }

    RawXlsx part(String name, String xml) {
        parts.put(name, xml);
        return this;
    }

    RawXlsx without(String name) {
        parts.remove(name);
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}

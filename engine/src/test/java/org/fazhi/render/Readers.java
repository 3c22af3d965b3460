package org.fazhi.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** Reads a rendering as its reader sees it, for the renderer contract: POI for xlsx, jsoup for HTML. */
final class Readers {
    private Readers() {
    }

    /** Every string value of a JSON document, one a line. */
    static String jsonStrings(byte[] output) throws IOException {
        List<String> strings = new ArrayList<>();
        collect(new ObjectMapper().readTree(output), strings);
        return String.join("\n", strings);
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isTextual()) {
            strings.add(node.asText());
        }
        node.forEach(child -> collect(child, strings));
    }

    /** An XML document, parsed securely (a parse error is a contract failure). */
    static Document xml(byte[] output) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(output));
    }

    /** The text and attribute values of an XML document, one a line. */
    static String xmlText(byte[] output) throws Exception {
        StringBuilder text = new StringBuilder();
        collect(xml(output).getDocumentElement(), text);
        return text.toString();
    }

    private static void collect(Node node, StringBuilder text) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            text.append(node.getNodeValue()).append('\n');
        }
        if (node.getAttributes() != null) {
            for (int i = 0; i < node.getAttributes().getLength(); i++) {
                text.append(node.getAttributes().item(i).getNodeValue()).append('\n');
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            collect(child, text);
        }
    }

    /** A workbook's cells as the spreadsheet shows them (numbers in their formats), a row a line. */
    static String xlsxText(byte[] output) throws IOException {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(formatter.formatCellValue(cell)).append('\t');
                    }
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }

    /** An HTML page's text as a browser shows it, title included. */
    static String htmlText(byte[] output) {
        return Jsoup.parse(new String(output, StandardCharsets.UTF_8)).text();
    }
}

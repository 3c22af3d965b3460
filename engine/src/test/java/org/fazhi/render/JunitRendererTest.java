package org.fazhi.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.fazhi.i18n.Lang;
import org.fazhi.render.present.Labels;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Report;
import org.fazhi.report.Summary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitRendererTest extends AbstractRendererTest {

    @Override
    Renderer renderer() {
        return new JunitRenderer();
    }

    @Override
    String readable(byte[] output) throws Exception {
        return Readers.xmlText(output);
    }

    /** A finding in a failure counts; one in the standard output says why it does not, at the end of its line. */
    @Override
    String statusShown(byte[] output, Finding finding, Lang lang) throws Exception {
        Document xml = Readers.xml(output);
        XPath path = XPathFactory.newInstance().newXPath();
        String lead = lead(finding, lang);
        for (String line : path.evaluate("//failure", xml).lines().toList()) {
            if (line.contains(lead)) {
                return new Labels(lang, null).status(FindingStatus.COUNTED);
            }
        }
        NodeList others = (NodeList) path.evaluate("//system-out", xml, XPathConstants.NODESET);
        for (int i = 0; i < others.getLength(); i++) {
            for (String line : others.item(i).getTextContent().lines().toList()) {
                if (line.contains(lead)) {
                    int open = Math.max(line.lastIndexOf('（'), line.lastIndexOf(" ("));
                    return line.substring(open + (line.charAt(open) == '（' ? 1 : 2), line.length() - 1);
                }
            }
        }
        return null;
    }

    @Override
    void assertUntrustedTextIsSafe(byte[] output, Lang lang) throws Exception {
        String text = readable(output);   // parses: no character XML forbids
        assertThat(text).contains(ContractReport.SCRIPT, ContractReport.FORMULA, ContractReport.LONG_VALUE);
    }

    @Test
    void isValidAgainstTheJunitReportSchema() throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitRendererTest.class.getResource("/schema/junit-report.xsd"));
        for (Lang lang : Lang.values()) {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(render(report(), plain(lang)))));
        }
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(render(emptyReport(),
                plain(Lang.ZH)))));
    }

    @Test
    void oneSuitePerRecordTypeAndOneCasePerRuleWithCorrectCounts() throws Exception {
        Document xml = parse(Lang.ZH);
        XPath path = XPathFactory.newInstance().newXPath();
        Element root = xml.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        // case: ENF-001, ENF-020; officer: STF-003 — each type's rules
        assertThat(path.evaluate("count(/testsuites/testsuite)", xml)).isEqualTo("2");
        assertThat(path.evaluate("/testsuites/testsuite[@name='fazhi.case']/@tests", xml)).isEqualTo("2");
        assertThat(path.evaluate("/testsuites/testsuite[@name='fazhi.officer']/@tests", xml)).isEqualTo("1");
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        // fail-on error: only ENF-001 counts
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(path.evaluate("/testsuites/testsuite[@name='fazhi.case']/@failures", xml)).isEqualTo("1");
    }

    @Test
    void aRuleTheRunDidNotEvaluateIsASkippedCaseNotAPassedOne() throws Exception {
        Report whole = report();
        Summary s = whole.summary();
        Summary notAll = new Summary(s.records(), s.findings(), s.byRule(), s.gate(),
                List.of(new Summary.SkippedRules(List.of("STF-003"), "按要求未选用", "left out on purpose")), s.notes(),
                s.byAgency());
        Report report = new Report(whole.schema(), whole.tool(), whole.asOf(), whole.parameters(), whole.inputs(),
                notAll, whole.indicators(), whole.waivers(), whole.findings());
        byte[] output = render(report, plain(Lang.ZH));
        Document xml = Readers.xml(output);
        XPath path = XPathFactory.newInstance().newXPath();
        assertThat(path.evaluate("/testsuites/testsuite[@name='fazhi.officer']/@skipped", xml)).isEqualTo("1");
        assertThat(path.evaluate("/testsuites/testsuite[@name='fazhi.case']/@skipped", xml)).isEqualTo("0");
        assertThat(path.evaluate("//testcase[starts-with(@name,'STF-003')]/skipped/@message", xml))
                .isEqualTo("按要求未选用");
        assertThat(path.evaluate("count(//testcase[starts-with(@name,'ENF-001')]/skipped)", xml)).isEqualTo("0");
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JunitRendererTest.class.getResource("/schema/junit-report.xsd"))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(output)));
    }

    @Test
    void aFailingCaseListsItsFindingsAndOthersGoToStandardOutput() throws Exception {
        Document xml = parse(Lang.EN);
        XPath path = XPathFactory.newInstance().newXPath();
        String failure = path.evaluate("//testcase[starts-with(@name,'ENF-001')]/failure", xml);
        assertThat(failure).contains("exports/2025.xlsx [行政处罚案件] row 57", "KM-2025-000123",
                "decided without collective discussion");
        assertThat(path.evaluate("//testcase[starts-with(@name,'ENF-001')]/failure/@type", xml)).isEqualTo("error");
        // a warning below the threshold does not fail; a waived note neither, and says why (below the gate first)
        assertThat((Boolean) path.evaluate("boolean(//testcase[starts-with(@name,'ENF-020')]/failure)", xml,
                XPathConstants.BOOLEAN)).isFalse();
        assertThat(path.evaluate("//testcase[starts-with(@name,'ENF-020')]/system-out", xml))
                .contains("5 suspension orders in one week");
        assertThat(path.evaluate("//testcase[starts-with(@name,'STF-003')]/system-out", xml)).contains("(below the gate)");
    }

    private Document parse(Lang lang) throws Exception {
        byte[] bytes = render(report(), plain(lang));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    @Test
    void textFromTheExportIsEscaped() throws Exception {
        Report original = report();
        Finding hostile = original.findings().get(0);
        hostile = new Finding(hostile.ruleId(), hostile.severity(), hostile.recordType(), "<id>&\"x\"",
                hostile.agency(), hostile.source(), hostile.fields(), hostile.clause(), hostile.basis(),
                "</failure><script>alert(1)</script>", "</failure>", hostile.related(), null);
        Report report = new Report(original.schema(), original.tool(), original.asOf(), original.parameters(),
                original.inputs(), original.summary(), original.indicators(), null, List.of(hostile));
        byte[] bytes = render(report, plain(Lang.ZH));
        String failure = XPathFactory.newInstance().newXPath().evaluate("//failure", DocumentBuilderFactory
                .newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes)));
        assertThat(failure).contains("<id>&\"x\"", "</failure><script>alert(1)</script>");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml");
    }
}

package org.fazhi.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordTypes;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Untrusted;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Report;

/**
 * JUnit XML, which every CI server shows without plugins: one test suite per record type read,
 * one test case per rule of that type (the data-quality rules included). A case fails when the
 * rule has findings that count for the gate; its failure lists them. Findings that do not count
 * (below the threshold, baselined or waived) are listed in the case's standard output.
 */
public final class JunitRenderer implements Renderer {

    @Override
    public String name() {
        return "junit";
    }

    @Override
    public String extension() {
        return "xml";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new Document(report, options, xml).write();
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report", e);
        }
    }

    /** One JUnit document. */
    private static final class Document {
        private final Report report;
        private final RenderOptions options;
        private final Lang lang;
        private final Labels labels;
        private final XMLStreamWriter xml;
        /** Findings by record type, then rule, in report order. */
        private final Map<String, Map<String, List<Finding>>> byTypeAndRule = new LinkedHashMap<>();

        Document(Report report, RenderOptions options, XMLStreamWriter xml) {
            this.report = report;
            this.options = options;
            this.lang = options.lang();
            this.labels = new Labels(lang, options.catalogue());
            this.xml = xml;
            for (Finding finding : report.findings()) {
                byTypeAndRule.computeIfAbsent(finding.recordType(), t -> new LinkedHashMap<>())
                        .computeIfAbsent(finding.ruleId(), r -> new ArrayList<>()).add(finding);
            }
        }

        void write() throws XMLStreamException {
            List<String> types = report.summary().records().keySet().stream()
                    .sorted((a, b) -> Integer.compare(RecordTypes.order(a), RecordTypes.order(b))).toList();
            int tests = 0;
            int failures = 0;
            for (String type : types) {
                for (RuleSpec rule : rulesFor(type)) {
                    tests++;
                    failures += counted(type, rule.id()).isEmpty() ? 0 : 1;
                }
            }
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "fazhi");
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            for (String type : types) {
                suite(type);
            }
            newline(0);
            xml.writeEndElement();
            newline(0);
            xml.writeEndDocument();
        }

        private void suite(String type) throws XMLStreamException {
            List<RuleSpec> rules = rulesFor(type);
            long failing = rules.stream().filter(rule -> !counted(type, rule.id()).isEmpty()).count();
            newline(1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "fazhi." + type);
            xml.writeAttribute("tests", Integer.toString(rules.size()));
            xml.writeAttribute("failures", Long.toString(failing));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            for (RuleSpec rule : rules) {
                testCase(type, rule);
            }
            newline(1);
            xml.writeEndElement();
        }

        private void testCase(String type, RuleSpec rule) throws XMLStreamException {
            List<Finding> counted = counted(type, rule.id());
            List<Finding> others = findings(type, rule.id()).stream().filter(f -> !counts(f)).toList();
            newline(2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "fazhi." + type);
            xml.writeAttribute("name", rule.id() + " " + rule.title().in(lang));
            if (!counted.isEmpty()) {
                newline(3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", rule.severity().id());
                xml.writeAttribute("message", Messages.get(lang, "junit.failure", counted.size(), rule.clause()));
                xml.writeCharacters(lines(counted));
                xml.writeEndElement();
            }
            if (!others.isEmpty()) {
                newline(3);
                xml.writeStartElement("system-out");
                xml.writeCharacters(lines(others));
                xml.writeEndElement();
            }
            if (!counted.isEmpty() || !others.isEmpty()) {
                newline(2);
            }
            xml.writeEndElement();
        }

        /** The rules of a record type, then the data-quality rules, in catalogue order. */
        private List<RuleSpec> rulesFor(String type) {
            List<RuleSpec> rules = new ArrayList<>(options.catalogue().rulesFor(type));
            options.catalogue().rules().stream().filter(RuleSpec::appliesToAllTypes).forEach(rules::add);
            return rules;
        }

        private List<Finding> findings(String type, String ruleId) {
            return byTypeAndRule.getOrDefault(type, Map.of()).getOrDefault(ruleId, List.of());
        }

        private List<Finding> counted(String type, String ruleId) {
            return findings(type, ruleId).stream().filter(this::counts).toList();
        }

        private boolean counts(Finding finding) {
            return FindingStatus.of(finding, report.summary().gate().failOn()) == FindingStatus.COUNTED;
        }

        /** One line per finding: where, which record, what; and why it does not count, if so. */
        private String lines(List<Finding> findings) {
            StringBuilder text = new StringBuilder("\n");
            for (Finding f : findings) {
                // one line per finding, and no character XML cannot carry (a control character aborts the writer)
                text.append(Untrusted.line(f.source().file()));
                if (f.source().sheet() != null) {
                    text.append(" [").append(Untrusted.line(f.source().sheet())).append(']');
                }
                text.append(' ').append(Messages.get(lang, "junit.row", f.source().row()))
                        .append(" · ").append(f.recordId() == null ? "-" : Untrusted.line(f.recordId()))
                        .append(" · ").append(Untrusted.line(lang.pick(f.message(), f.messageEn())));
                if (!counts(f)) {
                    text.append(lang.pick("（", " (")).append(labels.status(f, report)).append(lang.pick("）", ")"));
                }
                text.append('\n');
            }
            return text.toString();
        }

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}

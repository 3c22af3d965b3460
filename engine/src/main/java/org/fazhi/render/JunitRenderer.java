package org.fazhi.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
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
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingOrder;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Report;
import org.fazhi.report.Summary;

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

    /**
     * One JUnit document. Its test cases, one per record type and rule, are numbered in the order
     * they are written; the findings are counted per case in one pass, then read once more sorted
     * by case (counted ones first, each group in report order) as the cases are written, so that
     * no finding is held: a report's findings may be on disk.
     */
    private static final class Document {
        private final Report report;
        private final Lang lang;
        private final Labels labels;
        private final XMLStreamWriter xml;
        private final FailOn failOn;
        /** The record types read, in records.md order, and their rules. */
        private final Map<String, List<RuleSpec>> plan = new LinkedHashMap<>();
        /** Each case's number: record type, then rule ID. */
        private final Map<String, Map<String, Integer>> cases = new HashMap<>();
        private final int[] counted;
        private final int[] others;
        /** The rules the run did not evaluate, with the reason in the report's language. */
        private final Map<String, String> notRun = new HashMap<>();
        private Iterator<Finding> byCase;

        Document(Report report, RenderOptions options, XMLStreamWriter xml) {
            this.report = report;
            this.lang = options.lang();
            this.labels = new Labels(lang, options.catalogue());
            this.xml = xml;
            this.failOn = report.summary().gate().failOn();
            if (report.summary().skippedRules() != null) {
                for (Summary.SkippedRules skipped : report.summary().skippedRules()) {
                    skipped.rules().forEach(id -> notRun.put(id, lang.pick(skipped.reason(), skipped.reasonEn())));
                }
            }
            int n = 0;
            for (String type : report.summary().records().keySet().stream()
                    .sorted(Comparator.comparingInt(RecordTypes::order)).toList()) {
                List<RuleSpec> rules = rulesFor(options, type);
                plan.put(type, rules);
                Map<String, Integer> ofType = cases.computeIfAbsent(type, t -> new HashMap<>());
                for (RuleSpec rule : rules) {
                    ofType.put(rule.id(), n++);
                }
            }
            this.counted = new int[n];
            this.others = new int[n];
            for (Finding finding : report.findings()) {
                int at = caseOf(finding);
                if (at < n) {
                    (counts(finding) ? counted : others)[at]++;
                }
            }
        }

        void write() throws XMLStreamException {
            int failures = 0;
            for (int c : counted) {
                failures += c > 0 ? 1 : 0;
            }
            byCase = FindingOrder.sorted(report.findings(), Comparator.<Finding>comparingInt(this::caseOf)
                    .thenComparing(f -> !counts(f))).iterator();
            xml.writeStartDocument("UTF-8", "1.0");
            newline(0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "fazhi");
            xml.writeAttribute("tests", Integer.toString(counted.length));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", "0");
            for (Map.Entry<String, List<RuleSpec>> type : plan.entrySet()) {
                suite(type.getKey(), type.getValue());
            }
            newline(0);
            xml.writeEndElement();
            newline(0);
            xml.writeEndDocument();
        }

        private void suite(String type, List<RuleSpec> rules) throws XMLStreamException {
            long failing = rules.stream().filter(rule -> counted[caseOf(type, rule.id())] > 0).count();
            newline(1);
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "fazhi." + type);
            xml.writeAttribute("tests", Integer.toString(rules.size()));
            xml.writeAttribute("failures", Long.toString(failing));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Long.toString(rules.stream().filter(rule -> notRun.containsKey(rule.id())).count()));
            for (RuleSpec rule : rules) {
                testCase(type, rule);
            }
            newline(1);
            xml.writeEndElement();
        }

        private void testCase(String type, RuleSpec rule) throws XMLStreamException {
            int at = caseOf(type, rule.id());
            newline(2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", "fazhi." + type);
            xml.writeAttribute("name", rule.id() + " " + rule.title().in(lang));
            if (notRun.containsKey(rule.id())) {
                // a rule that did not run found nothing: the case is skipped, never passed
                newline(3);
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", notRun.get(rule.id()));
            }
            if (counted[at] > 0) {
                newline(3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", rule.severity().id());
                xml.writeAttribute("message", Messages.get(lang, "junit.failure", counted[at], labels.clause(rule.clause())));
                lines(counted[at]);
                xml.writeEndElement();
            }
            if (others[at] > 0) {
                newline(3);
                xml.writeStartElement("system-out");
                lines(others[at]);
                xml.writeEndElement();
            }
            if (counted[at] > 0 || others[at] > 0) {
                newline(2);
            }
            xml.writeEndElement();
        }

        /** The rules of a record type, then the data-quality rules, in catalogue order. */
        private static List<RuleSpec> rulesFor(RenderOptions options, String type) {
            List<RuleSpec> rules = new ArrayList<>(options.catalogue().rulesFor(type));
            options.catalogue().rules().stream().filter(RuleSpec::appliesToAllTypes).forEach(rules::add);
            return rules;
        }

        /** The number of the finding's case; past the last when it has none (a type not read). */
        private int caseOf(Finding finding) {
            return caseOf(finding.recordType(), finding.ruleId());
        }

        private int caseOf(String type, String ruleId) {
            Integer at = cases.getOrDefault(type, Map.of()).get(ruleId);
            return at == null ? Integer.MAX_VALUE : at;
        }

        private boolean counts(Finding finding) {
            return FindingStatus.of(finding, failOn) == FindingStatus.COUNTED;
        }

        /** The next findings, one line each: where, which record, what; and why it does not count, if so. */
        private void lines(int count) throws XMLStreamException {
            xml.writeCharacters("\n");
            for (int i = 0; i < count; i++) {
                Finding f = byCase.next();
                StringBuilder text = new StringBuilder();
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
                xml.writeCharacters(text.append('\n').toString());
            }
        }

        private void newline(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}

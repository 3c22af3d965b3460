package org.fazhi.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.fazhi.model.InputSummary;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.Related;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.Suppression;
import org.fazhi.report.WaiverStatus;

/**
 * The report as one self-contained web page, for people who prefer a browser to a spreadsheet:
 * the verdict, what was read, the totals, the indicators, the waivers and a findings table that
 * filters (a text box and severity and rule selects) and sorts (click a column header). Styles
 * and script are inline and the page refers to nothing outside itself; a content security policy
 * forbids any request. Every value from the exports is HTML-escaped. The findings are table rows,
 * so the page shows them even with scripting off.
 *
 * <p>The initial filter and order can be given in the address's fragment, e.g.
 * {@code report.html#q=ENF-001&severity=error&rule=ENF-001&sort=row&dir=desc}; the script keeps
 * the fragment up to date as the reader changes them, so a filtered view can be bookmarked or
 * handed to a headless browser. When the script has run, {@code <html>} carries
 * {@code data-ready="true"}.
 */
public final class HtmlRenderer implements Renderer {

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new Page(report, options, writer).write();
        writer.flush();
    }

    /** Escapes text for HTML content and for attribute values in double or single quotes. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    /** One rendering of one report. */
    private static final class Page {
        private final Report report;
        private final RenderOptions options;
        private final Lang lang;
        private final Writer out;

        Page(Report report, RenderOptions options, Writer out) {
            this.report = report;
            this.options = options;
            this.lang = options.lang();
            this.out = out;
        }

        void write() throws IOException {
            String title = label("html.title", report.tool().name());
            w("<!DOCTYPE html>\n");
            w("<html lang=\"" + lang.pick("zh-CN", "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
            w("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n");
            w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
            w("<meta name=\"generator\" content=\"" + e(report.tool().name() + " " + report.tool().version()) + "\">\n");
            w("<title>" + e(title + " · " + report.asOf()) + "</title>\n");
            w("<style>\n" + HtmlAssets.CSS + "</style>\n</head>\n<body>\n");
            header(title);
            w("<main>\n");
            inputs();
            summary();
            indicators();
            waivers();
            findings();
            w("</main>\n");
            w("<footer>" + e(label("html.footer", report.tool().name(), report.tool().version())) + "</footer>\n");
            w("<script>\n" + HtmlAssets.JS + "</script>\n</body>\n</html>\n");
        }

        private void header(String title) throws IOException {
            Gate gate = report.summary().gate();
            String verdictClass;
            String verdict;
            if (gate.failOn() == FailOn.NEVER) {
                verdictClass = "never";
                verdict = label("render.gate.never");
            } else if (gate.passed()) {
                verdictClass = "passed";
                verdict = label("render.gate.passed", gate.failOn().id());
            } else {
                verdictClass = "failed";
                verdict = label("render.gate.failed", gate.failOn().id(), gate.counted());
            }
            w("<header>\n<h1>" + e(title) + "</h1>\n");
            w("<p class=\"meta\"><span>" + e(label("html.tool")) + " <b>" + e(report.tool().name()) + "</b></span>"
                    + "<span>" + e(label("html.version")) + " <b>" + e(report.tool().version()) + "</b></span>"
                    + "<span>" + e(label("html.asOf")) + " <b>" + e(report.asOf()) + "</b></span></p>\n");
            w("<p id=\"verdict\" class=\"verdict " + verdictClass + "\" data-gate=\"" + verdictClass + "\">"
                    + e(verdict) + "</p>\n");
            w("<ul class=\"counts\">"
                    + count("counted", label("html.gate.counted"), gate.counted())
                    + count("baselined", label("html.gate.baselined"), gate.baselined())
                    + count("waived", label("html.gate.waived"), gate.waived())
                    + "</ul>\n</header>\n");
        }

        private String count(String kind, String text, int n) {
            return "<li class=\"" + kind + "\" data-count=\"" + n + "\"><b>" + n + "</b> " + e(text) + "</li>";
        }

        private void inputs() throws IOException {
            w("<section id=\"inputs\">\n<h2>" + e(label("html.inputs")) + "</h2>\n");
            if (report.inputs().isEmpty()) {
                w("<p class=\"none\">" + e(label("render.inputs.none")) + "</p>\n</section>\n");
                return;
            }
            w("<table>\n<thead><tr>" + th("html.col.file") + th("html.col.sheet") + th("html.col.recordType")
                    + th("html.col.rows", "num") + th("html.col.blankRows", "num") + th("html.col.unknownColumns")
                    + "</tr></thead>\n<tbody>\n");
            for (InputSummary input : report.inputs()) {
                boolean ignored = input.ignored();
                w("<tr" + (ignored ? " class=\"ignored\"" : "") + ">" + td(input.file()) + td(input.sheet()));
                if (ignored) {
                    w("<td colspan=\"4\">" + e(label("html.input.ignored", InputNotes.ignoredReason(lang, input))) + "</td>");
                } else {
                    List<String> unknown = input.unknownColumns() == null ? List.of() : input.unknownColumns();
                    w(td(typeName(input.recordType())) + tdNum(input.rows()) + tdNum(input.blankRowsSkipped())
                            + td(String.join(list(), unknown) + InputNotes.summaryRows(lang, input)));
                }
                w("</tr>\n");
            }
            w("</tbody>\n</table>\n</section>\n");
        }

        private void summary() throws IOException {
            Summary summary = report.summary();
            w("<section id=\"summary\">\n<h2>" + e(label("html.summary")) + "</h2>\n<div class=\"cols\">\n");

            w("<table id=\"by-severity\">\n<caption>" + e(label("html.summary.bySeverity")) + "</caption>\n");
            w("<thead><tr>" + th("html.col.severity") + th("html.col.count", "num") + "</tr></thead>\n<tbody>\n");
            for (Severity severity : Severity.values()) {
                int n = summary.findings().getOrDefault(severity.id(), 0);
                w("<tr data-severity=\"" + severity.id() + "\"><td>" + badge(severity) + "</td>" + tdNum(n) + "</tr>\n");
            }
            w("</tbody>\n</table>\n");

            w("<table id=\"by-record-type\">\n<caption>" + e(label("html.summary.records")) + "</caption>\n");
            w("<thead><tr>" + th("html.col.recordType") + th("html.col.count", "num") + "</tr></thead>\n<tbody>\n");
            if (summary.records().isEmpty()) {
                w("<tr><td colspan=\"2\" class=\"none\">" + e(label("render.none")) + "</td></tr>\n");
            }
            for (Map.Entry<String, Integer> entry : summary.records().entrySet()) {
                w("<tr>" + td(typeName(entry.getKey())) + tdNum(entry.getValue()) + "</tr>\n");
            }
            w("</tbody>\n</table>\n");

            w("<table id=\"by-rule\">\n<caption>" + e(label("html.summary.byRule")) + "</caption>\n");
            w("<thead><tr>" + th("html.col.rule") + th("html.col.title") + th("html.col.severity")
                    + th("html.col.count", "num") + "</tr></thead>\n<tbody>\n");
            if (summary.byRule().isEmpty()) {
                w("<tr><td colspan=\"4\" class=\"none\">" + e(label("render.none")) + "</td></tr>\n");
            }
            for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
                RuleSpec rule = rule(entry.getKey());
                w("<tr data-rule=\"" + e(entry.getKey()) + "\"><td class=\"id\">" + e(entry.getKey()) + "</td>"
                        + td(rule == null ? "" : rule.title().in(lang))
                        + "<td>" + (rule == null ? "" : badge(rule.severity())) + "</td>"
                        + tdNum(entry.getValue()) + "</tr>\n");
            }
            w("</tbody>\n</table>\n</div>\n");

            if (summary.skippedRules() != null && !summary.skippedRules().isEmpty()) {
                w("<h3>" + e(label("html.skipped")) + "</h3>\n<ul class=\"skipped\">\n");
                for (Summary.SkippedRules skipped : summary.skippedRules()) {
                    w("<li><span class=\"id\">" + e(String.join(list(), skipped.rules())) + "</span> "
                            + e(lang.pick(skipped.reason(), skipped.reasonEn())) + "</li>\n");
                }
                w("</ul>\n");
            }
            if (summary.notes() != null && !summary.notes().isEmpty()) {
                w("<h3>" + e(label("html.notes")) + "</h3>\n<ul class=\"notes\">\n");
                for (Summary.Note note : summary.notes()) {
                    w("<li>" + e(lang.pick(note.text(), note.textEn())) + "</li>\n");
                }
                w("</ul>\n");
            }
            w("</section>\n");
        }

        private void indicators() throws IOException {
            List<Indicator> indicators = report.indicators();
            w("<section id=\"indicators\">\n<h2>" + e(label("html.indicators")) + "</h2>\n");
            if (indicators == null || indicators.isEmpty()) {
                w("<p class=\"none\">" + e(label("html.indicators.none")) + "</p>\n</section>\n");
                return;
            }
            w("<table>\n<thead><tr>"
                    + th("html.col.indicator") + th("html.col.name") + th("html.col.value", "num")
                    + th("html.col.ratio", "num") + th("html.col.target", "num") + th("html.col.result")
                    + th("html.col.clause") + "</tr></thead>\n<tbody>\n");
            for (Indicator indicator : indicators) {
                w("<tr data-indicator=\"" + e(indicator.id()) + "\"><td class=\"id\">" + e(indicator.id()) + "</td>"
                        + td(lang.pick(indicator.name(), indicator.nameEn()))
                        + "<td class=\"num\">" + (indicator.value() == null ? "—" : e(percent(indicator.value())))
                        + "</td><td class=\"num\">" + ratio(indicator.numerator(), indicator.denominator())
                        + "<br><small class=\"filled\">" + e(label("html.indicator.filled",
                                String.valueOf(indicator.denominator()), String.valueOf(indicator.unfilled()))) + "</small></td>"
                        + "<td class=\"num\">" + e(percent(indicator.target())) + "</td>"
                        + (indicator.notComputed() ? "<td class=\"nodata\">"
                                + e(lang.pick(indicator.reason(), indicator.reasonEn())) + "</td>"
                                : met(indicator.value(), indicator.met()))
                        + td(indicator.clause()) + "</tr>\n");
                if (indicator.byAgency() != null) {
                    for (Indicator.ByAgency agency : indicator.byAgency()) {
                        w("<tr class=\"agency\"><td></td>" + td(agency.agency())
                                + "<td class=\"num\">" + (agency.value() == null ? "—" : e(percent(agency.value())))
                                + "</td><td class=\"num\">" + ratio(agency.numerator(), agency.denominator())
                                + "<br><small class=\"filled\">" + e(label("html.indicator.filled",
                                        String.valueOf(agency.denominator()), String.valueOf(agency.unfilled()))) + "</small>"
                                + "</td><td></td>" + (indicator.notComputed() ? "<td class=\"nodata\">"
                                        + e(label("html.indicator.notComputed")) + "</td>"
                                        : met(agency.value(), agency.met())) + "<td></td></tr>\n");
                    }
                }
            }
            w("</tbody>\n</table>\n</section>\n");
        }

        /** "numerator / denominator", or "— / denominator" when the indicator was not computed. */
        private static String ratio(Integer numerator, int denominator) {
            return (numerator == null ? "—" : String.valueOf(numerator)) + " / " + denominator;
        }

        private String met(Double value, Boolean met) {
            if (value == null) {
                return "<td class=\"nodata\">" + e(label("html.indicator.noData")) + "</td>";
            }
            return Boolean.TRUE.equals(met) ? "<td class=\"met\">" + e(label("html.indicator.met")) + "</td>"
                    : "<td class=\"notmet\">" + e(label("html.indicator.notMet")) + "</td>";
        }

        private void waivers() throws IOException {
            List<WaiverStatus> waivers = report.waivers();
            if (waivers == null || waivers.isEmpty()) {
                return;
            }
            w("<section id=\"waivers\">\n<h2>" + e(label("html.waivers")) + "</h2>\n<table>\n<thead><tr>"
                    + th("html.col.rule") + th("html.col.recordType") + th("html.col.record") + th("html.col.reason")
                    + th("html.col.approvedBy") + th("html.col.expires") + th("html.col.waiverStatus")
                    + th("html.col.matched", "num") + "</tr></thead>\n<tbody>\n");
            for (WaiverStatus waiver : waivers) {
                w("<tr class=\"waiver-" + e(waiver.status()) + "\"><td class=\"id\">" + e(waiver.rule()) + "</td>"
                        + td(waiver.recordType() == null ? "" : typeName(waiver.recordType())) + td(waiver.record())
                        + td(waiver.reason()) + td(waiver.approvedBy()) + td(waiver.expires())
                        + td(waiverStatus(waiver.status())) + tdNum(waiver.matched()) + "</tr>\n");
            }
            w("</tbody>\n</table>\n</section>\n");
        }

        private String waiverStatus(String status) {
            if (status == null) {
                return "";
            }
            try {
                return label("html.waiver." + status);
            } catch (IllegalArgumentException unknown) {
                return status;
            }
        }

        private void findings() throws IOException {
            List<Finding> findings = report.findings();
            w("<section id=\"findings-section\">\n<h2>" + e(label("html.findings")) + " <span class=\"total\">"
                    + findings.size() + "</span></h2>\n");
            if (findings.isEmpty()) {
                w("<p class=\"none\">" + e(label("html.findings.none")) + "</p>\n</section>\n");
                return;
            }
            w("<form id=\"filters\" class=\"filters\" onsubmit=\"return false\">\n");
            w("<label>" + e(label("html.filter.text")) + " <input id=\"q\" type=\"search\" placeholder=\""
                    + e(label("html.filter.placeholder")) + "\" autocomplete=\"off\"></label>\n");
            w("<label>" + e(label("html.col.severity")) + " <select id=\"severity\"><option value=\"\">"
                    + e(label("html.filter.allSeverities")) + "</option>");
            for (Severity severity : Severity.values()) {
                w("<option value=\"" + severity.id() + "\">" + e(severity(severity)) + "</option>");
            }
            w("</select></label>\n");
            w("<label>" + e(label("html.col.rule")) + " <select id=\"rule\"><option value=\"\">"
                    + e(label("html.filter.allRules")) + "</option>");
            TreeSet<String> rules = new TreeSet<>();
            findings.forEach(f -> rules.add(f.ruleId()));
            for (String id : rules) {
                RuleSpec rule = rule(id);
                w("<option value=\"" + e(id) + "\">" + e(rule == null ? id : id + " " + rule.title().in(lang))
                        + "</option>");
            }
            w("</select></label>\n");
            w("<output id=\"shown\" data-template=\"" + e(label("html.filter.shown")) + "\" data-shown=\""
                    + findings.size() + "\" data-total=\"" + findings.size() + "\">"
                    + e(label("html.filter.shown").replace("{0}", Integer.toString(findings.size()))
                            .replace("{1}", Integer.toString(findings.size())))
                    + "</output>\n");
            w("<span class=\"hint\">" + e(label("html.sort.hint")) + "</span>\n</form>\n");

            w("<div class=\"scroll\">\n<table id=\"findings\">\n<thead><tr>"
                    + sortable("severity", "html.col.severity", null) + sortable("rule", "html.col.rule", null)
                    + sortable("title", "html.col.title", null) + sortable("agency", "html.col.agency", null)
                    + sortable("type", "html.col.recordType", null) + sortable("record", "html.col.recordId", null)
                    + sortable("file", "html.col.file", null) + sortable("sheet", "html.col.sheet", null)
                    + sortable("row", "html.col.row", "num") + sortable("message", "html.col.message", null)
                    + sortable("status", "html.col.status", null) + "</tr></thead>\n<tbody>\n");
            int index = 0;
            for (Finding finding : findings) {
                finding(finding, index++);
            }
            w("</tbody>\n</table>\n</div>\n</section>\n");
        }

        private void finding(Finding finding, int index) throws IOException {
            SourceRef source = finding.source();
            RuleSpec rule = rule(finding.ruleId());
            Suppression suppression = finding.suppression();
            String status = suppression == null ? "counted" : suppression.isBaseline() ? "baselined" : "waived";
            StringBuilder row = new StringBuilder(512);
            row.append("<tr class=\"finding sev-").append(finding.severity().id()).append(' ').append(status)
                    .append("\" data-i=\"").append(index).append("\" data-severity=\"")
                    .append(finding.severity().id()).append("\" data-rule=\"").append(e(finding.ruleId()))
                    .append("\" data-status=\"").append(status).append("\">");
            row.append("<td data-sort=\"").append(finding.severity().ordinal()).append("\">")
                    .append(badge(finding.severity())).append("</td>");
            row.append("<td class=\"id\">").append(e(finding.ruleId())).append("</td>");
            row.append(td(rule == null ? "" : rule.title().in(lang)));
            row.append(td(finding.agency()));
            row.append(td(finding.recordType() == null ? "" : typeName(finding.recordType())));
            row.append("<td class=\"id\">").append(e(finding.recordId())).append("</td>");
            row.append(td(source == null ? "" : source.file()));
            row.append(td(source == null ? "" : source.sheet()));
            row.append(source == null ? "<td class=\"num\" data-sort=\"0\"></td>" : tdNum(source.row()));
            row.append("<td class=\"message\">").append(e(lang.pick(finding.message(), finding.messageEn())));
            if (finding.clause() != null && !finding.clause().isEmpty()) {
                row.append(" <span class=\"clause\">").append(e(label("render.clause", finding.clause())))
                        .append("</span>");
            }
            if (finding.related() != null && !finding.related().isEmpty()) {
                List<String> members = new ArrayList<>();
                for (Related member : finding.related()) {
                    members.add(member.source() == null ? member.recordId()
                            : member.recordId() + " (" + label("render.row", Integer.toString(member.source().row()))
                                    + ")");
                }
                row.append("<div class=\"related\">").append(e(label("render.related", String.join(list(), members))))
                        .append("</div>");
            }
            row.append("</td>");
            row.append("<td class=\"status\">");
            if (suppression == null) {
                row.append(e(label("html.status.counted")));
            } else if (suppression.isBaseline()) {
                row.append(e(label("html.status.baselined")));
            } else {
                row.append(e(label("html.status.waived"))).append("<div class=\"detail\">")
                        .append(e(label("html.status.waiver", nz(suppression.reason()), nz(suppression.approvedBy()),
                                nz(suppression.expires()))))
                        .append("</div>");
            }
            row.append("</td></tr>\n");
            w(row.toString());
        }

        // ---- helpers

        private String th(String key) {
            return "<th>" + e(label(key)) + "</th>";
        }

        private String th(String key, String type) {
            return "<th class=\"" + type + "\">" + e(label(key)) + "</th>";
        }

        private String sortable(String key, String labelKey, String type) {
            return "<th data-key=\"" + key + "\"" + (type == null ? "" : " data-type=\"" + type + "\" class=\"" + type
                    + "\"") + " aria-sort=\"none\"><button type=\"button\">" + e(label(labelKey)) + "</button></th>";
        }

        private static String td(String text) {
            return "<td>" + e(text) + "</td>";
        }

        private static String tdNum(int n) {
            return "<td class=\"num\" data-sort=\"" + n + "\">" + n + "</td>";
        }

        private String badge(Severity severity) {
            return "<span class=\"badge " + severity.id() + "\">" + e(severity(severity)) + "</span>";
        }

        private String severity(Severity severity) {
            return label("render.severity." + severity.id());
        }

        private RuleSpec rule(String id) {
            return options.catalogue() == null ? null : options.catalogue().rule(id).orElse(null);
        }

        private String typeName(String key) {
            return RecordTypes.byKey(key).map((RecordType t) -> lang.pick(t.name(), t.nameEn())).orElse(key);
        }

        private String label(String key, Object... args) {
            return Messages.get(lang, key, args);
        }

        private String list() {
            return lang.pick("，", ", ");
        }

        private static String nz(String text) {
            return text == null ? "" : text;
        }

        private static String percent(double fraction) {
            BigDecimal value = BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return value.toPlainString() + "%";
        }

        private static String e(String text) {
            return escape(text);
        }

        private void w(String text) throws IOException {
            out.write(text);
        }
    }
}

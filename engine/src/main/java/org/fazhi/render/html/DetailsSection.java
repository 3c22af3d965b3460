package org.fazhi.render.html;

import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Percent;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.model.InputSummary;
import org.fazhi.render.InputNotes;
import org.fazhi.report.FailOn;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.WaiverStatus;

/**
 * What the workbook keeps in 说明 and 规则, after the findings: the gate's verdict, the files read,
 * the totals per severity, record type and rule, the rules not run, notes on the run, the
 * indicators with their counts, and the waivers.
 */
public final class DetailsSection {
    private final Report report;
    private final Catalogue catalogue;
    private final Html html;
    private final Labels labels;

    public DetailsSection(Report report, Catalogue catalogue, Html html) {
        this.report = report;
        this.catalogue = catalogue;
        this.html = html;
        this.labels = html.labels();
    }

    public void write() throws IOException {
        html.w("<section id=\"details\">\n<h2>" + e(html.label("html.details")) + "</h2>\n");
        gate();
        inputs();
        totals();
        indicators();
        waivers();
        html.w("</section>\n");
    }

    /** The verdict line, also shown in the page's header. */
    public String verdict() {
        return labels.verdict(report.summary().gate());
    }

    /** never, passed or failed: the class the verdict is coloured by. */
    public String verdictClass() {
        Gate gate = report.summary().gate();
        return gate.failOn() == FailOn.NEVER ? "never" : gate.passed() ? "passed" : "failed";
    }

    private void gate() throws IOException {
        Gate gate = report.summary().gate();
        html.w("<h3>" + e(html.label("html.gate")) + "</h3>\n<p id=\"verdict\" class=\"verdict " + verdictClass()
                + "\" data-gate=\"" + verdictClass() + "\">" + e(verdict()) + "</p>\n");
        html.w("<ul class=\"counts\">" + count("counted", "html.gate.counted", gate.counted())
                + count("baselined", "html.gate.baselined", gate.baselined())
                + count("waived", "html.gate.waived", gate.waived()) + "</ul>\n");
    }

    private String count(String kind, String key, int n) {
        return "<li class=\"" + kind + "\" data-count=\"" + n + "\"><b>" + labels.number(n) + "</b> "
                + e(html.label(key)) + "</li>";
    }

    private void inputs() throws IOException {
        html.w("<h3>" + e(html.label("html.inputs")) + "</h3>\n");
        if (report.inputs().isEmpty()) {
            html.w("<p class=\"none\">" + e(html.label("render.inputs.none")) + "</p>\n");
            return;
        }
        html.w("<div class=\"scroll\"><table id=\"inputs\">\n<thead><tr>" + html.th("html.col.file")
                + html.th("html.col.sheet") + html.th("html.col.recordType") + html.th("html.col.rows", "num")
                + html.th("html.col.blankRows", "num") + html.th("html.col.unknownColumns")
                + "</tr></thead>\n<tbody>\n");
        for (InputSummary input : report.inputs()) {
            boolean ignored = input.ignored();
            html.w("<tr" + (ignored ? " class=\"ignored\"" : "") + ">" + Html.td(input.file(), "path")
                    + Html.td(input.sheet()));
            if (ignored) {
                html.w("<td colspan=\"4\">" + e(html.label("html.input.ignored",
                        InputNotes.ignoredReason(html.lang(), input))) + "</td>");
            } else {
                List<String> unknown = input.unknownColumns() == null ? List.of() : input.unknownColumns();
                html.w(Html.td(labels.recordType(input.recordType())) + Html.td(labels.number(input.rows()), "num")
                        + Html.td(labels.number(input.blankRowsSkipped()), "num")
                        + Html.td(labels.list(unknown) + InputNotes.summaryRows(html.lang(), input)));
            }
            html.w("</tr>\n");
        }
        html.w("</tbody>\n</table></div>\n");
    }

    private void totals() throws IOException {
        Summary summary = report.summary();
        html.w("<div class=\"cols\">\n<table id=\"by-severity\">\n<caption>" + e(html.label("html.summary.bySeverity"))
                + "</caption>\n<thead><tr>" + html.th("html.col.severity") + html.th("html.col.count", "num")
                + "</tr></thead>\n<tbody>\n");
        for (Severity severity : Severity.values()) {
            int n = summary.findings().getOrDefault(severity.id(), 0);
            html.w("<tr data-severity=\"" + severity.id() + "\"><td>" + badge(severity) + "</td>"
                    + Html.td(labels.number(n), "num") + "</tr>\n");
        }
        html.w("</tbody>\n</table>\n<table id=\"by-record-type\">\n<caption>" + e(html.label("html.summary.records"))
                + "</caption>\n<thead><tr>" + html.th("html.col.recordType") + html.th("html.col.count", "num")
                + "</tr></thead>\n<tbody>\n");
        if (summary.records().isEmpty()) {
            html.w("<tr><td colspan=\"2\" class=\"none\">" + e(html.label("render.none")) + "</td></tr>\n");
        }
        for (Map.Entry<String, Integer> entry : summary.records().entrySet()) {
            html.w("<tr>" + Html.td(labels.recordType(entry.getKey())) + Html.td(labels.number(entry.getValue()), "num")
                    + "</tr>\n");
        }
        html.w("</tbody>\n</table>\n<table id=\"by-rule\">\n<caption>" + e(html.label("html.summary.byRule"))
                + "</caption>\n<thead><tr>" + html.th("html.col.rule") + html.th("html.col.title")
                + html.th("html.col.severity") + html.th("html.col.count", "num") + "</tr></thead>\n<tbody>\n");
        if (summary.byRule().isEmpty()) {
            html.w("<tr><td colspan=\"4\" class=\"none\">" + e(html.label("render.none")) + "</td></tr>\n");
        }
        for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
            RuleSpec rule = catalogue == null ? null : catalogue.rule(entry.getKey()).orElse(null);
            html.w("<tr data-rule=\"" + e(entry.getKey()) + "\">" + Html.td(entry.getKey(), "id")
                    + Html.td(rule == null ? "" : rule.title().in(html.lang()))
                    + "<td>" + (rule == null ? "" : badge(rule.severity())) + "</td>"
                    + Html.td(labels.number(entry.getValue()), "num") + "</tr>\n");
        }
        html.w("</tbody>\n</table>\n</div>\n");
        if (summary.skippedRules() != null && !summary.skippedRules().isEmpty()) {
            html.w("<h3>" + e(html.label("html.skipped")) + "</h3>\n<ul class=\"skipped\">\n");
            for (Summary.SkippedRules skipped : summary.skippedRules()) {
                html.w("<li><span class=\"id\">" + e(labels.list(skipped.rules())) + "</span> "
                        + e(html.lang().pick(skipped.reason(), skipped.reasonEn())) + "</li>\n");
            }
            html.w("</ul>\n");
        }
        if (summary.notes() != null && !summary.notes().isEmpty()) {
            html.w("<h3>" + e(html.label("html.notes")) + "</h3>\n<ul class=\"notes\">\n");
            for (Summary.Note note : summary.notes()) {
                html.w("<li>" + e(html.lang().pick(note.text(), note.textEn())) + "</li>\n");
            }
            html.w("</ul>\n");
        }
    }

    private void indicators() throws IOException {
        List<Indicator> indicators = report.indicators();
        html.w("<h3>" + e(html.label("html.indicators")) + "</h3>\n");
        if (indicators == null || indicators.isEmpty()) {
            html.w("<p class=\"none\">" + e(html.label("html.indicators.none")) + "</p>\n");
            return;
        }
        html.w("<div class=\"scroll\"><table id=\"indicators\">\n<thead><tr>" + html.th("html.col.indicator")
                + html.th("html.col.name") + html.th("html.col.value", "num") + html.th("html.col.ratio", "num")
                + html.th("html.col.target", "num") + html.th("html.col.result") + html.th("html.col.clause")
                + "</tr></thead>\n<tbody>\n");
        for (Indicator indicator : indicators) {
            Integer numerator = indicator.notComputed() ? null : indicator.numerator();
            html.w("<tr data-indicator=\"" + e(indicator.id()) + "\">" + Html.td(indicator.id(), "id")
                    + Html.td(html.lang().pick(indicator.name(), indicator.nameEn()))
                    + figures(numerator, indicator.denominator(), indicator.unfilled(), indicator.target())
                    + Html.td(Percent.target(indicator.target()), "num")
                    + result(indicator, indicator.met(), indicator.denominator(), true)
                    + Html.td(indicator.clause()) + "</tr>\n");
            if (indicator.byAgency() == null) {
                continue;
            }
            for (Indicator.ByAgency agency : indicator.byAgency()) {
                html.w("<tr class=\"agency\"><td></td>" + Html.td(labels.agency(agency.agency()))
                        + figures(indicator.notComputed() ? null : agency.numerator(), agency.denominator(),
                                agency.unfilled(), indicator.target())
                        + "<td></td>" + result(indicator, agency.met(), agency.denominator(), false) + "<td></td></tr>\n");
            }
        }
        html.w("</tbody>\n</table></div>\n");
    }

    /** The value, and "numerator / denominator" with the filled-in and blank counts. */
    private String figures(Integer numerator, int denominator, int unfilled, double target) {
        return Html.td(numerator == null || denominator == 0 ? "—" : Percent.text(labels.lang(), numerator, denominator, target),
                "num") + "<td class=\"num\">" + e((numerator == null ? "—" : labels.number(numerator)) + " / "
                + labels.number(denominator)) + "<br><small class=\"filled\">" + e(html.label("html.indicator.filled",
                labels.number(denominator), labels.number(unfilled))) + "</small></td>";
    }

    private String result(Indicator indicator, Boolean met, int denominator, boolean whole) {
        if (indicator.notComputed()) {
            String notComputed = html.label("html.indicator.notComputed");
            return Html.td(whole ? notComputed + html.lang().pick("（", " (")
                    + html.lang().pick(indicator.reason(), indicator.reasonEn()) + html.lang().pick("）", ")")
                    : notComputed, "nodata");
        }
        if (met == null || denominator == 0) {
            return Html.td(html.label("html.indicator.noData"), "nodata");
        }
        return met ? Html.td(html.label("html.indicator.met"), "met") : Html.td(html.label("html.indicator.notMet"), "notmet");
    }

    private void waivers() throws IOException {
        List<WaiverStatus> waivers = report.waivers();
        if (waivers == null || waivers.isEmpty()) {
            return;
        }
        html.w("<h3>" + e(html.label("html.waivers")) + "</h3>\n<div class=\"scroll\"><table id=\"waivers\">\n<thead><tr>"
                + html.th("html.col.rule") + html.th("html.col.recordType") + html.th("html.col.record")
                + html.th("html.col.reason") + html.th("html.col.approvedBy") + html.th("html.col.expires")
                + html.th("html.col.waiverStatus") + html.th("html.col.matched", "num") + "</tr></thead>\n<tbody>\n");
        for (WaiverStatus waiver : waivers) {
            html.w("<tr class=\"waiver-" + e(waiver.status()) + "\">" + Html.td(waiver.rule(), "id")
                    + Html.td(waiver.recordType() == null ? "" : labels.recordType(waiver.recordType()))
                    + Html.td(waiver.record(), "id") + Html.td(waiver.reason()) + Html.td(waiver.approvedBy())
                    + Html.td(waiver.expires()) + Html.td(waiver.status() == null ? ""
                            : html.label("html.waiver." + waiver.status()))
                    + Html.td(labels.number(waiver.matched()), "num") + "</tr>\n");
        }
        html.w("</tbody>\n</table></div>\n");
    }

    private String badge(Severity severity) {
        return "<span class=\"badge " + severity.id() + "\">" + e(labels.severity(severity)) + "</span>";
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}

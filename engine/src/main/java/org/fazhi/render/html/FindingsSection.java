package org.fazhi.render.html;

import org.fazhi.render.present.Labels;
import java.io.IOException;
import java.io.Reader;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Severity;

/**
 * The findings: filters (agency, severity, rule, status, text), a pager, an empty table the
 * script fills one page at a time from the embedded data, and a print-only table the script
 * fills with every finding of the filtered view (see report.js for when).
 */
public final class FindingsSection {
    /** Page sizes the reader can choose; the first of them is the default. */
    private static final int[] PAGE_SIZES = {100, 50, 200, 500};

    private final FindingsData data;
    private final Html html;
    private final Labels labels;

    public FindingsSection(FindingsData data, Html html) {
        this.data = data;
        this.html = html;
        this.labels = html.labels();
    }

    /** Writes the section; {@code findings} is the JSON array {@link FindingsData} wrote. */
    public void write(Reader findings) throws IOException {
        int total = data.count();
        html.w("<section id=\"findings-section\">\n<h2>" + Html.escape(html.label("html.findings"))
                + " <span class=\"total\">" + Html.escape(labels.number(total)) + "</span></h2>\n");
        if (total == 0) {
            html.w("<p class=\"none\">" + Html.escape(html.label("html.findings.none")) + "</p>\n</section>\n");
            return;
        }
        filters(total);
        html.w("<noscript><p class=\"none\">" + Html.escape(html.label("html.noscript")) + "</p></noscript>\n");
        html.w("<div class=\"scroll screen-only\">\n<table id=\"findings\">\n<thead><tr>" + columns(true)
                + "</tr></thead>\n<tbody></tbody>\n</table>\n</div>\n");
        pager();
        html.w("<p id=\"print-note\" class=\"print-only\" hidden data-template=\""
                + Html.escape(html.label("html.print.omitted")) + "\"></p>\n");
        html.w("<table id=\"print-findings\" class=\"print-only\">\n<thead><tr>" + columns(false)
                + "</tr></thead>\n<tbody></tbody>\n</table>\n");
        html.w("<script type=\"application/json\" id=\"findings-dict\">");
        data.writeDictionary(html.writer());
        html.w("</script>\n<script type=\"application/json\" id=\"findings-data\">");
        findings.transferTo(html.writer());
        html.w("</script>\n</section>\n");
    }

    private void filters(int total) throws IOException {
        html.w("<form id=\"filters\" class=\"filters\" onsubmit=\"return false\">\n");
        html.w("<label>" + Html.escape(html.label("html.filter.text")) + " <input id=\"q\" type=\"search\" placeholder=\""
                + Html.escape(html.label("html.filter.placeholder")) + "\" autocomplete=\"off\"></label>\n");
        List<String> agencies = new ArrayList<>(data.agencies());
        agencies.sort(Collator.getInstance(html.lang().locale()));
        List<String[]> agencyOptions = new ArrayList<>();
        agencies.forEach(a -> agencyOptions.add(new String[] {a, a}));
        select("agency", "html.col.agency", "html.filter.allAgencies", agencyOptions);
        List<String[]> severities = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            severities.add(new String[] {severity.id(), labels.severity(severity)});
        }
        select("severity", "html.col.severity", "html.filter.allSeverities", severities);
        List<String> rules = new ArrayList<>(data.rules());
        rules.sort(null);
        List<String[]> ruleOptions = new ArrayList<>();
        rules.forEach(r -> ruleOptions.add(new String[] {r, r + " " + data.title(r)}));
        select("rule", "html.col.rule", "html.filter.allRules", ruleOptions);
        List<String[]> statuses = new ArrayList<>();
        for (FindingStatus status : FindingStatus.values()) {
            statuses.add(new String[] {FindingsData.id(status), labels.status(status)});
        }
        select("status", "html.col.status", "html.filter.allStatuses", statuses);
        String shown = html.label("html.filter.shown");
        html.w("<output id=\"shown\" data-template=\"" + Html.escape(shown) + "\" data-shown=\"" + total
                + "\" data-total=\"" + total + "\">" + Html.escape(shown.replace("{0}", Integer.toString(total))
                        .replace("{1}", Integer.toString(total))) + "</output>\n");
        html.w("<span class=\"hint\">" + Html.escape(html.label("html.sort.hint")) + "</span>\n</form>\n");
    }

    private void select(String id, String labelKey, String allKey, List<String[]> options) throws IOException {
        StringBuilder select = new StringBuilder("<label>").append(Html.escape(html.label(labelKey)))
                .append(" <select id=\"").append(id).append("\"><option value=\"\">")
                .append(Html.escape(html.label(allKey))).append("</option>");
        for (String[] option : options) {
            select.append("<option value=\"").append(Html.escape(option[0])).append("\">")
                    .append(Html.escape(option[1])).append("</option>");
        }
        html.w(select.append("</select></label>\n").toString());
    }

    private void pager() throws IOException {
        StringBuilder pager = new StringBuilder("<nav class=\"pager screen-only\" aria-label=\"")
                .append(Html.escape(html.label("html.pager"))).append("\">");
        button(pager, "first", "«", "html.pager.first");
        button(pager, "prev", "‹", "html.pager.prev");
        pager.append("<span id=\"page\" data-template=\"").append(Html.escape(html.label("html.pager.page")))
                .append("\"></span>");
        button(pager, "next", "›", "html.pager.next");
        button(pager, "last", "»", "html.pager.last");
        pager.append("<label>").append(Html.escape(html.label("html.pager.size")))
                .append(" <select id=\"page-size\" data-default=\"").append(PAGE_SIZES[0]).append("\">");
        for (int size : PAGE_SIZES) {
            pager.append("<option value=\"").append(size).append("\">").append(size).append("</option>");
        }
        html.w(pager.append("</select></label></nav>\n").toString());
    }

    private void button(StringBuilder pager, String id, String symbol, String titleKey) {
        pager.append("<button type=\"button\" id=\"").append(id).append("\" title=\"")
                .append(Html.escape(html.label(titleKey))).append("\" aria-label=\"")
                .append(Html.escape(html.label(titleKey))).append("\">").append(symbol).append("</button>");
    }

    /**
     * The table's columns. The printout leaves out file and sheet, cannot sort, and gives each
     * message a line of its own under the finding's columns.
     */
    private String columns(boolean screen) {
        StringBuilder header = new StringBuilder();
        header.append(column("severity", "html.col.severity", null, screen))
                .append(column("agency", "html.col.agency", null, screen))
                .append(column("title", "html.col.problemType", null, screen))
                .append(column("rule", "html.col.ruleId", null, screen))
                .append(column("record", "html.col.recordId", null, screen));
        if (screen) {
            header.append(column("message", "html.col.message", "message", true));
        }
        header.append(column("status", "html.col.status", null, screen));
        if (screen) {
            header.append(column("file", "html.col.file", "path", true))
                    .append(column("sheet", "html.col.sheet", "sheet", true));
        }
        return header.append(column("row", "html.col.row", "num", screen)).toString();
    }

    private String column(String key, String labelKey, String type, boolean sortable) {
        String label = Html.escape(html.label(labelKey));
        String cssClass = type == null ? "" : " class=\"" + type + "\"";
        if (!sortable) {
            return "<th" + cssClass + ">" + label + "</th>";
        }
        return "<th data-key=\"" + key + "\"" + cssClass + " aria-sort=\"none\"><button type=\"button\">" + label
                + "</button></th>";
    }
}

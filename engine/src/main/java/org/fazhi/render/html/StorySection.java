package org.fazhi.render.html;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fazhi.render.Overview;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Percent;
import org.fazhi.report.Indicator;
import org.fazhi.report.Report;

/**
 * The page's first screen, the story of the workbook's 概览: one sentence, the agencies ranked
 * by errors (with their rate per 100 records, so a large agency is not judged by its size), the
 * agency × indicator grid with the whole first, and the most frequent problems by name.
 */
public final class StorySection {
    private static final int TOP_PROBLEMS = 10;
    private static final int AGENCIES_NAMED = 3;

    private final Report report;
    private final FindingsData data;
    private final Html html;
    private final Labels labels;
    /** The ranking and the sentence, as 概览's: one more pass over the findings, made once. */
    private final Overview overview;

    public StorySection(Report report, FindingsData data, Html html) {
        this.report = report;
        this.data = data;
        this.html = html;
        this.labels = html.labels();
        this.overview = Overview.of(report, html.lang());
    }

    /** One agency's line of the ranking. */
    record AgencyLine(String agency, Integer records, int errors, int warnings, int missed) {
        /** Errors per 100 records, one decimal; null without a record count. */
        BigDecimal errorRate() {
            return records == null || records == 0 ? null
                    : BigDecimal.valueOf(errors * 100L).divide(BigDecimal.valueOf(records), 1, RoundingMode.HALF_UP);
        }
    }

    public void write() throws IOException {
        List<AgencyLine> ranking = ranking();
        html.w("<section id=\"story\">\n<h2>" + Html.escape(html.label("story.title")) + "</h2>\n");
        html.w("<p id=\"sentence\" class=\"sentence\">" + Html.escape(sentence()) + "</p>\n");
        html.w("<div class=\"cols\">\n");
        agencies(ranking);
        problems();
        html.w("</div>\n");
        grid(ranking);
        html.w("</section>\n");
    }

    String sentence() {
        return overview.sentence(report, labels, false);
    }

    /**
     * Every agency with records or findings, ranked as the workbook's 概览 ranks them ({@link
     * Overview}): most errors first, then most warnings, records without an agency last.
     */
    List<AgencyLine> ranking() {
        List<AgencyLine> lines = new ArrayList<>();
        // a report of an earlier version does not count records per agency: "—", never 0
        boolean counted = report.summary().byAgency() != null && !report.summary().byAgency().isEmpty();
        for (Overview.AgencyRow row : overview.agencies()) {
            lines.add(new AgencyLine(labels.agency(row.hasNoAgency() ? null : row.agency()),
                    counted ? row.records() : null,
                    row.errors(), row.warnings(), row.indicatorsMissed()));
        }
        return lines;
    }

    private void agencies(List<AgencyLine> ranking) throws IOException {
        html.w("<table id=\"ranking\">\n<caption>" + Html.escape(html.label("story.ranking")) + "</caption>\n");
        html.w("<thead><tr>" + html.th("story.col.rank", "num") + html.th("story.col.agency")
                + html.th("story.col.records", "num") + html.th("story.col.errors", "num")
                + html.th("story.col.warnings", "num") + html.th("story.col.errorRate", "num")
                + html.th("story.col.missed", "num") + "</tr></thead>\n<tbody>\n");
        if (ranking.isEmpty()) {
            html.w("<tr><td colspan=\"7\" class=\"none\">" + Html.escape(html.label("render.none")) + "</td></tr>\n");
        }
        int rank = 0;
        for (AgencyLine line : ranking) {
            BigDecimal rate = line.errorRate();
            html.w("<tr data-agency=\"" + Html.escape(line.agency()) + "\">" + Html.td(Integer.toString(++rank), "num")
                    + Html.td(line.agency(), "agency")
                    + Html.td(line.records() == null ? "—" : labels.number(line.records()), "num")
                    + Html.td(labels.number(line.errors()), line.errors() > 0 ? "num error" : "num")
                    + Html.td(labels.number(line.warnings()), "num")
                    + Html.td(rate == null ? "—" : rate.toPlainString(), "num")
                    + Html.td(labels.number(line.missed()), line.missed() > 0 ? "num notmet" : "num") + "</tr>\n");
        }
        html.w("</tbody>\n</table>\n");
    }

    /** The rules with the most findings, by title, with how many agencies they concern. */
    private void problems() throws IOException {
        Map<String, Map<String, Integer>> byRule = data.tally().agenciesByRule();
        List<String> top = new ArrayList<>(byRule.keySet());
        top.sort(Comparator.comparing((String rule) -> total(byRule.get(rule)), Comparator.reverseOrder())
                .thenComparing(Comparator.naturalOrder()));
        html.w("<table id=\"problems\">\n<caption>" + Html.escape(html.label("story.problems")) + "</caption>\n");
        html.w("<thead><tr>" + html.th("story.col.problem") + html.th("html.col.ruleId")
                + html.th("story.col.count", "num") + html.th("story.col.agencies") + "</tr></thead>\n<tbody>\n");
        if (top.isEmpty()) {
            html.w("<tr><td colspan=\"4\" class=\"none\">" + Html.escape(html.label("render.none")) + "</td></tr>\n");
        }
        for (String rule : top.subList(0, Math.min(TOP_PROBLEMS, top.size()))) {
            Map<String, Integer> agencies = byRule.get(rule);
            html.w("<tr data-rule=\"" + Html.escape(rule) + "\">" + Html.td(data.title(rule)) + Html.td(rule, "id rule")
                    + Html.td(labels.number(total(agencies)), "num") + Html.td(agencies(agencies)) + "</tr>\n");
        }
        html.w("</tbody>\n</table>\n");
    }

    /** "3 个单位：A 12、B 5、C 1…": how many agencies, naming those with the most. */
    private String agencies(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> named = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : entries.subList(0, Math.min(AGENCIES_NAMED, entries.size()))) {
            named.add(entry.getKey() + " " + labels.number(entry.getValue()));
        }
        return html.label(entries.size() > AGENCIES_NAMED ? "story.agencies.more" : "story.agencies",
                labels.number(entries.size()), labels.list(named));
    }

    /** One row per agency, one column per indicator, the whole first. */
    private void grid(List<AgencyLine> ranking) throws IOException {
        List<Indicator> indicators = indicators();
        html.w("<div class=\"scroll\">\n<table id=\"grid\">\n<caption>" + Html.escape(html.label("story.grid"))
                + "</caption>\n<thead><tr>" + html.th("story.col.agency"));
        if (indicators.isEmpty()) {
            html.w("</tr></thead>\n<tbody><tr><td class=\"none\">" + Html.escape(html.label("html.indicators.none"))
                    + "</td></tr></tbody>\n</table>\n</div>\n");
            return;
        }
        for (Indicator indicator : indicators) {
            html.w("<th data-indicator=\"" + Html.escape(indicator.id()) + "\"><span class=\"id\">"
                    + Html.escape(indicator.id()) + "</span><br><small>"
                    + Html.escape(html.lang().pick(indicator.name(), indicator.nameEn())) + "</small><br><small>"
                    + Html.escape(html.label("story.target", Percent.target(indicator.target())))
                    + "</small></th>");
        }
        html.w("</tr></thead>\n<tbody>\n<tr class=\"whole\"><th scope=\"row\">" + Html.escape(html.label("story.whole"))
                + "</th>");
        for (Indicator indicator : indicators) {
            html.w(cell(indicator.notComputed() ? null : indicator.numerator(), indicator.denominator(),
                    indicator.target(), indicator.met()));
        }
        html.w("</tr>\n");
        for (AgencyLine line : ranking) {
            html.w("<tr><th scope=\"row\">" + Html.escape(line.agency()) + "</th>");
            for (Indicator indicator : indicators) {
                Indicator.ByAgency figures = figures(indicator, line.agency());
                html.w(figures == null ? cell(0, 0, indicator.target(), null)
                        : cell(indicator.notComputed() ? null : figures.numerator(), figures.denominator(),
                                indicator.target(), figures.met()));
            }
            html.w("</tr>\n");
        }
        html.w("</tbody>\n</table>\n</div>\n");
    }

    /** One value of the grid, coloured 达标 / 未达标 / 无数据, with its count as a tooltip. */
    private String cell(Integer numerator, int denominator, double target, Boolean met) {
        String result = numerator == null ? "notcomputed" : met == null ? "nodata" : met ? "met" : "notmet";
        String label = html.label(switch (result) {
            case "met" -> "html.indicator.met";
            case "notmet" -> "html.indicator.notMet";
            case "nodata" -> "html.indicator.noData";
            default -> "html.indicator.notComputed";
        });
        String value = met == null ? label : Percent.text(labels.lang(), numerator, denominator, target);
        String ratio = numerator == null ? "" : labels.number(numerator) + " / " + labels.number(denominator);
        return "<td class=\"" + result + "\" data-result=\"" + result + "\" title=\"" + Html.escape(ratio) + "\">"
                + Html.escape(value) + (met == null ? "" : " <small>" + Html.escape(label) + "</small>") + "</td>";
    }

    private Indicator.ByAgency figures(Indicator indicator, String agency) {
        for (Indicator.ByAgency figures : byAgency(indicator)) {
            if (labels.agency(figures.agency()).equals(agency)) {
                return figures;
            }
        }
        return null;
    }

    private List<Indicator> indicators() {
        return report.indicators() == null ? List.of() : report.indicators();
    }

    private static List<Indicator.ByAgency> byAgency(Indicator indicator) {
        return indicator.byAgency() == null ? List.of() : indicator.byAgency();
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}

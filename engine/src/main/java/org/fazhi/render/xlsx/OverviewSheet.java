package org.fazhi.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fazhi.render.Overview;
import org.fazhi.render.present.Percent;
import org.fazhi.report.Indicator;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;

/**
 * 概览 (outputs.md): the story first. The sentence; the agencies ranked by errors, with the
 * records each had checked, so a large agency is not judged by its size; the agency × indicator
 * grid, the whole first; the most frequent problems by name; and one chart of errors by agency.
 * One agency's own workbook has its own line and the whole's instead of a ranking, and the chart
 * shows its problems by name. Files, gate and per-rule counts are on 说明 and 规则.
 */
final class OverviewSheet {
    /** The width of the sentence, in columns. */
    private static final int SPAN = 8;
    /** The problems table stops here, and the chart's bars at {@link #BARS}: more is not read. */
    private static final int TOP = 15;
    private static final int BARS = 10;

    private final Context ctx;
    private final Overview overview;
    private final List<String> continuedOn;

    OverviewSheet(Context ctx, Overview overview, List<String> continuedOn) {
        this.ctx = ctx;
        this.overview = overview;
        this.continuedOn = continuedOn;
    }

    /**
     * Returns the grid's header row, or -1 when there is no grid. Printed on every page after its
     * own, it names the indicators above a grid too long for one page; the ranking before it is a
     * table a reader follows without it.
     */
    int write(XSSFSheet sheet) {
        Table t = new Table(sheet, ctx.styles, ctx.lang);
        Report report = ctx.report;
        t.title(ctx.agencyWorkbook ? ctx.label("xlsx.overview.titleAgency", agencyName(), report.asOf())
                : ctx.label("xlsx.overview.title", report.asOf()));
        t.paragraph(sentence(), SPAN, 3, ctx.styles.sentence);
        if (continuedOn.size() > 1) {
            t.note(ctx.label("xlsx.overview.continued", continuedOn.size()));
        }
        t.blank();
        Chart.Range chart = ctx.agencyWorkbook ? null : ranking(t);
        int gridHeader = grid(t);
        Chart.Range problems = problems(t);
        t.fitColumns();
        sheet.setColumnWidth(0, Math.max(sheet.getColumnWidth(0), 24 * 256));
        Chart.Range plotted = chart != null ? chart : problems;
        if (plotted != null) {
            Chart.draw(sheet, plotted, t.next() + 1, ctx.label(ctx.agencyWorkbook
                    ? "xlsx.chart.problems" : "xlsx.chart.errorsByAgency"));
        }
        return gridHeader;
    }

    private String agencyName() {
        return overview.agencies().isEmpty() ? ctx.agency(null) : ctx.agency(overview.agencies().get(0).agency());
    }

    String sentence() {
        return overview.sentence(ctx.report, ctx.labels, ctx.agencyWorkbook);
    }

    /** The agencies ranked; returns the rows the chart draws (agencies with errors, at most {@link #TOP}). */
    private Chart.Range ranking(Table t) {
        t.heading(ctx.label("xlsx.ranking"));
        t.header(ctx.label("xlsx.col.agency"), ctx.label("xlsx.ranking.records"),
                ctx.label("xlsx.severity.error"), ctx.label("xlsx.severity.warning"),
                ctx.label("xlsx.ranking.per100"), ctx.label("xlsx.ranking.missed"));
        int first = t.next();
        int charted = 0;
        for (Overview.AgencyRow agency : overview.agencies()) {
            Row row = t.row(ctx.agency(agency.agency()), agency.records(), agency.errors(), agency.warnings(), null,
                    agency.indicatorsMissed());
            Cells.number(row, 4, agency.errorsPer100(), ctx.styles.decimal);
            if (agency.errors() > 0 && !agency.hasNoAgency() && charted < BARS) {
                charted++;
            }
        }
        if (overview.agencies().isEmpty()) {
            t.note(ctx.label("xlsx.ranking.none"));
        }
        t.note(ctx.label("xlsx.ranking.note"));
        t.blank();
        return charted == 0 ? null : new Chart.Range(first, first + charted - 1, 0, 2);
    }

    /**
     * One row per agency (the whole first), one column per indicator, each value coloured by
     * attainment. Returns its header row, or -1 when there is no indicator.
     */
    private int grid(Table t) {
        List<Indicator> indicators = ctx.report.indicators() == null ? List.of() : ctx.report.indicators();
        if (indicators.isEmpty()) {
            return -1;
        }
        t.heading(ctx.label("xlsx.grid"));
        Row header = t.header(ctx.label("xlsx.col.agency"));
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String label = ctx.label("xlsx.grid.indicator", indicator.id(),
                    ctx.lang.pick(indicator.name(), indicator.nameEn()), Percent.target(indicator.target()));
            Cells.text(header, i + 1, label, ctx.styles.headerWrapped, ctx.lang);
            t.sheet.setColumnWidth(i + 1, 15 * 256);
        }
        header.setHeightInPoints(6 * Table.LINE);
        Row whole = t.labelled(ctx.label(ctx.agencyWorkbook ? "xlsx.grid.wholeCity" : "xlsx.grid.whole"));
        whole.getCell(0).setCellStyle(ctx.styles.heading);
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            value(whole, i + 1, Percent.cellValue(indicator), Percent.of(ctx.lang, indicator), indicator.met());
        }
        for (Overview.AgencyRow agency : overview.agencies()) {
            if (agency.hasNoAgency()) {
                continue;
            }
            Row row = t.labelled(agency.agency());
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                Indicator.ByAgency of = byAgency(indicator, agency.agency());
                if (of == null) {
                    value(row, i + 1, null, ctx.labels.message("present.percent.noData"), null);
                } else {
                    value(row, i + 1, Percent.cellValue(indicator, of), Percent.of(ctx.lang, indicator, of), of.met());
                }
            }
        }
        // what the whole's values count, and the blanks they leave out, so a thin export cannot look perfect
        Row counted = t.row(ctx.label("xlsx.grid.counted"));
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String fraction = indicator.numerator() == null ? "" : ctx.labels.number(indicator.numerator()) + "/"
                    + ctx.labels.number(indicator.denominator()) + "\n";
            Cells.text(counted, i + 1, fraction + ctx.label("xlsx.grid.filled", ctx.labels.number(indicator.denominator()),
                    ctx.labels.number(indicator.unfilled())), ctx.styles.wrapped, ctx.lang);
        }
        counted.setHeightInPoints(3 * Table.LINE);
        t.note(ctx.label("xlsx.grid.legend"));
        t.blank();
        return header.getRowNum();
    }

    /** A value as a number the percent format shows as the text would (or the text: no data, not computed). */
    private void value(Row row, int column, Double value, String text, Boolean met) {
        if (value == null) {
            Cells.text(row, column, text, ctx.styles.attainment(null), ctx.lang);
        } else {
            Cells.number(row, column, value, ctx.styles.attainment(met));
        }
    }

    private static Indicator.ByAgency byAgency(Indicator indicator, String agency) {
        if (indicator.byAgency() == null) {
            return null;
        }
        for (Indicator.ByAgency row : indicator.byAgency()) {
            if (row.agency().equals(agency)) {
                return row;
            }
        }
        return null;
    }

    /** The most frequent problems by rule title; returns the rows a chart of them draws. */
    private Chart.Range problems(Table t) {
        if (overview.problems().isEmpty()) {
            return null;
        }
        t.heading(ctx.label("xlsx.problems"));
        if (ctx.agencyWorkbook) {
            t.header(ctx.label("xlsx.col.title"), ctx.label("xlsx.col.count"), ctx.label("xlsx.col.rule"));
        } else {
            t.header(ctx.label("xlsx.col.title"), ctx.label("xlsx.col.count"), ctx.label("xlsx.col.rule"),
                    ctx.label("xlsx.problems.agencies"));
        }
        int first = t.next();
        int shown = 0;
        for (Overview.ProblemRow problem : overview.problems()) {
            if (shown++ == TOP) {
                break;
            }
            if (ctx.agencyWorkbook) {
                t.row(ctx.ruleTitle(problem.ruleId()), problem.count(), problem.ruleId());
            } else {
                t.row(ctx.ruleTitle(problem.ruleId()), problem.count(), problem.ruleId(), problem.agencies());
            }
        }
        if (overview.problems().size() > TOP) {
            t.note(ctx.label("xlsx.problems.more", overview.problems().size() - TOP));
        }
        return new Chart.Range(first, first + Math.min(BARS, overview.problems().size()) - 1, 0, 1);
    }
}

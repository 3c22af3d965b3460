package org.fazhi.render.xlsx;

import org.fazhi.render.present.DisplayWidth;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.model.SourceRef;
import org.fazhi.render.Overview;
import org.fazhi.report.AgencyFilter;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingOrder;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Related;
import org.fazhi.report.Suppression;

/**
 * 问题清单: one row per finding, sorted by agency, then severity, then source, streamed through
 * SXSSF (a window of rows in memory, the rest in a temporary file). A sheet holds at most the
 * row cap; more continue on "问题清单 (2)" and so on, each with its header, freeze and filter.
 * Header and the first four columns frozen, auto-filter, severity colours, 问题说明 wrapped.
 * The file cell links to the source file by a path relative to the report, when both are known.
 */
final class FindingsSheet {
    /** A row is as tall as its longest wrapped cell, up to this many lines. */
    private static final int MAX_LINES = 12;

    private final Context ctx;
    private final List<String> names;
    private final int rowCap;
    private final List<FindingColumn> columns;
    private final Map<String, Optional<String>> links = new HashMap<>();
    private SXSSFWorkbook workbook;
    private XSSFWorkbook template;
    private int sheetIndex = -1;
    private Sheet sheet;
    private int next;
    private String linkAddress;
    private int linkFirst;
    private int linkLast;

    FindingsSheet(Context ctx, List<String> names, int rowCap) {
        this.ctx = ctx;
        this.names = names;
        this.rowCap = rowCap;
        this.columns = FindingColumn.of(ctx.agencyWorkbook);
    }

    /** The sheet names for this many findings under this cap: "问题清单", "问题清单 (2)" … */
    static List<String> sheetNames(String base, long findings, int rowCap) {
        List<String> names = new ArrayList<>();
        long sheets = Math.max(1, (findings + rowCap - 1) / rowCap);
        for (int i = 1; i <= sheets; i++) {
            names.add(i == 1 ? base : base + " (" + i + ")");
        }
        return names;
    }

    void write(SXSSFWorkbook workbook, XSSFWorkbook template) {
        this.workbook = workbook;
        this.template = template;
        // Agency (by name, none last), then severity (errors first), then source; ties keep report order.
        Comparator<String> agencies = Overview.agencyNames(ctx.lang);
        Comparator<Finding> order = Comparator.comparing(AgencyFilter::agencyOf, agencies)
                .thenComparing(Finding::severity)
                .thenComparing(Finding::source, Comparator.nullsLast(Comparator.naturalOrder()));
        open();
        for (Finding finding : FindingOrder.sorted(ctx.report.findings(), order)) {
            if (next > rowCap) {
                open();
            }
            write(finding);
        }
        finish();
    }

    private void open() {
        if (sheet != null) {
            finish();
        }
        sheetIndex++;
        sheet = workbook.getSheet(names.get(sheetIndex));
        next = 0;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            FindingColumn column = columns.get(i);
            Cells.text(header, i, ctx.label(column.key), column.isRemedy() ? ctx.styles.remedy : ctx.styles.headerWrapped, ctx.lang);
            sheet.setColumnWidth(i, column.width * 256);
        }
        sheet.createFreezePane(FindingColumn.FROZEN, 1);
    }

    private void write(Finding finding) {
        Row row = sheet.createRow(next++);
        int lines = 1;
        FindingStatus status = FindingStatus.of(finding, ctx.report.summary().gate().failOn());
        for (int i = 0; i < columns.size(); i++) {
            FindingColumn column = columns.get(i);
            String text = switch (column) {
                case SEVERITY -> ctx.severity(finding.severity());
                case AGENCY -> ctx.agency(finding.agency());
                case TITLE -> ctx.ruleTitle(finding.ruleId());
                case RULE -> finding.ruleId();
                case RECORD_ID -> finding.recordId();
                case MESSAGE -> ctx.lang.pick(finding.message(), finding.messageEn());
                case CLAUSE -> ctx.labels.clause(finding.clause());
                case BASIS -> ctx.labels.basis(finding.ruleId(), finding.basis());
                case FIELDS -> ctx.labels.fields(finding);
                case STATUS -> ctx.labels.status(status);
                case FILE -> finding.source() == null ? null : finding.source().file();
                case SHEET -> finding.source() == null ? null : finding.source().sheet();
                case ROW -> null;
                case RELATED -> related(finding);
                case WAIVER -> waiver(finding.suppression());
                default -> null;
            };
            if (column == FindingColumn.ROW) {
                Cells.number(row, i, finding.source() == null ? null : finding.source().row(), ctx.styles.plain);
                continue;
            }
            var style = switch (column) {
                case SEVERITY -> ctx.styles.severity(finding.severity());
                case STATUS -> ctx.styles.status(status);
                case MEASURE, DEADLINE, RESPONSIBLE, PROGRESS -> ctx.styles.remedy;
                default -> column.wraps ? ctx.styles.wrapped : ctx.styles.plain;
            };
            Cells.text(row, i, text, style, ctx.lang);
            if (column.wraps && text != null) {
                lines = Math.max(lines, (DisplayWidth.of(text) + column.width - 1) / column.width);
            }
            if (column == FindingColumn.FILE) {
                link(row.getRowNum(), i, finding.source());
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(Math.min(MAX_LINES, lines) * Table.LINE);
        }
    }

    private String related(Finding finding) {
        if (finding.related() == null || finding.related().isEmpty()) {
            return null;
        }
        List<String> members = new ArrayList<>(finding.related().size());
        for (Related member : finding.related()) {
            members.add(member.source() == null ? member.recordId()
                    : ctx.label("xlsx.related.member", member.recordId(), member.source().row()));
        }
        return ctx.list(members);
    }

    private String waiver(Suppression suppression) {
        if (suppression == null || !suppression.isWaiver()) {
            return null;
        }
        return ctx.label("xlsx.waiver", nonNull(suppression.reason()), nonNull(suppression.approvedBy()),
                nonNull(suppression.expires()));
    }

    private void link(int row, int column, SourceRef source) {
        Optional<String> address = source == null ? Optional.empty() : address(source.file());
        if (address.isEmpty()) {
            endLinks(column);
            return;
        }
        // Findings of one file come in runs: one hyperlink over a run's cells, not one per finding.
        if (address.get().equals(linkAddress) && row == linkLast + 1) {
            linkLast = row;
            return;
        }
        endLinks(column);
        linkAddress = address.get();
        linkFirst = row;
        linkLast = row;
    }

    private void endLinks(int column) {
        if (linkAddress == null) {
            return;
        }
        XSSFHyperlink hyperlink = template.getCreationHelper().createHyperlink(HyperlinkType.FILE);
        hyperlink.setAddress(linkAddress);
        hyperlink.setCellReference(new CellRangeAddress(linkFirst, linkLast, column, column).formatAsString());
        template.getSheet(names.get(sheetIndex)).addHyperlink(hyperlink);
        linkAddress = null;
    }

    /**
     * The source file as a link relative to the report's directory, so that it still works when
     * the report and the exports are forwarded together; none when the report's place is not
     * known, the file is not on disk, or the two are on different roots.
     */
    private Optional<String> address(String file) {
        return links.computeIfAbsent(file, f -> {
            if (ctx.output == null) {
                return Optional.empty();
            }
            try {
                Path source = Path.of(f).toAbsolutePath().normalize();
                Path from = ctx.output.toAbsolutePath().normalize().getParent();
                if (!Files.isRegularFile(source) || from == null || !source.getRoot().equals(from.getRoot())) {
                    return Optional.empty();
                }
                String relative = from.relativize(source).toString().replace('\\', '/');
                return Optional.of(new URI(null, null, relative, null).toString());
            } catch (InvalidPathException | SecurityException | URISyntaxException e) {
                return Optional.empty();
            }
        });
    }

    private void finish() {
        endLinks(columns.indexOf(FindingColumn.FILE));
        sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns.size() - 1));
        int printed = columns.indexOf(FindingColumn.lastPrinted(ctx.agencyWorkbook));
        template.setPrintArea(template.getSheetIndex(names.get(sheetIndex)), 0, printed, 0, next - 1);
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}

package org.fazhi.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fazhi.model.InputSummary;
import org.fazhi.model.SourceRef;
import org.fazhi.render.present.DisplayWidth;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Untrusted;
import org.fazhi.render.present.Wrapper;
import org.fazhi.report.Finding;
import org.fazhi.report.FindingOrder;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Related;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;

/**
 * The console's list of findings: grouped by file and sheet in the order the inputs were read
 * (the workbook's own sheet order), each finding a head line (row, severity, rule, record,
 * agency) and its message wrapped to the terminal under it with a hanging indent. A finding
 * about a whole sheet (a missing column) has no record and is one entry. At most
 * {@link #LIMIT} findings unless every one is asked for, then a pointer to the full list.
 */
final class ConsoleFindings {
    /** Findings printed when not all are asked for. */
    static final int LIMIT = 200;
    /** Spaces before a finding's head line. */
    private static final int MARGIN = 2;
    private static final String GAP = "  ";
    /** Rows a sheet may have above its header (a title, notes): the header is found in the first ten. */
    private static final int ROWS_ABOVE_HEADER = 10;

    private final Report report;
    private final Labels labels;
    private final ConsoleStyle style;
    private final Wrapper wrapper;
    private final boolean all;
    private final ConsoleRenderer.Lines out;
    private final int rowWidth;
    private final int severityWidth;

    ConsoleFindings(Report report, RenderOptions options, Labels labels, ConsoleStyle style, ConsoleRenderer.Lines out) {
        this.report = report;
        this.labels = labels;
        this.style = style;
        this.wrapper = new Wrapper(options.width());
        this.all = options.all();
        this.out = out;
        this.rowWidth = rowWidth(report);
        this.severityWidth = severityWidth(labels);
    }

    void write() throws IOException {
        List<Finding> findings = report.findings();
        out.line(style.bold(labels.message("render.findings", labels.number(findings.size()))));
        if (findings.isEmpty()) {
            out.line("  " + labels.message("render.findings.none"));
            out.line("");
            return;
        }
        int printed = 0;
        SourceRef group = null;
        for (Finding finding : FindingOrder.sorted(findings, inputOrder(report.inputs()))) {
            if (!all && printed == LIMIT) {
                break;
            }
            if (printed == 0 || !sameSheet(group, finding.source())) {
                if (printed > 0) {
                    out.line("");
                }
                group = finding.source();
                out.line(style.bold(place(group)));
            }
            finding(finding);
            printed++;
        }
        out.line("");
        if (printed < findings.size()) {
            out.line(style.bold(labels.message("console.more", labels.number(findings.size() - printed))));
            out.line("");
        }
    }

    private void finding(Finding finding) throws IOException {
        String row = DisplayWidth.pad(rowLabel(finding.source()), rowWidth);
        StringBuilder head = new StringBuilder(" ".repeat(MARGIN)).append(row).append(GAP)
                .append(style.severity(finding.severity(), DisplayWidth.pad(labels.severity(finding.severity()),
                        severityWidth)))
                .append(GAP).append(style.bold(finding.ruleId()));
        int indent = MARGIN + rowWidth + GAP.length();
        String message = Untrusted.terminal(labels.lang().pick(finding.message(), finding.messageEn()));
        String clause = finding.clause() == null || finding.clause().isEmpty() ? ""
                : labels.message("render.clause", labels.clause(finding.clause()));
        boolean aboutSheet = finding.recordId() == null || finding.recordId().isEmpty();
        if (aboutSheet) {
            // about the sheet, not a record (a missing column): one entry, the message beside the rule
            print(wrapper.wrap(head + GAP, message + clause, indent));
        } else {
            List<String> who = new ArrayList<>();
            if (finding.related() == null || finding.related().isEmpty()) {
                who.add(Untrusted.line(finding.recordId()));   // a group's key says less than its members below
            }
            who.add(Untrusted.line(labels.agency(finding.agency())));
            head(head.toString(), who, indent);
            print(wrapper.wrap(" ".repeat(indent), message + clause, indent));
        }
        if (finding.related() != null && !finding.related().isEmpty()) {
            List<String> members = new ArrayList<>();
            for (Related member : finding.related()) {
                String id = Untrusted.line(member.recordId());
                members.add(member.source() == null ? id
                        : id + labels.lang().pick("（", " (") + rowLabel(member.source()) + labels.lang().pick("）", ")"));
            }
            print(wrapper.wrap(" ".repeat(indent), labels.message("render.related", labels.list(members)), indent));
        }
        if (FindingStatus.of(finding, report.summary().gate().failOn()) != FindingStatus.COUNTED) {
            // counting is the rule; what does not count says so, in the words of every format
            print(wrapper.wrap(" ".repeat(indent), labels.statusDetail(finding, report), indent).stream()
                    .map(style::dim).toList());
        }
    }

    /**
     * The head line with the record and the agency beside the rule while they fit; what does not
     * fit goes on its own line under the message's indent, so that a name is not broken.
     */
    private void head(String start, List<String> parts, int indent) throws IOException {
        print(wrapper.wrapParts(start + GAP, parts, GAP, indent));
    }

    private void print(List<String> lines) throws IOException {
        for (String line : lines) {
            out.line(line);
        }
    }

    private String place(SourceRef source) {
        if (source == null) {
            return "";
        }
        return source.sheet() == null ? source.file() : source.file() + " [" + source.sheet() + "]";
    }

    private String rowLabel(SourceRef source) {
        return source == null ? "" : labels.message("render.row", Integer.toString(source.row()));
    }

    /**
     * The widest row label a finding can have, so that the row column lines up in every group: the
     * rows read and skipped, and a few above the header.
     */
    private int rowWidth(Report report) {
        int widest = 0;
        for (InputSummary input : report.inputs()) {
            widest = Math.max(widest, input.rows() + input.blankRowsSkipped() + input.summaryRowsSkipped().count()
                    + ROWS_ABOVE_HEADER);
        }
        int width = DisplayWidth.of(labels.message("render.row", Integer.toString(Math.max(widest, 1))));
        return Math.max(width, DisplayWidth.of(labels.message("render.row", "9")));
    }

    private static int severityWidth(Labels labels) {
        int width = 0;
        for (Severity severity : Severity.values()) {
            width = Math.max(width, DisplayWidth.of(labels.severity(severity)));
        }
        return width;
    }

    /** The order of the inputs (file, then sheet as the workbook has them), then report order. */
    private static Comparator<Finding> inputOrder(List<InputSummary> inputs) {
        Map<String, Integer> position = new HashMap<>();
        for (InputSummary input : inputs) {
            position.putIfAbsent(key(input.file(), input.sheet()), position.size());
        }
        Comparator<Finding> bySheet = Comparator.comparingInt(finding -> finding.source() == null ? Integer.MAX_VALUE
                : position.getOrDefault(key(finding.source().file(), finding.source().sheet()), Integer.MAX_VALUE));
        return bySheet.thenComparing(Finding.REPORT_ORDER);
    }

    private static String key(String file, String sheet) {
        return file + '\u0000' + Objects.toString(sheet, "");
    }

    private static boolean sameSheet(SourceRef a, SourceRef b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.file().equals(b.file()) && Objects.equals(a.sheet(), b.sheet());
    }
}

package org.fazhi.render;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.fazhi.model.InputSummary;
import org.fazhi.report.Finding;
import org.fazhi.report.FailOn;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.Related;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.Suppression;
import org.fazhi.report.WaiverStatus;

/**
 * The report for a legal officer at a terminal: what was read, the findings grouped by file and
 * sheet (row, severity, rule, record, message, clause), then the totals, the indicators and the
 * gate's verdict. Labels come from the message bundles in the chosen language; colours only when
 * the options ask for them. At most {@value #SHOWN} findings are listed (outputs.md "Console"),
 * then how many more there are: a terminal is no place for more, and the full list is in the
 * other formats.
 */
public final class ConsoleRenderer implements Renderer {
    private static final int TOP_RULES = 5;
    /** Findings listed before the line that says how many more there are. */
    static final int SHOWN = 200;

    @Override
    public String name() {
        return "console";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public boolean isConsole() {
        return true;
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        new Session(report, options, writer).write();
        writer.flush();
    }

    /** One rendering: the report, the options and where the text goes. */
    private static final class Session {
        private final Report report;
        private final RenderOptions options;
        private final Lang lang;
        private final Writer out;
        private final Style style;

        Session(Report report, RenderOptions options, Writer out) {
            this.report = report;
            this.options = options;
            this.lang = options.lang();
            this.out = out;
            this.style = new Style(options.color());
        }

        void write() throws IOException {
            if (!options.quiet()) {
                header();
                findings();
                summary();
            }
            verdict();
        }

        private void header() throws IOException {
            line(style.bold(label("render.title", report.tool().name(), report.tool().version(), report.asOf())));
            line(style.bold(label("render.inputs")));
            if (report.inputs().isEmpty()) {
                line("  " + label("render.inputs.none"));
            }
            String noted = null;
            for (InputSummary input : report.inputs()) {
                if (input.disguised() && !input.file().equals(noted)) {
                    noted = input.file();
                    line("  " + style.dim(label("render.input.disguised", input.file(),
                            label("format." + input.format()))));
                }
                String where = place(input.file(), input.sheet()) + (input.hidden() ? label("render.input.hidden") : "");
                if (input.ignored()) {
                    String text = label("render.input.ignored", where, InputNotes.ignoredReason(lang, input));
                    // a sheet that looks like a type but cannot be read is worth a look, unlike an unrelated one
                    line("  " + (input.missingColumns().isEmpty() ? style.dim(text) : style.severity(Severity.WARNING, text)));
                    continue;
                }
                String text = label("render.input.read", where, typeName(input.recordType()), input.rows());
                if (input.blankRowsSkipped() > 0) {
                    text += label("render.input.blank", input.blankRowsSkipped());
                }
                text += InputNotes.summaryRows(lang, input);
                line("  " + text);
                if (input.unknownColumns() != null && !input.unknownColumns().isEmpty()) {
                    line("    " + style.dim(label("render.input.unknownColumns", String.join(list(), input.unknownColumns()))));
                }
            }
            line("");
        }

        private void findings() throws IOException {
            int total = report.findings().size();
            line(style.bold(label("render.findings", total)));
            if (total == 0) {
                line("  " + label("render.findings.none"));
                line("");
                return;
            }
            List<Finding> findings = report.findings().stream().limit(SHOWN).toList();
            int i = 0;
            while (i < findings.size()) {
                SourceRef first = findings.get(i).source();
                int end = i;
                int rowWidth = 0;
                while (end < findings.size() && sameSheet(first, findings.get(end).source())) {
                    rowWidth = Math.max(rowWidth, width(rowLabel(findings.get(end).source())));
                    end++;
                }
                line(style.bold(place(first == null ? null : first.file(), first == null ? null : first.sheet())));
                for (Finding finding : findings.subList(i, end)) {
                    finding(finding, rowWidth);
                }
                line("");
                i = end;
            }
            if (total > findings.size()) {
                line(label("render.findings.more", total - findings.size()));
                line("");
            }
        }

        private void finding(Finding finding, int rowWidth) throws IOException {
            StringBuilder text = new StringBuilder("  ");
            text.append(pad(rowLabel(finding.source()), rowWidth)).append("  ");
            text.append(style.severity(finding.severity(), pad(severity(finding.severity()), severityWidth())));
            text.append("  ").append(style.bold(pad(finding.ruleId(), 7)));
            if (finding.recordId() != null && !finding.recordId().isEmpty()) {
                text.append("  ").append(finding.recordId());
            }
            text.append("  ").append(lang.pick(finding.message(), finding.messageEn()));
            if (finding.clause() != null && !finding.clause().isEmpty()) {
                text.append(style.dim(label("render.clause", finding.clause())));
            }
            Suppression suppression = finding.suppression();
            if (suppression != null) {
                text.append(' ').append(style.dim(suppression.isBaseline() ? label("render.suppressed.baseline")
                        : label("render.suppressed.waiver", suppression.reason(), suppression.approvedBy(),
                                suppression.expires())));
            }
            line(text.toString());
            if (finding.related() != null && !finding.related().isEmpty()) {
                List<String> members = new ArrayList<>();
                for (Related member : finding.related()) {
                    members.add(member.source() == null ? member.recordId()
                            : member.recordId() + " (" + rowLabel(member.source()) + ")");
                }
                line("      " + style.dim(label("render.related", String.join(list(), members))));
            }
        }

        private void summary() throws IOException {
            Summary summary = report.summary();
            line(style.bold(label("render.summary")));
            List<String> records = new ArrayList<>();
            summary.records().forEach((type, n) -> records.add(typeName(type) + " " + n));
            line("  " + label("render.summary.records",
                    records.isEmpty() ? label("render.none") : String.join(list(), records)));
            List<String> severities = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                int n = summary.findings().getOrDefault(severity.id(), 0);
                String text = severity(severity) + " " + n;
                severities.add(n > 0 ? style.severity(severity, text) : text);
            }
            line("  " + label("render.summary.findings", String.join(list(), severities)));
            if (!summary.byRule().isEmpty()) {
                List<String> top = summary.byRule().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP_RULES)
                        .map(e -> e.getKey() + " " + ruleTitle(e.getKey()) + " ×" + e.getValue())
                        .toList();
                line("  " + label("render.summary.topRules"));
                for (String rule : top) {
                    line("    " + rule);
                }
            }
            if (report.indicators() != null && !report.indicators().isEmpty()) {
                line("  " + label("render.summary.indicators"));
                for (Indicator indicator : report.indicators()) {
                    line("    " + indicator(indicator));
                    for (Indicator.ByAgency agency : indicator.byAgency()) {
                        if (Boolean.FALSE.equals(agency.met())) {  // only the agencies short of the target
                            line("      " + label("render.indicator.agency", agency.agency(),
                                    percent(agency.value()), agency.numerator(), agency.denominator(),
                                    style.severity(Severity.ERROR, label("render.indicator.notMet"))));
                        }
                    }
                }
            }
            if (report.waivers() != null) {
                for (WaiverStatus waiver : report.waivers()) {
                    if (!WaiverStatus.APPLIED.equals(waiver.status())) {
                        String text = label("render.waiver." + waiver.status(), waiver.rule(), waiver.record(),
                                waiver.approvedBy(), waiver.expires());
                        line("  " + (WaiverStatus.EXPIRED.equals(waiver.status())
                                ? style.severity(Severity.WARNING, text) : style.dim(text)));
                    }
                }
            }
            if (summary.skippedRules() != null) {
                for (Summary.SkippedRules skipped : summary.skippedRules()) {
                    line("  " + style.dim(label("render.summary.skipped", String.join(list(), skipped.rules()),
                            lang.pick(skipped.reason(), skipped.reasonEn()))));
                }
            }
            if (summary.notes() != null) {
                for (Summary.Note note : summary.notes()) {
                    line("  " + style.dim(label("render.summary.note", lang.pick(note.text(), note.textEn()))));
                }
            }
        }

        private String indicator(Indicator indicator) {
            String name = lang.pick(indicator.name(), indicator.nameEn());
            String target = percent(indicator.target());
            String filled = label("render.indicator.filled", indicator.denominator(), indicator.unfilled());
            if (indicator.notComputed()) {
                return style.dim(label("render.indicator.notComputed", indicator.id(), name,
                        lang.pick(indicator.reason(), indicator.reasonEn())));
            }
            if (indicator.value() == null) {
                return style.dim(label("render.indicator.noData", indicator.id(), name, target) + filled);
            }
            boolean met = Boolean.TRUE.equals(indicator.met());
            String verdict = met ? style.green(label("render.indicator.met"))
                    : style.severity(Severity.ERROR, label("render.indicator.notMet"));
            return label("render.indicator", indicator.id(), name, percent(indicator.value()),
                    indicator.numerator(), indicator.denominator(), target, verdict) + filled;
        }

        private void verdict() throws IOException {
            Gate gate = report.summary().gate();
            String text;
            if (gate.failOn() == FailOn.NEVER) {
                text = style.green(label("render.gate.never"));
            } else if (gate.passed()) {
                text = style.green(label("render.gate.passed", gate.failOn().id()));
            } else {
                text = style.severity(Severity.ERROR, label("render.gate.failed", gate.failOn().id(), gate.counted()));
            }
            List<String> notes = new ArrayList<>();
            if (gate.baselined() > 0) {
                notes.add(label("render.gate.baselined", gate.baselined()));
            }
            if (gate.waived() > 0) {
                notes.add(label("render.gate.waived", gate.waived()));
            }
            line(style.bold(text) + (notes.isEmpty() ? "" : " " + String.join(list(), notes)));
        }

        // ---- helpers

        private String label(String key, Object... args) {
            return Messages.get(lang, key, args);
        }

        private String place(String file, String sheet) {
            String shown = file == null ? "" : file;
            return sheet == null ? shown : shown + " [" + sheet + "]";
        }

        private String rowLabel(SourceRef source) {
            return source == null ? "" : label("render.row", Integer.toString(source.row()));
        }

        private String severity(Severity severity) {
            return label("render.severity." + severity.id());
        }

        private int severityWidth() {
            int width = 0;
            for (Severity severity : Severity.values()) {
                width = Math.max(width, width(severity(severity)));
            }
            return width;
        }

        private String typeName(String key) {
            return RecordTypes.byKey(key).map((RecordType t) -> lang.pick(t.name(), t.nameEn())).orElse(key);
        }

        private String ruleTitle(String id) {
            if (options.catalogue() == null) {
                return "";
            }
            return options.catalogue().rule(id).map(RuleSpec::title).map(t -> t.in(lang)).orElse("");
        }

        private String list() {
            return lang.pick("，", ", ");
        }

        /** A fraction of 4 decimals as a percent of up to 2, so that 99.96% is not shown as 100%. */
        private String percent(double fraction) {
            java.math.BigDecimal value = java.math.BigDecimal.valueOf(fraction).movePointRight(2)
                    .setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
            return value.toPlainString() + "%";
        }

        private void line(String text) throws IOException {
            out.write(text);
            out.write('\n');
        }

        private static boolean sameSheet(SourceRef a, SourceRef b) {
            if (a == null || b == null) {
                return a == b;
            }
            return a.file().equals(b.file()) && Objects.equals(a.sheet(), b.sheet());
        }
    }

    /** Display width: CJK and full-width characters take two columns. */
    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    static String pad(String text, int width) {
        int missing = width - width(text);
        return missing <= 0 ? text : text + " ".repeat(missing);
    }

    /** ANSI styling, or none. */
    private record Style(boolean on) {
        private static final String RESET = "\u001b[0m";

        String bold(String text) {
            return wrap("\u001b[1m", text);
        }

        String dim(String text) {
            return wrap("\u001b[2m", text);
        }

        String green(String text) {
            return wrap("\u001b[32m", text);
        }

        String severity(Severity severity, String text) {
            return switch (severity) {
                case ERROR -> wrap("\u001b[31m", text);
                case WARNING -> wrap("\u001b[33m", text);
                case INFO -> wrap("\u001b[36m", text);
            };
        }

        private String wrap(String code, String text) {
            return on && !text.isEmpty() ? code + text + RESET : text;
        }
    }
}

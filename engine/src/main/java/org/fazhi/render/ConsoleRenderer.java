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
import org.fazhi.model.InputSummary;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Percent;
import org.fazhi.render.present.Untrusted;
import org.fazhi.render.present.Wrapper;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.WaiverStatus;

/**
 * The report for a legal officer at a terminal: what was read, the findings (see
 * {@link ConsoleFindings}), then the totals, the indicators and the gate's verdict. Every word,
 * number and percentage comes from the presentation layer ({@link Labels}, {@link Percent});
 * this class only lays them out, wrapped to the terminal's width. Findings are written as they
 * come, so a large report does not need a second copy in memory.
 */
public final class ConsoleRenderer implements Renderer {
    private static final int TOP_RULES = 5;

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
        new Session(report, options, new Lines(writer)).write();
        writer.flush();
    }

    /** Where the console's lines go. */
    record Lines(Writer out) {
        void line(String text) throws IOException {
            out.write(text);
            out.write('\n');
        }
    }

    /** One rendering: the report, the options and where the text goes. */
    private static final class Session {
        private final Report report;
        private final RenderOptions options;
        private final Labels labels;
        private final Lines out;
        private final ConsoleStyle style;
        private final Wrapper wrapper;

        Session(Report report, RenderOptions options, Lines out) {
            this.report = report;
            this.options = options;
            this.labels = new Labels(options.lang(), options.catalogue());
            this.out = out;
            this.style = new ConsoleStyle(options.color());
            this.wrapper = new Wrapper(options.width());
        }

        void write() throws IOException {
            if (!options.quiet()) {
                header();
                new ConsoleFindings(report, options, labels, style, out).write();
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
                    wrapped("  ", style.dim(label("render.input.disguised", input.file(),
                            label("format." + input.format()))), 4);
                }
                String where = place(input.file(), input.sheet()) + (input.hidden() ? label("render.input.hidden") : "");
                if (input.ignored()) {
                    String text = label("render.input.ignored", where, InputNotes.ignoredReason(labels.lang(), input));
                    // a sheet that looks like a type but cannot be read is worth a look, unlike an unrelated one
                    wrapped("  ", input.missingColumns().isEmpty() ? style.dim(text)
                            : style.severity(Severity.WARNING, text), 4);
                    continue;
                }
                String text = label("render.input.read", where, labels.recordType(input.recordType()),
                        input.rows());
                if (input.blankRowsSkipped() > 0) {
                    text += label("render.input.blank", input.blankRowsSkipped());
                }
                text += InputNotes.summaryRows(labels.lang(), input);
                wrapped("  ", text, 4);
                if (input.unknownColumns() != null && !input.unknownColumns().isEmpty()) {
                    List<String> columns = input.unknownColumns().stream().map(Untrusted::line).toList();
                    wrapped("    ", style.dim(label("render.input.unknownColumns", labels.list(columns))), 6);
                }
            }
            line("");
        }

        private void summary() throws IOException {
            Summary summary = report.summary();
            line(style.bold(label("render.summary")));
            List<String> records = new ArrayList<>();
            summary.records().forEach((type, n) -> records.add(labels.recordType(type) + " " + labels.number(n)));
            if (records.isEmpty()) {
                records.add(label("render.none"));
            }
            // the pattern puts the list last ("记录：{0}"): its label leads, each type and count stays whole
            line(wrapper.wrapParts("  " + label("render.summary.records", ""), records,
                    labels.lang().pick("、", ", "), 4));
            List<String> severities = new ArrayList<>();
            for (Severity severity : Severity.values()) {
                int n = summary.findings().getOrDefault(severity.id(), 0);
                String text = labels.severity(severity) + " " + labels.number(n);
                severities.add(n > 0 ? style.severity(severity, text) : text);
            }
            line("  " + label("render.summary.findings", labels.list(severities)));
            if (!summary.byRule().isEmpty()) {
                line("  " + label("render.summary.topRules"));
                List<Map.Entry<String, Integer>> top = summary.byRule().entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                                .thenComparing(Map.Entry.comparingByKey()))
                        .limit(TOP_RULES)
                        .toList();
                for (Map.Entry<String, Integer> rule : top) {
                    wrapped("    ", rule.getKey() + " " + labels.ruleTitle(rule.getKey()) + " ×"
                            + labels.number(rule.getValue()), 6);
                }
            }
            indicators();
            waivers();
            if (summary.skippedRules() != null) {
                for (Summary.SkippedRules skipped : summary.skippedRules()) {
                    // a run of one or two rules leaves out most: their count says it, not a screenful of IDs
                    wrapped("  ", style.dim(label("render.summary.skipped", labels.shortList(skipped.rules(), 8),
                            labels.lang().pick(skipped.reason(), skipped.reasonEn()))), 4);
                }
            }
            if (summary.notes() != null) {
                for (Summary.Note note : summary.notes()) {
                    wrapped("  ", style.dim(label("render.summary.note",
                            labels.lang().pick(note.text(), note.textEn()))), 4);
                }
            }
        }

        private void indicators() throws IOException {
            if (report.indicators() == null || report.indicators().isEmpty()) {
                return;
            }
            line("  " + label("render.summary.indicators"));
            for (Indicator indicator : report.indicators()) {
                line(wrapper.wrapParts("    ", indicator(indicator), "", 6));
                for (Indicator.ByAgency agency : indicator.byAgency()) {
                    if (Boolean.FALSE.equals(agency.met())) {  // only the agencies short of the target
                        wrapped("      ", label("render.indicator.agency", Untrusted.line(labels.agency(agency.agency())),
                                Percent.of(labels.lang(), indicator, agency), labels.number(agency.numerator()),
                                labels.number(agency.denominator()),
                                style.severity(Severity.ERROR, label("render.indicator.notMet"))), 8);
                    }
                }
            }
        }

        /** An indicator's line in parts kept whole: the measure, then how many records were filled in. */
        private List<String> indicator(Indicator indicator) {
            String name = labels.lang().pick(indicator.name(), indicator.nameEn());
            String target = Percent.target(indicator.target());
            String filled = label("render.indicator.filled", labels.number(indicator.denominator()),
                    labels.number(indicator.unfilled()));
            if (indicator.notComputed()) {
                return List.of(style.dim(label("render.indicator.notComputed", indicator.id(), name,
                        labels.lang().pick(indicator.reason(), indicator.reasonEn()))));
            }
            if (indicator.value() == null) {
                return List.of(style.dim(label("render.indicator.noData", indicator.id(), name, target)),
                        style.dim(filled));
            }
            boolean met = Boolean.TRUE.equals(indicator.met());
            String verdict = met ? style.green(label("render.indicator.met"))
                    : style.severity(Severity.ERROR, label("render.indicator.notMet"));
            return List.of(label("render.indicator", indicator.id(), name, Percent.of(labels.lang(), indicator),
                    labels.number(indicator.numerator()), labels.number(indicator.denominator()), target, verdict),
                    filled);
        }

        private void waivers() throws IOException {
            if (report.waivers() == null) {
                return;
            }
            for (WaiverStatus waiver : report.waivers()) {
                if (!WaiverStatus.APPLIED.equals(waiver.status())) {
                    String text = label("render.waiver." + waiver.status(), waiver.rule(),
                            Untrusted.line(waiver.record()), Untrusted.line(waiver.approvedBy()), waiver.expires());
                    wrapped("  ", WaiverStatus.EXPIRED.equals(waiver.status())
                            ? style.severity(Severity.WARNING, text) : style.dim(text), 4);
                }
            }
        }

        private void verdict() throws IOException {
            Gate gate = report.summary().gate();
            String text = labels.verdict(gate);
            text = gate.passed() ? style.green(text) : style.severity(Severity.ERROR, text);
            List<String> notes = new ArrayList<>();
            if (gate.baselined() > 0) {
                notes.add(label("render.gate.baselined", labels.number(gate.baselined())));
            }
            if (gate.waived() > 0) {
                notes.add(label("render.gate.waived", labels.number(gate.waived())));
            }
            String tail = notes.isEmpty() ? "" : labels.clauseSeparator() + labels.list(notes);
            line(style.bold(text) + tail);
        }

        // ---- helpers

        private String label(String key, Object... args) {
            return labels.message(key, args);
        }

        private String place(String file, String sheet) {
            String shown = file == null ? "" : file;
            return sheet == null ? shown : shown + " [" + sheet + "]";
        }

        private void wrapped(String lead, String text, int indent) throws IOException {
            for (String line : wrapper.wrap(lead, text, indent)) {
                line(line);
            }
        }

        private void line(String text) throws IOException {
            out.line(text);
        }

        private void line(List<String> lines) throws IOException {
            for (String text : lines) {
                out.line(text);
            }
        }
    }
}

package org.fazhi.render.xlsx;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fazhi.model.InputSummary;
import org.fazhi.render.InputNotes;
import org.fazhi.report.FailOn;
import org.fazhi.report.Gate;
import org.fazhi.report.Summary;

/**
 * 说明: provenance. The tool and version, the as-of date, the gate in words, what each sheet
 * holds and the row cap, every input with what was read of it or why it was not, the rules not
 * run and the notes on the run. The report does not carry the inputs' SHA-256, so neither does
 * this sheet (it says so): hashing the files when the report is written would vouch for files
 * that may have changed since they were read.
 */
final class ReadMeSheet {
    private final Context ctx;
    private final List<String> findingSheets;
    private final int rowCap;

    ReadMeSheet(Context ctx, List<String> findingSheets, int rowCap) {
        this.ctx = ctx;
        this.findingSheets = findingSheets;
        this.rowCap = rowCap;
    }

    void write(XSSFSheet sheet) {
        Table t = new Table(sheet, ctx.styles, ctx.lang);
        t.title(ctx.label("xlsx.readme.title"));
        t.blank();
        t.row(ctx.label("xlsx.readme.tool"), ctx.report.tool().name());
        t.row(ctx.label("xlsx.readme.version"), ctx.report.tool().version());
        t.row(ctx.label("xlsx.readme.asOf"), ctx.report.asOf());
        Gate gate = ctx.report.summary().gate();
        t.row(ctx.label("xlsx.readme.gate"), ctx.label("xlsx.readme.gate." + gate.failOn().id()));
        t.row(ctx.label("xlsx.readme.verdict"), gate.failOn() == FailOn.NEVER ? ctx.label("xlsx.gate.never")
                : gate.passed() ? ctx.label("xlsx.gate.passed") : ctx.label("xlsx.gate.failed"));
        t.row(ctx.label("xlsx.gate.counted"), gate.counted());
        t.row(ctx.label("xlsx.gate.baselined"), gate.baselined());
        t.row(ctx.label("xlsx.gate.waived"), gate.waived());
        t.row(ctx.label("xlsx.readme.findings"), ctx.report.findings().size());
        t.blank();

        t.heading(ctx.label("xlsx.readme.sheets"));
        t.row(ctx.label("xlsx.sheet.summary"), ctx.label("xlsx.readme.sheet.summary"));
        t.row(ctx.list(findingSheets), ctx.label(ctx.agencyWorkbook
                ? "xlsx.readme.sheet.findingsAgency" : "xlsx.readme.sheet.findings"));
        t.row(ctx.label("xlsx.sheet.rules"), ctx.label("xlsx.readme.sheet.rules"));
        t.row(ctx.label("xlsx.sheet.dq"), ctx.label("xlsx.readme.sheet.dq"));
        t.row(ctx.label("xlsx.sheet.readme"), ctx.label("xlsx.readme.sheet.readme"));
        t.blank();

        t.heading(ctx.label("xlsx.readme.rowCap"));
        t.row(ctx.label("xlsx.readme.rowCap.limit", rowCap));
        t.row(findingSheets.size() > 1
                ? ctx.label("xlsx.readme.rowCap.split", ctx.report.findings().size(), ctx.list(findingSheets))
                : ctx.label("xlsx.readme.rowCap.none"));
        t.row(ctx.label("xlsx.readme.text"));
        t.blank();

        inputs(t);
        rulesNotRun(t);
        notes(t);
        t.fitColumns();
    }

    private void inputs(Table t) {
        t.heading(ctx.label("xlsx.inputs"));
        t.header(ctx.label("xlsx.col.file"), ctx.label("xlsx.col.sheet"), ctx.label("xlsx.col.recordType"),
                ctx.label("xlsx.col.rows"), ctx.label("xlsx.col.blankRows"), ctx.label("xlsx.col.inputStatus"));
        if (ctx.report.inputs().isEmpty()) {
            t.note(ctx.label("xlsx.inputs.none"));
        }
        for (InputSummary input : ctx.report.inputs()) {
            String status = input.ignored() ? InputNotes.ignoredReason(ctx.lang, input)
                    : ctx.label("xlsx.input.read") + InputNotes.summaryRows(ctx.lang, input);
            if (input.unknownColumns() != null && !input.unknownColumns().isEmpty()) {
                status += ctx.label("xlsx.input.unknownColumns", ctx.list(input.unknownColumns()));
            }
            t.row(input.file(), input.sheet(), ctx.typeName(input.recordType()),
                    input.ignored() ? null : input.rows(), input.ignored() ? null : input.blankRowsSkipped(), status);
        }
        t.note(ctx.label("xlsx.readme.noHash"));
        t.blank();
    }

    private void rulesNotRun(Table t) {
        Summary summary = ctx.report.summary();
        if (summary.skippedRules() == null || summary.skippedRules().isEmpty()) {
            return;
        }
        t.heading(ctx.label("xlsx.skipped"));
        for (Summary.SkippedRules skipped : summary.skippedRules()) {
            t.row(ctx.list(skipped.rules()), ctx.lang.pick(skipped.reason(), skipped.reasonEn()));
        }
        t.blank();
    }

    private void notes(Table t) {
        Summary summary = ctx.report.summary();
        if (summary.notes() == null || summary.notes().isEmpty()) {
            return;
        }
        t.heading(ctx.label("xlsx.notes"));
        for (Summary.Note note : summary.notes()) {
            t.row(ctx.lang.pick(note.text(), note.textEn()));
        }
    }
}

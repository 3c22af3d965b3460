package org.fazhi.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.render.Overview;
import org.fazhi.render.RenderOptions;
import org.fazhi.render.Renderer;
import org.fazhi.report.Report;

/**
 * The workbook for supervisors (outputs.md, "Excel report"): 概览, 问题清单, 规则, 数据问题 and
 * 说明, in the report language, each sheet set up to print. This class only assembles the sheets.
 *
 * <p>The small sheets are built in a plain XSSF workbook; the findings are then streamed into it
 * through SXSSF, a window of {@value #WINDOW} rows at a time, so memory does not grow with the
 * number of findings. The workbook's creation date is the report's as-of date, so the same report
 * gives the same bytes.
 */
public final class XlsxRenderer implements Renderer {
    /** Excel's last row is 1,048,576; one of them is the header. */
    public static final int MAX_DATA_ROWS = 1_048_575;
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int WINDOW = 100;

    private final int rowCap;
    private final boolean agencyWorkbook;

    /** The whole workbook. */
    public XlsxRenderer() {
        this(MAX_DATA_ROWS, false);
    }

    /**
     * @param rowCap         findings per sheet before a continuation sheet (1 … {@link #MAX_DATA_ROWS});
     *                       smaller than Excel's limit only to show continuation sheets
     * @param agencyWorkbook one agency's own workbook ({@code --split-by agency}): its report is
     *                       already restricted to it; the findings get four blank columns for the
     *                       agency's remedies, and 概览 has no ranking of agencies
     */
    public XlsxRenderer(int rowCap, boolean agencyWorkbook) {
        if (rowCap < 1 || rowCap > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 1.." + MAX_DATA_ROWS);
        }
        this.rowCap = rowCap;
        this.agencyWorkbook = agencyWorkbook;
    }

    /** One agency's own workbook. */
    public static XlsxRenderer forAgency() {
        return new XlsxRenderer(MAX_DATA_ROWS, true);
    }

    @Override
    public String name() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public boolean isBinary() {
        return true;
    }

    @Override
    public void render(Report report, RenderOptions options, OutputStream out) throws IOException {
        XSSFWorkbook template = new XSSFWorkbook();
        SXSSFWorkbook workbook = null;
        try {
            Context ctx = new Context(report, options, new Styles(template), agencyWorkbook);
            properties(template, ctx);
            List<String> findingSheets = FindingsSheet.sheetNames(ctx.label("xlsx.sheet.findings"),
                    report.findings().size(), rowCap).stream().map(WorkbookUtil::createSafeSheetName).toList();
            XSSFSheet overview = template.createSheet(ctx.label("xlsx.sheet.summary"));
            List<XSSFSheet> findings = findingSheets.stream().map(template::createSheet).toList();
            XSSFSheet rules = template.createSheet(ctx.label("xlsx.sheet.rules"));
            XSSFSheet dq = template.createSheet(ctx.label("xlsx.sheet.dq"));
            XSSFSheet readMe = template.createSheet(ctx.label("xlsx.sheet.readme"));

            int gridHeader = new OverviewSheet(ctx, Overview.of(report, ctx.lang), findingSheets).write(overview);
            PageSetup.apply(overview, ctx.pageText(), ctx.asOfText(),
                    gridHeader < 0 ? null : new int[] {gridHeader, gridHeader});
            findings.forEach(sheet -> PageSetup.apply(sheet, ctx.pageText(), ctx.asOfText(), new int[] {0, 0}));
            int rulesHeader = new RulesSheet(ctx).write(rules);
            PageSetup.apply(rules, ctx.pageText(), ctx.asOfText(), new int[] {rulesHeader, rulesHeader});
            int dqHeader = new DataQualitySheet(ctx).write(dq);
            PageSetup.apply(dq, ctx.pageText(), ctx.asOfText(), new int[] {dqHeader, dqHeader});
            new ReadMeSheet(ctx, findingSheets, rowCap).write(readMe);
            PageSetup.apply(readMe, ctx.pageText(), ctx.asOfText(), null);

            workbook = new SXSSFWorkbook(template, WINDOW);
            new FindingsSheet(ctx, findingSheets, rowCap).write(workbook, template);
            workbook.write(out);
            out.flush();
        } finally {
            if (workbook != null) {
                workbook.close();
            } else {
                template.close();
            }
        }
    }

    private static void properties(XSSFWorkbook template, Context ctx) {
        Date created;
        try {
            created = Date.from(LocalDate.parse(ctx.report.asOf()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            created = new Date(0);
        }
        var core = template.getProperties().getCoreProperties();
        core.setCreated(Optional.of(created));
        core.setCreator(ctx.report.tool().name() + " " + ctx.report.tool().version());
        core.setTitle(ctx.label("xlsx.overview.title", ctx.report.asOf()));
    }
}

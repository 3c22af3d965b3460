package org.fazhi.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.fazhi.model.InputSummary;
import org.fazhi.render.present.DisplayWidth;
import org.fazhi.report.FailOn;
import org.fazhi.report.Finding;
import org.fazhi.report.Gate;
import org.fazhi.report.Indicator;
import org.fazhi.report.ParameterScopes;
import org.fazhi.report.Related;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;
import org.fazhi.report.Suppression;

/**
 * The workbook for supervisors (outputs.md, "Excel report"): 概览 Summary, 问题清单 Findings,
 * 规则 Rules, 数据问题 Data quality and 说明 ReadMe, labels in the report language.
 *
 * <p>The small sheets (summary with its chart, rules, read-me) are built in a plain XSSF workbook;
 * the findings are then streamed into it through SXSSF, a window of {@value #WINDOW} rows at a
 * time, so the memory used does not grow with the number of findings beyond the report itself.
 * A sheet holds at most {@link #MAX_DATA_ROWS} findings (Excel's limit under a header row); more
 * continue on "问题清单 (2)" and so on, and the read-me says so. Nothing is dropped.
 *
 * <p>Text from the exports is untrusted: every text is written as a string cell, never as a
 * formula, so {@code =HYPERLINK(...)} in a record ID stays the text it was. The workbook's
 * creation date is the report's as-of date, so the same report gives the same bytes.
 */
public final class XlsxRenderer implements Renderer {
    /** Excel's last row is 1,048,576; one of them is the header. */
    public static final int MAX_DATA_ROWS = 1_048_575;
    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    static final int WINDOW = 100;
    /** Excel's limit on the characters in a cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    /** Column widths are fitted to the content, within these bounds (characters). */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final String DQ_PREFIX = "DQ-";

    private final int maxDataRows;

    public XlsxRenderer() {
        this(MAX_DATA_ROWS);
    }

    /** With a smaller row cap per sheet, to exercise continuation sheets in tests. */
    XlsxRenderer(int maxDataRows) {
        if (maxDataRows < 1 || maxDataRows > MAX_DATA_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 1.." + MAX_DATA_ROWS);
        }
        this.maxDataRows = maxDataRows;
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
            Session session = new Session(report, options, template);
            session.buildTemplate();
            workbook = new SXSSFWorkbook(template, WINDOW);
            session.streamFindings(workbook);
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

    /** The columns of the findings sheets, in order. */
    private enum Col {
        SEVERITY("severity"), RULE("rule"), TITLE("title"), AGENCY("agency"), RECORD_TYPE("recordType"),
        RECORD_ID("recordId"), FILE("file"), SHEET("sheet"), ROW("row"), FIELDS("fields"), CLAUSE("clause"),
        MESSAGE("message"), STATUS("status"), WAIVER("waiver"), RELATED("related");

        final String key;

        Col(String key) {
            this.key = "xlsx.col." + key;
        }
    }

    /** One rendering. */
    private final class Session {
        private final Report report;
        private final Lang lang;
        private final Catalogue catalogue;
        private final XSSFWorkbook template;
        private final List<String> findingSheets = new ArrayList<>();
        private final List<String> dqSheets = new ArrayList<>();
        private final Map<String, Optional<String>> links = new HashMap<>();
        private final Map<String, String> ruleTitles = new HashMap<>();
        private final long dqCount;
        private Styles styles;

        Session(Report report, RenderOptions options, XSSFWorkbook template) {
            this.report = report;
            this.lang = options.lang();
            this.catalogue = options.catalogue();
            this.template = template;
            this.dqCount = report.findings().stream().filter(f -> isDq(f.ruleId())).count();
        }

        // ---- the small sheets, built in plain XSSF

        void buildTemplate() throws IOException {
            styles = new Styles(template);
            setCreated();
            String summaryName = label("xlsx.sheet.summary");
            String rulesName = label("xlsx.sheet.rules");
            String readMeName = label("xlsx.sheet.readme");
            findingSheets.addAll(sheetNames(label("xlsx.sheet.findings"), report.findings().size()));
            dqSheets.addAll(sheetNames(label("xlsx.sheet.dq"), dqCount));
            XSSFSheet summary = template.createSheet(summaryName);
            findingSheets.forEach(template::createSheet);
            XSSFSheet rules = template.createSheet(rulesName);
            dqSheets.forEach(template::createSheet);
            XSSFSheet readMe = template.createSheet(readMeName);
            summarySheet(summary);
            rulesSheet(rules);
            readMeSheet(readMe);
        }

        private void setCreated() {
            Date created;
            try {
                created = Date.from(LocalDate.parse(report.asOf()).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException | NullPointerException e) {
                created = new Date(0);
            }
            var core = template.getProperties().getCoreProperties();
            core.setCreated(Optional.of(created));
            core.setCreator(report.tool().name() + " " + report.tool().version());
            core.setTitle(label("xlsx.title", report.tool().name(), report.tool().version(), report.asOf()));
        }

        private List<String> sheetNames(String base, long rows) {
            List<String> names = new ArrayList<>();
            long sheets = Math.max(1, (rows + maxDataRows - 1) / maxDataRows);
            for (int i = 1; i <= sheets; i++) {
                names.add(WorkbookUtil.createSafeSheetName(i == 1 ? base : base + " (" + i + ")"));
            }
            return names;
        }

        private void summarySheet(XSSFSheet sheet) {
            Table t = new Table(sheet);
            t.title(label("xlsx.title", report.tool().name(), report.tool().version(), report.asOf()));
            t.blank();

            t.heading(label("xlsx.inputs"));
            t.header("xlsx.col.file", "xlsx.col.sheet", "xlsx.col.recordType", "xlsx.col.rows", "xlsx.col.blankRows",
                    "xlsx.col.inputStatus");
            if (report.inputs().isEmpty()) {
                t.row(label("xlsx.inputs.none"));
            }
            for (InputSummary input : report.inputs()) {
                String status = input.ignored() ? InputNotes.ignoredReason(lang, input)
                        : label("xlsx.input.read") + InputNotes.summaryRows(lang, input);
                if (input.unknownColumns() != null && !input.unknownColumns().isEmpty()) {
                    status += label("xlsx.input.unknownColumns", String.join(list(), input.unknownColumns()));
                }
                t.row(input.file(), input.sheet(), typeName(input.recordType()),
                        input.ignored() ? null : input.rows(),
                        input.ignored() ? null : input.blankRowsSkipped(), status);
            }
            t.blank();

            Summary summary = report.summary();
            t.heading(label("xlsx.bySeverity"));
            t.header("xlsx.col.severity", "xlsx.col.count");
            int total = 0;
            for (Severity severity : Severity.values()) {
                int n = summary.findings().getOrDefault(severity.id(), 0);
                total += n;
                t.rowStyled(styles.severity(severity), severity(severity), n);
            }
            t.rowStyled(styles.bold, label("xlsx.total"), total);
            t.blank();

            t.heading(label("xlsx.gate"));
            Gate gate = summary.gate();
            t.row(label("xlsx.gate.failOn"), gate.failOn().id());
            t.row(label("xlsx.gate.verdict"), gate.failOn() == FailOn.NEVER ? label("xlsx.gate.never")
                    : gate.passed() ? label("xlsx.gate.passed") : label("xlsx.gate.failed"));
            t.row(label("xlsx.gate.counted"), gate.counted());
            t.row(label("xlsx.gate.baselined"), gate.baselined());
            t.row(label("xlsx.gate.waived"), gate.waived());
            t.blank();

            t.heading(label("xlsx.byRule"));
            t.header("xlsx.col.rule", "xlsx.col.title", "xlsx.col.severity", "xlsx.col.count");
            int chartFirst = t.next;
            for (Map.Entry<String, Integer> entry : summary.byRule().entrySet()) {
                Severity severity = catalogue == null ? null
                        : catalogue.rule(entry.getKey()).map(RuleSpec::severity).orElse(null);
                t.row(entry.getKey(), ruleTitle(entry.getKey()), severity == null ? null : severity(severity),
                        entry.getValue());
            }
            int chartLast = t.next - 1;
            t.blank();

            t.heading(label("xlsx.byAgency"));
            t.header("xlsx.col.agency", "xlsx.col.severity." + Severity.ERROR.id(),
                    "xlsx.col.severity." + Severity.WARNING.id(), "xlsx.col.severity." + Severity.INFO.id(),
                    "xlsx.col.count");
            Map<String, int[]> byAgency = new TreeMap<>();
            for (Finding finding : report.findings()) {
                String agency = finding.agency() == null || finding.agency().isEmpty()
                        ? label("xlsx.agency.none") : finding.agency();
                int[] counts = byAgency.computeIfAbsent(agency, a -> new int[4]);
                counts[finding.severity().ordinal()]++;
                counts[3]++;
            }
            byAgency.forEach((agency, n) -> t.row(agency, n[0], n[1], n[2], n[3]));
            t.blank();

            t.heading(label("xlsx.indicators"));
            t.header("xlsx.col.indicator", "xlsx.col.name", "xlsx.col.agency", "xlsx.col.target", "xlsx.col.value",
                    "xlsx.col.numerator", "xlsx.col.denominator", "xlsx.col.met", "xlsx.col.clause",
                    "xlsx.col.unfilled", "xlsx.col.reason");
            List<Indicator> indicators = report.indicators() == null ? List.of() : report.indicators();
            if (indicators.isEmpty()) {
                t.row(label("xlsx.indicators.none"));
            }
            for (Indicator indicator : indicators) {
                String name = lang.pick(indicator.name(), indicator.nameEn());
                String reason = indicator.notComputed() ? lang.pick(indicator.reason(), indicator.reasonEn()) : null;
                indicatorRow(t, indicator.id(), name, label("xlsx.indicator.overall"), indicator.target(),
                        indicator.value(), indicator.numerator(), indicator.denominator(), indicator.unfilled(),
                        indicator.met(), indicator.clause(), reason);
                if (indicator.byAgency() != null) {
                    for (Indicator.ByAgency agency : indicator.byAgency()) {
                        indicatorRow(t, indicator.id(), name, agency.agency(), indicator.target(), agency.value(),
                                agency.numerator(), agency.denominator(), agency.unfilled(), agency.met(),
                                indicator.clause(), reason);
                    }
                }
            }
            if (summary.skippedRules() != null && !summary.skippedRules().isEmpty()) {
                t.blank();
                t.heading(label("xlsx.skipped"));
                for (Summary.SkippedRules skipped : summary.skippedRules()) {
                    t.row(String.join(list(), skipped.rules()), lang.pick(skipped.reason(), skipped.reasonEn()));
                }
            }
            if (summary.notes() != null && !summary.notes().isEmpty()) {
                t.blank();
                t.heading(label("xlsx.notes"));
                for (Summary.Note note : summary.notes()) {
                    t.row(lang.pick(note.text(), note.textEn()));
                }
            }
            t.fitColumns();
            if (chartLast >= chartFirst) {
                chart(sheet, chartFirst, chartLast, t.widestColumn() + 1);
            }
        }

        private void indicatorRow(Table t, String id, String name, String agency, double target, Double value,
                                  Integer numerator, int denominator, int unfilled, Boolean met, String clause,
                                  String notComputed) {
            String verdict = notComputed != null ? label("xlsx.indicator.notComputed")
                    : value == null ? label("xlsx.indicator.noData")
                    : Boolean.TRUE.equals(met) ? label("xlsx.indicator.met") : label("xlsx.indicator.notMet");
            Row row = t.row(id, name, agency, null, null, numerator, denominator, verdict, clause, unfilled,
                    notComputed);
            Cell targetCell = row.createCell(3);
            targetCell.setCellValue(target);
            targetCell.setCellStyle(styles.percent);
            Cell valueCell = row.createCell(4);
            if (value == null) {
                valueCell.setCellValue(notComputed != null ? label("xlsx.indicator.notComputed")
                        : label("xlsx.indicator.noData"));
            } else {
                valueCell.setCellValue(value);
                valueCell.setCellStyle(styles.percent);
            }
            if (value != null && met != null) {
                row.getCell(7).setCellStyle(met ? styles.met : styles.notMet);
            }
        }

        /** A bar chart of the findings per rule, from the by-rule table (rule ID in A, count in D). */
        private void chart(XSSFSheet sheet, int first, int last, int column) {
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            int height = Math.max(15, Math.min(40, (last - first + 1) + 8));
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, column, 2, column + 10, 2 + height);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(label("xlsx.chart.byRule"));
            chart.setTitleOverlay(false);
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFDataSource<String> rules = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(first, last, 0, 0));
            XDDFNumericalDataSource<Double> counts = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, last, 3, 3));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            XDDFChartData.Series series = data.addSeries(rules, counts);
            series.setTitle(label("xlsx.col.count"), null);
            chart.plot(data);
        }

        private void rulesSheet(XSSFSheet sheet) {
            Table t = new Table(sheet);
            t.heading(label("xlsx.rules"));
            int headerRow = t.next;
            t.header("xlsx.col.rule", "xlsx.col.severity", "xlsx.col.recordType", "xlsx.col.title", "xlsx.col.clause",
                    "xlsx.col.basis", "xlsx.col.parameters", "xlsx.col.ruleStatus", "xlsx.col.count");
            Map<String, String> skipped = new HashMap<>();
            if (report.summary().skippedRules() != null) {
                for (Summary.SkippedRules s : report.summary().skippedRules()) {
                    s.rules().forEach(id -> skipped.put(id, lang.pick(s.reason(), s.reasonEn())));
                }
            }
            List<RuleSpec> rules = catalogue == null ? List.of() : catalogue.rules();
            Set<String> used = new LinkedHashSet<>();
            for (RuleSpec rule : rules) {
                rule.parameters().forEach(used::add);
                String status = skipped.containsKey(rule.id()) ? label("xlsx.rule.skipped", skipped.get(rule.id()))
                        : label("xlsx.rule.ran");
                Row row = t.row(rule.id(), severity(rule.severity()),
                        rule.appliesToAllTypes() ? label("xlsx.allTypes") : typeName(rule.recordType()),
                        rule.title().in(lang), rule.clause(), rule.basis(), String.join(", ", rule.parameters()),
                        status, report.summary().byRule().getOrDefault(rule.id(), 0));
                row.getCell(1).setCellStyle(styles.severity(rule.severity()));
            }
            if (t.next > headerRow + 1) {
                sheet.setAutoFilter(new CellRangeAddress(headerRow, t.next - 1, 0, 8));
            }
            t.blank();
            t.heading(label("xlsx.parameters"));
            t.header("xlsx.col.param", "xlsx.col.paramValue", "xlsx.col.paramDefault", "xlsx.col.paramDescription",
                    "xlsx.col.usedBy");
            Set<String> names = new LinkedHashSet<>();
            if (catalogue != null) {
                catalogue.parameters().forEach(p -> names.add(p.name()));
            }
            if (report.parameters() != null) {
                names.addAll(report.parameters().keySet());
            }
            for (String name : names) {
                Object value = report.parameters() == null ? null : report.parameters().get(name);
                ParameterSpec spec = catalogue == null ? null : catalogue.parameter(name).orElse(null);
                List<String> usedBy = rules.stream().filter(r -> r.parameters().contains(name)).map(RuleSpec::id)
                        .toList();
                t.row(name, value == null ? null : ParameterSpec.spell(value),
                        spec == null ? null : ParameterSpec.spell(spec.defaultValue()),
                        spec == null ? null : spec.description().in(lang), String.join(", ", usedBy));
            }
            scopedParameters(t);
            sheet.createFreezePane(1, headerRow + 1);
            t.fitColumns();
        }

        /** The overrides a params file made per 执法领域 and per agency, under the run's values. */
        private void scopedParameters(Table t) {
            ParameterScopes scopes = report.parameterScopes();
            if (scopes == null || scopes.byField().isEmpty() && scopes.byAgency().isEmpty()) {
                return;
            }
            t.blank();
            t.heading(label("xlsx.parameters.scoped"));
            t.header("xlsx.col.scope", "xlsx.col.param", "xlsx.col.paramValue");
            scopes.byField().forEach((field, values) -> values.forEach((name, value) ->
                    t.row(label("xlsx.scope.field", field), name, ParameterSpec.spell(value))));
            scopes.byAgency().forEach((agency, values) -> values.forEach((name, value) ->
                    t.row(label("xlsx.scope.agency", agency), name, ParameterSpec.spell(value))));
        }

        private void readMeSheet(XSSFSheet sheet) {
            Table t = new Table(sheet);
            t.title(label("xlsx.title", report.tool().name(), report.tool().version(), report.asOf()));
            t.blank();
            t.row(label("xlsx.readme.tool"), report.tool().name());
            t.row(label("xlsx.readme.version"), report.tool().version());
            t.row(label("xlsx.readme.asOf"), report.asOf());
            t.row(label("xlsx.readme.schema"), report.schema());
            t.row(label("xlsx.readme.failOn"), report.summary().gate().failOn().id());
            t.row(label("xlsx.readme.findings"), report.findings().size());
            t.row(label("xlsx.readme.dq"), dqCount);
            t.blank();

            t.heading(label("xlsx.readme.sheets"));
            t.row(label("xlsx.sheet.summary"), label("xlsx.readme.sheet.summary"));
            t.row(String.join(list(), findingSheets), label("xlsx.readme.sheet.findings"));
            t.row(label("xlsx.sheet.rules"), label("xlsx.readme.sheet.rules"));
            t.row(String.join(list(), dqSheets), label("xlsx.readme.sheet.dq"));
            t.blank();

            t.heading(label("xlsx.readme.rowCap"));
            t.row(label("xlsx.readme.rowCap.limit", maxDataRows));
            if (findingSheets.size() > 1 || dqSheets.size() > 1) {
                t.row(label("xlsx.readme.rowCap.split", report.findings().size(), String.join(list(), findingSheets),
                        dqCount, String.join(list(), dqSheets)));
            } else {
                t.row(label("xlsx.readme.rowCap.none"));
            }
            t.row(label("xlsx.readme.text"));
            t.blank();

            t.heading(label("xlsx.readme.inputs"));
            t.header("xlsx.col.file", "xlsx.col.sha256");
            Set<String> files = new LinkedHashSet<>();
            report.inputs().forEach(i -> files.add(i.file()));
            for (String file : files) {
                t.row(file, sha256(file).orElse(label("xlsx.readme.notOnDisk")));
            }
            if (files.isEmpty()) {
                t.row(label("xlsx.inputs.none"));
            }
            t.blank();

            t.heading(label("xlsx.parameters"));
            t.header("xlsx.col.param", "xlsx.col.paramValue");
            if (report.parameters() != null) {
                report.parameters().forEach((name, value) -> t.row(name, ParameterSpec.spell(value)));
            }
            t.fitColumns();
        }

        // ---- the findings, streamed

        void streamFindings(SXSSFWorkbook workbook) {
            List<Finding> findings = report.findings();
            FindingWriter all = new FindingWriter(workbook, findingSheets);
            FindingWriter dq = new FindingWriter(workbook, dqSheets);
            for (Finding finding : findings) {
                all.write(finding);
                if (isDq(finding.ruleId())) {
                    dq.write(finding);
                }
            }
            all.finish();
            dq.finish();
        }

        /** Writes findings to a sheet and its continuation sheets, header and formatting included. */
        private final class FindingWriter {
            private final Workbook workbook;
            private final List<String> names;
            private int sheetIndex = -1;
            private Sheet sheet;
            private int next;
            private final int[] widths = new int[Col.values().length];
            private String linkAddress;
            private int linkFirst;
            private int linkLast;

            FindingWriter(Workbook workbook, List<String> names) {
                this.workbook = workbook;
                this.names = names;
                open();
            }

            private void open() {
                if (sheet != null) {
                    finish();
                }
                sheetIndex++;
                sheet = workbook.getSheet(names.get(sheetIndex));
                next = 0;
                java.util.Arrays.fill(widths, MIN_WIDTH);
                Row header = sheet.createRow(next++);
                for (Col col : Col.values()) {
                    String text = label(col.key);
                    Cell cell = header.createCell(col.ordinal());
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.header);
                    track(col, text);
                }
                sheet.createFreezePane(0, 1);
            }

            void write(Finding finding) {
                if (next > maxDataRows) {
                    open();
                }
                Row row = sheet.createRow(next++);
                Cell severity = text(row, Col.SEVERITY, severity(finding.severity()));
                severity.setCellStyle(styles.severity(finding.severity()));
                text(row, Col.RULE, finding.ruleId());
                text(row, Col.TITLE, ruleTitle(finding.ruleId()));
                text(row, Col.AGENCY, finding.agency());
                text(row, Col.RECORD_TYPE, typeName(finding.recordType()));
                text(row, Col.RECORD_ID, finding.recordId());
                SourceRef source = finding.source();
                if (source != null) {
                    Cell file = text(row, Col.FILE, source.file());
                    Optional<String> link = link(source.file());
                    if (link.isPresent()) {
                        file.setCellStyle(styles.link);
                        linkRow(row.getRowNum(), link.get());
                    } else {
                        endLinks();
                    }
                    text(row, Col.SHEET, source.sheet());
                    Cell line = row.createCell(Col.ROW.ordinal());
                    line.setCellValue(source.row());
                    track(Col.ROW, Integer.toString(source.row()));
                }
                text(row, Col.FIELDS, fields(finding.fields()));
                text(row, Col.CLAUSE, finding.clause());
                text(row, Col.MESSAGE, lang.pick(finding.message(), finding.messageEn()));
                text(row, Col.STATUS, status(finding));
                Suppression suppression = finding.suppression();
                if (suppression != null && suppression.isWaiver()) {
                    text(row, Col.WAIVER, label("xlsx.waiver", nonNull(suppression.reason()),
                            nonNull(suppression.approvedBy()), nonNull(suppression.expires())));
                }
                if (finding.related() != null && !finding.related().isEmpty()) {
                    List<String> members = new ArrayList<>(finding.related().size());
                    for (Related member : finding.related()) {
                        members.add(member.source() == null ? member.recordId()
                                : member.recordId() + " (" + member.source().row() + ")");
                    }
                    text(row, Col.RELATED, String.join("; ", members));
                }
            }

            /**
             * The file cell of this row links to that address. Findings come sorted by file, so
             * consecutive rows of one file share one hyperlink over their range of cells: one
             * hyperlink (and one relationship) per run of rows, not one per finding.
             */
            private void linkRow(int row, String address) {
                if (linkAddress != null && linkAddress.equals(address) && row == linkLast + 1) {
                    linkLast = row;
                    return;
                }
                endLinks();
                linkAddress = address;
                linkFirst = row;
                linkLast = row;
            }

            private void endLinks() {
                if (linkAddress == null) {
                    return;
                }
                XSSFHyperlink hyperlink = template.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                hyperlink.setAddress(linkAddress);
                int column = Col.FILE.ordinal();
                hyperlink.setCellReference(
                        new CellRangeAddress(linkFirst, linkLast, column, column).formatAsString());
                template.getSheet(names.get(sheetIndex)).addHyperlink(hyperlink);
                linkAddress = null;
            }

            void finish() {
                endLinks();
                int last = Col.values().length - 1;
                sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, last));
                for (Col col : Col.values()) {
                    sheet.setColumnWidth(col.ordinal(), widths[col.ordinal()] * 256);
                }
            }

            private Cell text(Row row, Col col, String value) {
                Cell cell = row.createCell(col.ordinal());
                if (value != null && !value.isEmpty()) {
                    String safe = cellText(value);
                    cell.setCellValue(safe);
                    track(col, safe);
                }
                return cell;
            }

            private void track(Col col, String text) {
                int i = col.ordinal();
                if (widths[i] < MAX_WIDTH) {
                    widths[i] = Math.min(MAX_WIDTH, Math.max(widths[i], displayWidth(text) + 2));
                }
            }
        }

        private String status(Finding finding) {
            Suppression suppression = finding.suppression();
            if (suppression != null) {
                return suppression.isBaseline() ? label("xlsx.status.baselined") : label("xlsx.status.waived");
            }
            return report.summary().gate().failOn().counts(finding.severity()) ? label("xlsx.status.counted")
                    : label("xlsx.status.below");
        }

        private Optional<String> link(String file) {
            return links.computeIfAbsent(file, f -> {
                try {
                    Path path = Path.of(f);
                    return Files.isRegularFile(path)
                            ? Optional.of(path.toAbsolutePath().normalize().toUri().toString()) : Optional.empty();
                } catch (InvalidPathException | SecurityException e) {
                    return Optional.empty();
                }
            });
        }

        // ---- helpers

        private String label(String key, Object... args) {
            return Messages.get(lang, key, args);
        }

        private String severity(Severity severity) {
            return label("xlsx.severity." + severity.id());
        }

        private String typeName(String key) {
            if (key == null) {
                return null;
            }
            return RecordTypes.byKey(key).map(t -> lang.pick(t.name(), t.nameEn())).orElse(key);
        }

        private String ruleTitle(String id) {
            return ruleTitles.computeIfAbsent(id, r -> catalogue == null ? ""
                    : catalogue.rule(r).map(RuleSpec::title).map(t -> t.in(lang)).orElse(""));
        }

        private String list() {
            return lang.pick("，", ", ");
        }

        /** A table written row by row from the top of a plain sheet; widths fitted at the end. */
        private final class Table {
            private final XSSFSheet sheet;
            private final Map<Integer, Integer> widths = new TreeMap<>();
            int next;

            Table(XSSFSheet sheet) {
                this.sheet = sheet;
            }

            void title(String text) {
                Cell cell = sheet.createRow(next++).createCell(0);
                cell.setCellValue(cellText(text));
                cell.setCellStyle(styles.title);
            }

            void heading(String text) {
                Cell cell = sheet.createRow(next++).createCell(0);
                cell.setCellValue(cellText(text));
                cell.setCellStyle(styles.bold);
            }

            void blank() {
                next++;
            }

            void header(String... keys) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < keys.length; i++) {
                    String text = label(keys[i]);
                    Cell cell = row.createCell(i);
                    cell.setCellValue(text);
                    cell.setCellStyle(styles.header);
                    track(i, text);
                }
            }

            Row row(Object... values) {
                return rowStyled(null, values);
            }

            /** A row; the style, if any, goes on its first cell. */
            Row rowStyled(CellStyle firstStyle, Object... values) {
                Row row = sheet.createRow(next++);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                        track(i, value.toString());
                    } else {
                        String text = cellText(value.toString());
                        cell.setCellValue(text);
                        // A lone text in column A (a note) is not a column to widen.
                        if (values.length > 1) {
                            track(i, text);
                        }
                    }
                }
                if (firstStyle != null && row.getCell(0) != null) {
                    row.getCell(0).setCellStyle(firstStyle);
                }
                return row;
            }

            private void track(int column, String text) {
                widths.merge(column, Math.min(MAX_WIDTH, displayWidth(text) + 2), Math::max);
            }

            void fitColumns() {
                widths.forEach((column, width) -> sheet.setColumnWidth(column, Math.max(MIN_WIDTH, width) * 256));
            }

            int widestColumn() {
                return widths.isEmpty() ? 0 : ((TreeMap<Integer, Integer>) widths).lastKey();
            }
        }
    }

    /** The cell styles, made once per workbook. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle bold;
        final XSSFCellStyle header;
        final XSSFCellStyle percent;
        final XSSFCellStyle link;
        final XSSFCellStyle met;
        final XSSFCellStyle notMet;
        private final Map<Severity, XSSFCellStyle> severities = new LinkedHashMap<>();

        Styles(XSSFWorkbook workbook) {
            XSSFFont titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            XSSFFont boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            header = workbook.createCellStyle();
            header.setFont(boldFont);
            header.setFillForegroundColor(color(0xD9, 0xE1, 0xF2));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            XSSFFont linkFont = workbook.createFont();
            linkFont.setUnderline(Font.U_SINGLE);
            linkFont.setColor(color(0x05, 0x63, 0xC1));
            link = workbook.createCellStyle();
            link.setFont(linkFont);
            met = filled(workbook, color(0xC6, 0xEF, 0xCE), color(0x00, 0x61, 0x00));
            notMet = filled(workbook, color(0xFF, 0xC7, 0xCE), color(0x9C, 0x00, 0x06));
            severities.put(Severity.ERROR, filled(workbook, color(0xFF, 0xC7, 0xCE), color(0x9C, 0x00, 0x06)));
            severities.put(Severity.WARNING, filled(workbook, color(0xFF, 0xEB, 0x9C), color(0x9C, 0x57, 0x00)));
            severities.put(Severity.INFO, filled(workbook, color(0xDD, 0xEB, 0xF7), color(0x1F, 0x4E, 0x78)));
        }

        XSSFCellStyle severity(Severity severity) {
            return severities.get(severity);
        }

        private static XSSFCellStyle filled(XSSFWorkbook workbook, XSSFColor fill, XSSFColor text) {
            XSSFFont font = workbook.createFont();
            font.setColor(text);
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setFillForegroundColor(fill);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        }

        private static XSSFColor color(int r, int g, int b) {
            return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
        }
    }

    // ---- static helpers

    static boolean isDq(String ruleId) {
        return ruleId != null && ruleId.startsWith(DQ_PREFIX);
    }

    /** Fields with the values seen: {@code key=value; key=value}, a blank value shown empty. */
    static String fields(Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(entry.getKey()).append('=').append(entry.getValue() == null ? "" : entry.getValue());
        }
        return text.toString();
    }

    /** Text as a cell holds it: cut to Excel's limit, with an ellipsis to show it was cut. */
    static String cellText(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static int displayWidth(String text) {
        return DisplayWidth.of(text.length() > MAX_WIDTH * 2 ? text.substring(0, MAX_WIDTH * 2) : text);
    }

    /** SHA-256 of the file as it is on disk now, or empty when it is not there. */
    static Optional<String> sha256(String file) {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(path)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | InvalidPathException | SecurityException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}

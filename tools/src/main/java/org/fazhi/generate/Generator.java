package org.fazhi.generate;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.fazhi.generate.World.Agency;
import org.fazhi.generate.World.Basis;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.evaluate.CalendarLoader;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.ParametersLoader;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.Suggestion;
import org.fazhi.rules.CaseDeadlines;
import org.fazhi.rules.DecisionSteps;
import org.fazhi.rules.Documents;
import org.fazhi.rules.Litigations;
import org.fazhi.rules.Officers;
import org.fazhi.rules.PenaltyTerms;
import org.fazhi.rules.Reconsiderations;
import org.fazhi.rules.Suggestions;

/**
 * Makes a synthetic export of every record type, deterministically from a seed: realistic Kunming
 * agencies, people, dates and amounts in the spellings records.md allows, and a known share of
 * records that each carry one rule's violation (see {@link Plan}). Every other record passes every
 * rule when checked on or after {@link #LATEST_DATE}. Rows are made one at a time and handed to a
 * {@link RowSink}; only the officers (about one per 50 cases) are held, so the cases they handle
 * can name them.
 */
public final class Generator {
    /** No generated date, except deadlines and certificate ends, lies after this day. */
    public static final LocalDate LATEST_DATE = LocalDate.of(2025, 12, 31);

    /** The rules a case can be made to break, in planting order. */
    static final List<String> CASE_RULES = List.of("ENF-001", "ENF-002", "ENF-003", "ENF-004", "ENF-005",
            "ENF-006", "ENF-007", "ENF-008", "ENF-009", "ENF-010", "ENF-011", "ENF-012", "ENF-013", "ENF-014",
            "ENF-015", "ENF-016", "ENF-017", "ENF-018", "ENF-019", "ENF-020", "ENF-021", "ENF-022", "ENF-023",
            "ENF-024", "ENF-025", "ENF-026", "ENF-027",
            "DQ-001", "DQ-002", "DQ-003", "DQ-004", "DQ-005", "DQ-006");
    static final List<String> DECISION_RULES = IntStream.rangeClosed(1, 19)
            .mapToObj(i -> String.format("DEC-%03d", i)).toList();
    static final List<String> OFFICER_RULES = List.of("STF-001", "STF-002", "STF-003");
    static final List<String> DOCUMENT_RULES = List.of("DOC-001", "DOC-002", "DOC-003", "DOC-004", "DOC-005", "DOC-006");
    static final List<String> INSPECTION_RULES = List.of("INS-001", "INS-002", "INS-003", "INS-004");
    static final List<String> LITIGATION_RULES = List.of("LIT-001", "LIT-002");
    static final List<String> RECONSIDERATION_RULES = List.of("REC-001", "REC-002", "REC-003", "REC-004");
    static final List<String> SUGGESTION_RULES = List.of("SUG-001");
    static final List<String> AGENCY_RULES = List.of("AGY-001");
    /** The years of the agencies' yearly records: one completed, one in progress at {@link #LATEST_DATE}. */
    private static final List<Integer> AGENCY_YEARS = List.of(2024, 2025);

    /** Every rule some generated record breaks (when the share of violations is above zero). */
    public static List<String> plantedRules() {
        List<String> all = new ArrayList<>();
        for (List<String> rules : List.of(DECISION_RULES, CASE_RULES, OFFICER_RULES, DOCUMENT_RULES,
                INSPECTION_RULES, LITIGATION_RULES, RECONSIDERATION_RULES, SUGGESTION_RULES, AGENCY_RULES)) {
            all.addAll(rules);
        }
        return all;
    }

    /**
     * The built-in rules' parameter defaults: the thresholds and deadlines planted violations
     * break and the other records keep, read from the catalogue, not copied.
     */
    static final Parameters DEFAULTS = new ParametersLoader(Catalogue.builtIn()).defaults();
    /** Same-week suspension orders per planted ENF-020 group (the rule's threshold). */
    static final int SUSPENSION_GROUP = DEFAULTS.intValue("blanket_suspension_min_cases");
    /** Inspections of one enterprise in one year that are allowed (INS-001); a planted group has one more. */
    private static final int INSPECTIONS_PER_YEAR = DEFAULTS.intValue("max_inspections_per_year");
    static final int INSPECTION_GROUP = INSPECTIONS_PER_YEAR + 1;
    /** Officers that are never planted: two enforcement officers and one legal reviewer per agency. */
    private static final int RESERVED_OFFICERS = 3 * World.AGENCIES.size();
    private static final int MIN_SMALL_TYPE = 20;
    /** Calendar days from notice to decision that hold more than five working days even across 国庆 or 春节. */
    private static final int HEARING_REQUEST_MARGIN = 21;

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    /** The days from filing to decision, and with an approved extension (ENF-014, ENF-026). */
    private static final int DECISION_DAYS = DEFAULTS.intValue("decision_deadline_days");
    private static final int EXTENDED_DECISION_DAYS = DECISION_DAYS + DEFAULTS.intValue("decision_extension_days");
    /** The training year officers report: the last completed year of the generated period. */
    private static final int TRAINING_YEAR = 2024;
    /** Inspections from this day on are checked for approval and officers (INS-003). */
    private static final LocalDate INSPECTION_RULES_FROM = DEFAULTS.date("inspection_rules_from");
    /** The categories of lawsuits: those in which the head must appear (LIT-001), and 其他. */
    private static final List<String> CATEGORIES = categories();
    private static final String OTHER = "其他";

    private static List<String> categories() {
        List<String> categories = new ArrayList<>(Litigations.HEAD_MUST_APPEAR);
        categories.add(OTHER);
        return List.copyOf(categories);
    }

    /** How many records of each type an export with {@code cases} cases holds. */
    public record Counts(int decisions, int cases, int officers, int documents, int inspections, int litigation,
                         int reconsiderations, int suggestions, int agencies) {
        public static Counts of(int cases) {
            int small = Math.max(cases / 100, MIN_SMALL_TYPE);
            return new Counts(small, cases, Math.max(cases / 50, RESERVED_OFFICERS + OFFICER_RULES.size()), small,
                    Math.max(cases / 2, MIN_SMALL_TYPE), small, small, small,
                    (World.AGENCIES.size() + World.GOVERNMENTS.size()) * AGENCY_YEARS.size());
        }

        /** The number of records of one type, by its key. */
        public int of(String typeKey) {
            return switch (typeKey) {
                case "decision" -> decisions;
                case "case" -> cases;
                case "officer" -> officers;
                case "document" -> documents;
                case "inspection" -> inspections;
                case "litigation" -> litigation;
                case "reconsideration" -> reconsiderations;
                case "suggestion" -> suggestions;
                case "agency" -> agencies;
                default -> throw new IllegalArgumentException(typeKey);
            };
        }

        public long total() {
            return (long) decisions + cases + officers + documents + inspections + litigation + reconsiderations
                    + suggestions + agencies;
        }
    }

    private enum OfficerKind { ENFORCER, REVIEWER, LOW_TRAINING, UNQUALIFIED_REVIEWER, EXPIRED }

    private final long seed;
    private final double violations;
    private final Counts counts;
    private final OfficerKind[] officerKinds;
    private final List<List<String>> enforcers = new ArrayList<>();
    private final List<List<String>> reviewers = new ArrayList<>();
    private final List<String> unqualifiedReviewers = new ArrayList<>();
    private final List<String> expiredOfficers = new ArrayList<>();

    /**
     * @param cases      the number of penalty cases; the other types are scaled from it
     * @param seed       the same seed and options give the same export
     * @param violations the share of records that carry a planted violation, 0 to 1
     */
    public Generator(int cases, long seed, double violations) {
        if (cases < 1) {
            throw new IllegalArgumentException("cases must be at least 1");
        }
        if (!(violations >= 0 && violations <= 1)) {
            throw new IllegalArgumentException("violations must be between 0 and 1");
        }
        this.seed = seed;
        this.violations = violations;
        this.counts = Counts.of(cases);
        this.officerKinds = new OfficerKind[counts.officers()];
        planOfficers();
    }

    public Counts counts() {
        return counts;
    }

    /** Writes one CSV file per record type into {@code directory}. */
    public void writeCsv(Path directory) throws IOException {
        write(directory, ExportFormat.CSV, Layout.TIDY);
    }

    /** Writes one workbook with a sheet per record type. */
    public void writeXlsx(Path file) throws IOException {
        write(file, ExportFormat.XLSX, Layout.TIDY);
    }

    /** Writes one workbook with a sheet per record type, laid out as {@code layout} says. */
    public void writeXlsx(Path file, Layout layout) throws IOException {
        write(file, ExportFormat.XLSX, layout);
    }

    /**
     * Whether every record type fits on one sheet of {@code format} in {@code layout} (an
     * {@code .xls} sheet holds 65,536 rows).
     */
    public boolean fits(ExportFormat format, Layout layout) {
        for (RecordType type : RecordTypes.all()) {
            if (SheetExport.rows(type, layout, counts.of(type.key())) > format.maxRows()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes the export to {@code target}: a directory for CSV, else one file with a sheet (or
     * table) per record type, laid out as {@code layout} says.
     *
     * @throws IllegalArgumentException when it does not {@link #fits fit} the format; nothing is written then
     */
    public void write(Path target, ExportFormat format, Layout layout) throws IOException {
        if (!fits(format, layout)) {
            throw new IllegalArgumentException(counts.cases() + " cases do not fit " + format.key() + " in the "
                    + layout.name().toLowerCase(Locale.ROOT) + " layout");
        }
        if (format == ExportFormat.CSV) {
            try (RowSink export = layout == Layout.TIDY ? new CsvExport(csvGrid(target, layout))
                    : new SheetExport(csvGrid(target, layout), layout)) {
                write(export, false);
            }
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
             SheetExport export = new SheetExport(grid(format, layout, out), layout)) {
            write(export, true);
        }
    }

    /** UTF-8 with Unix line ends in the tidy layout; GBK with Windows line ends in the messy one, as older systems write. */
    private static Grid csvGrid(Path directory, Layout layout) throws IOException {
        return layout == Layout.MESSY ? new CsvGrid(directory, Charset.forName("GBK"), "\r\n")
                : new CsvGrid(directory, StandardCharsets.UTF_8, "\n");
    }

    private static Grid grid(ExportFormat format, Layout layout, OutputStream out) throws IOException {
        return switch (format) {
            case XLSX -> PoiGrid.xlsx(out);
            case XLS -> PoiGrid.xls(out);
            case HTML -> new HtmlGrid(out, layout == Layout.MESSY ? Charset.forName("GBK") : StandardCharsets.UTF_8);
            case CSV -> throw new IllegalArgumentException("a CSV export is a directory of files");
        };
    }

    /** Writes every record type, in records.md order. */
    public void write(RowSink sink, boolean spreadsheet) throws IOException {
        decisions(sink, spreadsheet);
        cases(sink, spreadsheet);
        officers(sink, spreadsheet);
        documents(sink, spreadsheet);
        inspections(sink, spreadsheet);
        litigation(sink, spreadsheet);
        reconsiderations(sink, spreadsheet);
        suggestions(sink, spreadsheet);
        agencies(sink, spreadsheet);
    }

    private SplittableRandom random(int stream) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L);
    }

    private static String title(Cells cells) {
        return "昆明市" + cells.type().name() + "台账（模拟数据）";
    }

    private static LocalDate day(SplittableRandom random, int span) {
        return START.plusDays(random.nextInt(span));
    }

    /** Whole years a moment past a limitation period in years (ENF-019, ENF-027): the period plus one. */
    static int yearsAfter(String parameter) {
        return DEFAULTS.decimal(parameter).intValue() + 1;
    }

    /** The day {@code n} working days after {@code day}, by the official calendar (ENF-016 counts so). */
    private static LocalDate workdaysAfter(LocalDate day, int n) {
        WorkCalendar calendar = CalendarLoader.official();
        LocalDate result = day;
        for (int left = n; left > 0; ) {
            result = result.plusDays(1);
            if (calendar.isWorkday(result)) {
                left--;
            }
        }
        return result;
    }

    /** The words without the one at {@code index}. */
    private static List<String> lacking(List<String> words, int index) {
        List<String> rest = new ArrayList<>(words);
        rest.remove(index);
        return rest;
    }

    private static int between(SplittableRandom random, int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static BigDecimal yuan(SplittableRandom random, int low, int high, int step) {
        return BigDecimal.valueOf((long) between(random, low / step, high / step) * step);
    }

    // ---------------------------------------------------------------- officers

    private void planOfficers() {
        int agencies = World.AGENCIES.size();
        for (int a = 0; a < agencies; a++) {
            enforcers.add(new ArrayList<>());
            reviewers.add(new ArrayList<>());
        }
        SplittableRandom random = random(30);
        Plan plan = new Plan(counts.officers() - RESERVED_OFFICERS, violations, OFFICER_RULES, r -> 1);
        for (int i = 0; i < counts.officers(); i++) {
            String id = officerId(i);
            int agency = i % agencies;
            String rule = i < RESERVED_OFFICERS ? null : plan.at(i - RESERVED_OFFICERS);
            OfficerKind kind;
            if (rule != null) {
                kind = switch (rule) {
                    case "STF-001" -> OfficerKind.LOW_TRAINING;
                    case "STF-002" -> OfficerKind.UNQUALIFIED_REVIEWER;
                    default -> OfficerKind.EXPIRED;
                };
            } else if (i < 2 * agencies) {
                kind = OfficerKind.ENFORCER;
            } else if (i < RESERVED_OFFICERS) {
                kind = OfficerKind.REVIEWER;
            } else {
                kind = random.nextInt(5) == 0 ? OfficerKind.REVIEWER : OfficerKind.ENFORCER;
            }
            officerKinds[i] = kind;
            switch (kind) {
                case ENFORCER -> enforcers.get(agency).add(id);
                case REVIEWER -> reviewers.get(agency).add(id);
                case UNQUALIFIED_REVIEWER -> unqualifiedReviewers.add(id);
                case EXPIRED -> expiredOfficers.add(id);
                default -> { }
            }
        }
    }

    /** The legal role a reviewer has (STF-002, ENF-008). */
    private static final String LEGAL_REVIEW = Officers.LEGAL_ROLES.get(0);

    private static String officerId(int i) {
        return String.format("5301%05d", i + 1);
    }

    private void officers(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("officer").orElseThrow());
        SplittableRandom random = random(3);
        Speller spell = new Speller(random(103), spreadsheet);
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.officers(); i++) {
            OfficerKind kind = officerKinds[i];
            Agency agency = World.AGENCIES.get(i % World.AGENCIES.size());
            boolean reviewer = kind == OfficerKind.REVIEWER || kind == OfficerKind.UNQUALIFIED_REVIEWER;
            boolean qualified = switch (kind) {
                case REVIEWER -> true;
                case UNQUALIFIED_REVIEWER -> false;
                default -> random.nextInt(10) < 3;
            };
            boolean first = kind == OfficerKind.UNQUALIFIED_REVIEWER || random.nextInt(100) < 12;
            LocalDate validUntil = kind == OfficerKind.EXPIRED
                    ? LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365))
                    : LocalDate.of(2027, 1, 1).plusDays(random.nextInt(4 * 365));
            List<String> roles = !reviewer ? List.of(Officers.ENFORCEMENT)
                    : random.nextBoolean() ? List.of(LEGAL_REVIEW) : List.of(Officers.ENFORCEMENT, LEGAL_REVIEW);
            // a planted officer 4 to 44 hours short of the minimum (STF-001), the others up to 50 above it in halves
            int minimum = DEFAULTS.intValue("min_training_hours");
            BigDecimal hours = kind == OfficerKind.LOW_TRAINING
                    ? BigDecimal.valueOf(between(random, minimum - 44, minimum - 4))
                    : BigDecimal.valueOf(between(random, 2 * minimum, 2 * minimum + 100)).divide(BigDecimal.valueOf(2));
            cells.clear();
            cells.put("officer_id", officerId(i))
                    .put("name", World.person(random))
                    .put("agency", agency.name())
                    .put("certificate_valid_until", spell.date(validUntil))
                    .put("legal_qualification", spell.bool(qualified))
                    .put("roles", spell.set(roles))
                    .put("first_in_role", spell.bool(first))
                    .put("training_year", spell.integer(TRAINING_YEAR))
                    .put("training_hours", spell.amount(hours.stripTrailingZeros()));
            sink.row(cells.cells());
        }
        sink.end();
    }

    // ---------------------------------------------------------------- decisions

    private void decisions(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("decision").orElseThrow());
        SplittableRandom random = random(1);
        Speller spell = new Speller(random(101), spreadsheet);
        Plan plan = new Plan(counts.decisions(), violations, DECISION_RULES, r -> 1);
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.decisions(); i++) {
            String rule = plan.at(i);
            boolean government = random.nextInt(10) < 7;
            String agency = government ? World.pick(random, World.GOVERNMENTS) : World.pick(random, World.AGENCIES).name();
            boolean publicInterest = random.nextBoolean() || "DEC-006".equals(rule) || "DEC-007".equals(rule);
            boolean market = random.nextInt(10) < 3 || "DEC-008".equals(rule);
            boolean stability = random.nextInt(10) < 3 || "DEC-005".equals(rule);
            boolean technical = random.nextInt(10) < 4 || "DEC-011".equals(rule);
            LocalDate start = day(random, 540);
            LocalDate participation = start;
            int minCommentDays = DEFAULTS.intValue("public_comment_min_days");
            Integer commentDays = participation == null ? null : between(random, minCommentDays, minCommentDays + 15);
            LocalDate hearing = publicInterest || random.nextInt(5) == 0 ? start.plusDays(between(random, 5, 20)) : null;
            LocalDate expert = technical || random.nextInt(3) == 0 ? start.plusDays(between(random, 10, 30)) : null;
            LocalDate risk = stability || random.nextInt(3) == 0 ? start.plusDays(between(random, 10, 30)) : null;
            LocalDate fair = market ? start.plusDays(between(random, 15, 30)) : null;
            LocalDate legality = start.plusDays(between(random, 35, 45));
            String method = "合法性审查";
            String result = random.nextInt(100) < 85 ? "合法" : "修改后合法";
            List<String> scope = DecisionSteps.REVIEW_ASPECTS;
            LocalDate report = legality.plusDays(between(random, 1, 5));
            LocalDate discussion = legality.plusDays(between(random, 5, 10));
            LocalDate decided = discussion.plusDays(between(random, 0, 10));
            String owner = World.pick(random, World.AGENCIES).name();
            LocalDate deadline = decided.plusDays(between(random, 180, 720));
            String feedback = random.nextBoolean() ? "每季度向决策机关书面报告执行情况" : "执行完毕后一个月内书面报告决策机关";
            Boolean catalog = true;
            Boolean archived = true;
            if (rule != null) {
                switch (rule) {
                    case "DEC-001" -> {
                        legality = discussion.plusDays(1);
                        decided = discussion.plusDays(between(random, 2, 10));
                        report = decided.minusDays(1);
                    }
                    case "DEC-002" -> result = "不合法";
                    case "DEC-003" -> method = random.nextBoolean() ? "征求意见" : "会签";
                    case "DEC-004" -> scope = lacking(DecisionSteps.REVIEW_ASPECTS, 3);
                    case "DEC-005" -> risk = null;
                    case "DEC-006" -> {
                        participation = null;
                        commentDays = null;
                    }
                    case "DEC-007" -> hearing = null;
                    case "DEC-008" -> fair = null;
                    case "DEC-009" -> report = null;
                    case "DEC-010" -> discussion = null;
                    case "DEC-011" -> expert = null;
                    case "DEC-012" -> expert = legality.plusDays(1);
                    case "DEC-013" -> catalog = false;
                    case "DEC-014" -> feedback = null;
                    case "DEC-015" -> archived = false;
                    case "DEC-016" -> {
                        participation = start;
                        commentDays = between(random, 7, minCommentDays - 10);
                    }
                    case "DEC-017", "DEC-018", "DEC-019" -> { } // legalityReviewAndPublication
                    default -> throw new IllegalStateException(rule);
                }
            }
            cells.clear();
            cells.put("decision_id", String.format("JC-%d-%05d", decided.getYear(), i + 1))
                    .put("title", World.pick(random, World.DECISION_TITLES))
                    .put("agency", agency)
                    .put("in_annual_catalog", spell.bool(catalog))
                    .put("public_interest", spell.bool(publicInterest))
                    .put("market_activity", spell.bool(market))
                    .put("stability_risk", spell.bool(stability))
                    .put("technical", spell.bool(technical))
                    .put("public_participation_date", spell.date(participation))
                    .put("public_comment_days", spell.integer(commentDays))
                    .put("hearing_date", spell.date(hearing))
                    .put("expert_review_date", spell.date(expert))
                    .put("risk_assessment_date", spell.date(risk))
                    .put("fair_competition_review_date", spell.date(fair))
                    .put("legality_review_date", spell.date(legality))
                    .put("legality_review_method", method)
                    .put("legality_review_result", result)
                    .put("legality_review_scope", spell.set(scope))
                    .put("party_report_date", spell.date(report))
                    .put("discussion_date", spell.date(discussion))
                    .put("decision_date", spell.date(decided))
                    .put("execution_owner", owner)
                    .put("execution_deadline", spell.date(deadline))
                    .put("execution_feedback", feedback)
                    .put("archived", spell.bool(archived));
            legalityReviewAndPublication(cells, spell, random, rule, legality, decided);
            sink.row(cells.cells());
        }
        sink.end();
    }

    /**
     * The v2 steps of a decision: sent for legality review well ahead (DEC-017), a counsel's
     * opinion during the review (DEC-018), published within 20 working days (DEC-019).
     */
    private static void legalityReviewAndPublication(Cells cells, Speller spell, SplittableRandom random, String rule,
                                                     LocalDate legality, LocalDate decided) {
        LocalDate submitted = legality.minusDays(between(random, 14, 25));
        LocalDate counsel = legality.minusDays(between(random, 1, 5));
        LocalDate published = decided.plusDays(between(random, 1, 14));
        if ("DEC-017".equals(rule)) {
            submitted = legality.minusDays(between(random, 1, 4));
        } else if ("DEC-018".equals(rule)) {
            counsel = null;
        } else if ("DEC-019".equals(rule)) {
            published = decided.plusDays(between(random, 40, 60));
        }
        cells.put("legality_review_submitted_date", spell.date(submitted))
                .put("counsel_opinion_date", spell.date(counsel))
                .put("published_date", spell.date(published))
                .put("disclosure_exempt", spell.bool(false));
    }

    // ---------------------------------------------------------------- cases

    private void cases(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("case").orElseThrow());
        SplittableRandom random = random(2);
        Speller spell = new Speller(random(102), spreadsheet);
        Plan plan = new Plan(counts.cases(), violations, CASE_RULES,
                r -> r.equals("ENF-020") ? SUSPENSION_GROUP : 1);
        String previousId = null;
        int groupAgency = 0;
        LocalDate groupMonday = null;
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.cases(); i++) {
            String rule = plan.at(i);
            boolean planted = rule != null;
            int agencyIndex = random.nextInt(World.AGENCIES.size());
            if ("ENF-020".equals(rule)) {
                if (plan.offset(i) == 0) {
                    groupAgency = agencyIndex;
                    groupMonday = day(random, 560).with(DayOfWeek.MONDAY).plusWeeks(1);
                }
                agencyIndex = groupAgency;
            }
            Agency agency = World.AGENCIES.get(agencyIndex);
            // days from filing to decision: 10 to 50 beyond the time limit (ENF-014) or the extended one (ENF-026)
            int gap = "ENF-014".equals(rule) ? between(random, DECISION_DAYS + 10, DECISION_DAYS + 50)
                    : "ENF-026".equals(rule) ? between(random, EXTENDED_DECISION_DAYS + 10, EXTENDED_DECISION_DAYS + 50)
                    : between(random, 10, 80);
            LocalDate filing = day(random, 609);
            if (("ENF-014".equals(rule) || "ENF-026".equals(rule)) && filing.isAfter(LocalDate.of(2025, 7, 1))) {
                filing = filing.minusDays(180);
            }
            LocalDate decided = filing.plusDays(gap);
            if ("ENF-020".equals(rule)) {
                decided = groupMonday.plusDays(plan.offset(i));
                filing = decided.minusDays(gap);
            }
            LocalDate violation = filing.minusDays(between(random, 1, 60));

            int partyRoll = random.nextInt(100);
            String partyType = partyRoll < 40 ? PenaltyTerms.NATURAL_PERSON : partyRoll < 95 ? "法人" : "其他组织";
            boolean natural = partyType.equals(PenaltyTerms.NATURAL_PERSON);
            String party = natural ? World.person(random) : World.company(random);

            List<String> pool = enforcers.get(agencyIndex);
            int first = random.nextInt(pool.size());
            int second = (first + 1 + random.nextInt(pool.size() - 1)) % pool.size();
            List<String> officers = new ArrayList<>(List.of(pool.get(first), pool.get(second)));
            if (pool.size() > 2 && random.nextInt(100) < 15) {
                int third = random.nextInt(pool.size());
                if (third != first && third != second) {
                    officers.add(pool.get(third));
                }
            }

            // the penalty: planted cases get a plain one (warning and a modest fine) to mutate
            List<String> penalties = new ArrayList<>();
            BigDecimal fine = null;
            BigDecimal confiscation = null;
            boolean exempt = false;
            int kind = planted ? 30 : random.nextInt(100);
            if (kind < 8) {
                exempt = true;
                penalties.add(PenaltyTerms.NO_PENALTY);
            } else if (kind < 18) {
                penalties.add("警告");
            } else if (kind < 23) {
                penalties.add("通报批评");
            } else if (kind < 55) {
                penalties.add("警告");
                penalties.add("罚款");
            } else if (kind < 80) {
                penalties.add("罚款");
            } else if (kind < 92) {
                penalties.add("罚款");
                penalties.add("没收违法所得");
            } else if (kind < 97) {
                penalties.add("罚款");
                penalties.add("暂扣许可证件");
            } else {
                penalties.add("罚款");
                penalties.add("吊销许可证件");
            }
            if ("ENF-020".equals(rule)) {
                penalties.add(PenaltyTerms.SUSPENSION);
            }
            if (penalties.contains("罚款")) {
                boolean large = !planted && random.nextInt(100) < 5;
                fine = natural
                        ? (large ? yuan(random, 12_000, 50_000, 500) : yuan(random, 200, 9_000, 100))
                        : (large ? yuan(random, 120_000, 500_000, 1_000) : yuan(random, 1_000, 90_000, 500));
            }
            if (penalties.contains("没收违法所得")) {
                confiscation = yuan(random, 300, 8_000, 50);
            }
            Basis basis = World.pick(random, agency.bases());
            String basisType = basis.type();
            String basisText = basis.citation();

            boolean heavy = penalties.stream().anyMatch(PenaltyTerms.HEAVY_TYPES::contains)
                    || (fine != null && fine.compareTo(PenaltyTerms.largeAmount(partyType, DEFAULTS)) >= 0)
                    || (confiscation != null
                        && confiscation.compareTo(PenaltyTerms.largeConfiscation(partyType, DEFAULTS)) >= 0);
            Boolean hearingNotified = heavy || random.nextInt(3) > 0;
            Boolean hearingRequested = hearingNotified && heavy && !planted && random.nextInt(100) < 30;
            Boolean complex = !planted && random.nextInt(100) < 10;
            Boolean major = !planted && (complex || heavy || random.nextInt(100) < 5);

            LocalDate notice = filing.plusDays(1 + random.nextInt(gap - 3));
            Boolean hearingWaived = null;
            if (heavy && !hearingRequested) {
                // the party had its five working days to ask for a hearing before the decision (ENF-021)
                LocalDate afterRequestPeriod = decided.minusDays(HEARING_REQUEST_MARGIN);
                if (afterRequestPeriod.isAfter(filing)) {
                    notice = notice.isBefore(afterRequestPeriod) ? notice : afterRequestPeriod;
                } else {
                    hearingWaived = true;
                }
            }
            LocalDate hearing = hearingRequested ? notice.plusDays(random.nextInt((int) (decided.toEpochDay()
                    - notice.toEpochDay()) + 1)) : null;
            LocalDate collective = complex ? decided.minusDays(random.nextInt(3)) : null;
            LocalDate legalReview = major ? decided.minusDays(1 + random.nextInt(4)) : null;
            List<String> reviewerPool = reviewers.get(agencyIndex);
            String reviewer = major ? reviewerPool.get(random.nextInt(reviewerPool.size())) : null;
            String discretion = fine != null || random.nextBoolean()
                    ? "依据《" + agency.name() + "行政处罚裁量基准》第" + between(random, 1, 40) + "项，"
                      + (random.nextBoolean() ? "一般" : "从轻") + "处罚" : null;
            Boolean firstOffense = exempt || (!planted && random.nextInt(100) < 10);
            Boolean corrected = exempt || (!firstOffense && random.nextBoolean());
            // served within as many calendar days as the working days allowed, published within the working days
            LocalDate service = decided.plusDays(random.nextInt(DEFAULTS.intValue("service_deadline_workdays")));
            LocalDate publicity = workdaysAfter(decided, 1 + random.nextInt(DEFAULTS.intValue("publicity_deadline_workdays")));
            Boolean recorded = true;
            Boolean crime = !planted && random.nextInt(100) < 3;
            LocalDate transfer = crime ? decided.plusDays(1 + random.nextInt(10)) : null;
            Boolean onPlatform = true;
            CasePlanting planting = new CasePlanting();
            Object partyTypeCell = partyType;
            Object agencyCell = agency.name();
            String id = "昆" + agency.abbreviation() + "罚〔" + filing.getYear() + "〕" + (i + 1) + "号";

            if (rule != null) {
                switch (rule) {
                    case "ENF-001" -> complex = true;
                    case "ENF-002" -> {
                        basisType = "会议纪要";
                        basisText = "局长办公会议纪要〔" + filing.getYear() + "〕" + between(random, 1, 40) + "号";
                    }
                    case "ENF-003" -> {
                        basisType = "规范性文件";
                        basisText = "昆" + agency.abbreviation() + "发〔" + (filing.getYear() - 1) + "〕"
                                + between(random, 1, 60) + "号";
                    }
                    case "ENF-004" -> notice = null;
                    case "ENF-005" -> {
                        // a fine of 2 to 5 times the 较大数额 of a natural person, 1.5 to 4 times an organisation's
                        int large = PenaltyTerms.largeAmount(partyType, DEFAULTS).intValueExact();
                        fine = natural ? yuan(random, 2 * large, 5 * large, 1_000)
                                : yuan(random, large * 3 / 2, 4 * large, 10_000);
                        hearingNotified = false;
                    }
                    case "ENF-006" -> {
                        hearingNotified = true;
                        hearingRequested = true;
                    }
                    case "ENF-007" -> major = true;
                    case "ENF-008" -> {
                        major = true;
                        legalReview = decided.minusDays(2);
                        reviewer = unqualifiedReviewers.get(plan.planted() % unqualifiedReviewers.size());
                    }
                    case "ENF-009" -> officers.set(1, expiredOfficers.get(plan.planted() % expiredOfficers.size()));
                    case "ENF-010" -> officers.remove(1);
                    case "ENF-011" -> discretion = null;
                    case "ENF-012" -> {
                        firstOffense = true;
                        corrected = true;
                    }
                    case "ENF-013" -> service = decided.plusDays(between(random, 10, 30));
                    case "ENF-014" -> { }
                    case "ENF-015" -> recorded = false;
                    case "ENF-016" -> publicity = null;
                    case "ENF-017" -> crime = true;
                    case "ENF-018" -> onPlatform = false;
                    case "ENF-019" -> violation = filing.minusYears(yearsAfter("limitation_years"))
                            .minusDays(random.nextInt(200));
                    case "ENF-020" -> hearingNotified = true;
                    case "ENF-021", "ENF-022", "ENF-023", "ENF-024", "ENF-025", "ENF-026", "ENF-027" ->
                        planting.plant(rule, random, filing, decided);
                    case "DQ-001" -> agencyCell = null;
                    case "DQ-002" -> partyTypeCell = "个体工商户";
                    case "DQ-003" -> id = previousId == null ? id : previousId;
                    case "DQ-004" -> complex = null;
                    case "DQ-005" -> officers.set(1, "53990001");
                    case "DQ-006" -> violation = filing.plusDays(between(random, 3, 20));
                    default -> throw new IllegalStateException(rule);
                }
            }
            previousId = id;
            cells.clear();
            cells.put("case_id", id)
                    .put("agency", agencyCell)
                    .put("field", agency.field())
                    .put("party_name", party)
                    .put("party_type", partyTypeCell)
                    .put("officer_ids", spell.set(officers))
                    .put("violation_date", spell.date(violation))
                    .put("filing_date", spell.date(filing))
                    .put("penalty_types", spell.set(penalties))
                    .put("fine_amount", spell.amount(fine))
                    .put("confiscation_amount", spell.amount(confiscation))
                    .put("complex_or_major", spell.bool(complex))
                    .put("major_decision", spell.bool(major))
                    .put("basis_type", basisType)
                    .put("basis", basisText)
                    .put("notice_date", spell.date(notice))
                    .put("hearing_notified", spell.bool(hearingNotified))
                    .put("hearing_requested", spell.bool(hearingRequested))
                    .put("hearing_date", spell.date(hearing))
                    .put("collective_discussion_date", spell.date(collective))
                    .put("legal_review_date", spell.date(legalReview))
                    .put("legal_reviewer_id", reviewer)
                    .put("discretion_explanation", discretion)
                    .put("first_offense_minor", spell.bool(firstOffense))
                    .put("corrected", spell.bool(corrected))
                    .put("decision_date", spell.date(decided))
                    .put("extension_approved", spell.bool(false))
                    .put("service_date", spell.date(service))
                    .put("publicity_date", spell.date(publicity))
                    .put("full_process_recorded", spell.bool(recorded))
                    .put("suspected_crime", spell.bool(crime))
                    .put("transfer_date", spell.date(transfer))
                    .put("on_platform", spell.bool(onPlatform))
                    .put("hearing_waived", spell.bool(hearingWaived))
                    .put("minor_no_harm", spell.bool(false))
                    .put("no_fault_proven", spell.bool(false));
            planting.apply(cells, spell);
            sink.row(cells.cells());
        }
        sink.end();
    }

    // ---------------------------------------------------------------- documents

    private void documents(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("document").orElseThrow());
        SplittableRandom random = random(4);
        Speller spell = new Speller(random(104), spreadsheet);
        Plan plan = new Plan(counts.documents(), violations, DOCUMENT_RULES, r -> 1);
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.documents(); i++) {
            String rule = plan.at(i);
            String agency = random.nextBoolean() ? World.pick(random, World.GOVERNMENTS)
                    : World.pick(random, World.AGENCIES).name();
            LocalDate issued = day(random, 600);
            LocalDate review = issued.minusDays(between(random, 3, 20));
            int filingDays = DEFAULTS.intValue("filing_deadline_days");
            LocalDate filed = issued.plusDays(between(random, 3, filingDays - 5));
            boolean problem = random.nextInt(10) == 0;
            String result = problem ? Documents.PROBLEM_FOUND : "无问题";
            Boolean corrected = problem ? Boolean.TRUE : null;
            Boolean published = true;
            if (rule != null) {
                switch (rule) {
                    case "DOC-001" -> review = issued.plusDays(between(random, 1, 10));
                    case "DOC-002" -> filed = issued.plusDays(between(random, filingDays + 10, filingDays + 60));
                    case "DOC-003" -> {
                        result = Documents.PROBLEM_FOUND;
                        corrected = false;
                    }
                    case "DOC-004" -> published = false;
                    case "DOC-005", "DOC-006" -> { } // documentReviews
                    default -> throw new IllegalStateException(rule);
                }
            }
            cells.clear();
            cells.put("doc_id", "昆规〔" + issued.getYear() + "〕" + (i + 1) + "号")
                    .put("title", World.pick(random, World.DOCUMENT_TITLES))
                    .put("agency", agency)
                    .put("legality_review_date", spell.date(review))
                    .put("issue_date", spell.date(issued))
                    .put("filing_date", spell.date(filed))
                    .put("filing_review_result", result)
                    .put("corrected", spell.bool(corrected))
                    .put("published", spell.bool(published));
            documentReviews(cells, spell, random, rule, issued, review);
            sink.row(cells.cells());
        }
        sink.end();
    }

    /** The v2 steps of a document: fair competition review (DOC-005), collective deliberation (DOC-006). */
    private static void documentReviews(Cells cells, Speller spell, SplittableRandom random, String rule,
                                        LocalDate issued, LocalDate review) {
        boolean market = random.nextInt(10) < 3 || "DOC-005".equals(rule);
        LocalDate fair = market && !"DOC-005".equals(rule) ? issued.minusDays(between(random, 5, 30)) : null;
        LocalDate collective = review.isAfter(issued) ? issued : issued.minusDays(between(random, 0, 2));
        if ("DOC-006".equals(rule)) {
            collective = null;
        }
        cells.put("market_activity", spell.bool(market))
                .put("fair_competition_review_date", spell.date(fair))
                .put("legality_review_result", random.nextInt(10) < 8 ? "合法" : "修改后合法")
                .put("collective_review_date", spell.date(collective));
    }

    // ---------------------------------------------------------------- inspections

    private void inspections(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("inspection").orElseThrow());
        SplittableRandom random = random(5);
        Speller spell = new Speller(random(105), spreadsheet);
        Plan plan = new Plan(counts.inspections(), violations, INSPECTION_RULES,
                r -> r.equals("INS-001") ? INSPECTION_GROUP : 1);
        int groupAgency = 0;
        long groupEnterprise = 0;
        LocalDate groupDay = null;
        String groupName = null;
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.inspections(); i++) {
            String rule = plan.at(i);
            // as many inspections of each enterprise, by one agency, as the yearly maximum allows
            long enterprise = i / INSPECTIONS_PER_YEAR;
            int agencyIndex = (int) Math.floorMod(enterprise * 0x9E3779B97F4A7C15L + seed, (long) World.AGENCIES.size());
            String name = World.company(new SplittableRandom(seed ^ (enterprise * 0xD1B54A32D192ED03L)));
            LocalDate date = day(random, 700);
            int methodRoll = random.nextInt(100);
            String method = methodRoll < 60 ? "双随机" : methodRoll < 80 ? "专项检查" : methodRoll < 90 ? "投诉举报"
                    : methodRoll < 94 ? "转办交办" : methodRoll < 97 ? "数据监测" : "其他";
            String basis = World.pick(random, World.INSPECTION_BASES);
            if ("INS-001".equals(rule)) {
                if (plan.offset(i) == 0) {
                    groupAgency = agencyIndex;
                    groupEnterprise = counts.inspections() + (long) i;
                    groupName = World.company(random);
                    groupDay = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(200));
                }
                agencyIndex = groupAgency;
                enterprise = groupEnterprise;
                name = groupName;
                date = groupDay.plusDays(30L * plan.offset(i));
                method = random.nextBoolean() ? "双随机" : "专项检查";
            } else if ("INS-004".equals(rule)) {
                basis = null;
            } else if ("INS-003".equals(rule) && date.isBefore(INSPECTION_RULES_FROM)) {
                date = INSPECTION_RULES_FROM.plusDays(random.nextInt(280));
            }
            cells.clear();
            cells.put("inspection_id", String.format("JC%d%07d", date.getYear(), i + 1))
                    .put("agency", World.AGENCIES.get(agencyIndex).name())
                    .put("enterprise_code", World.creditCode(enterprise))
                    .put("enterprise_name", name)
                    .put("inspection_date", spell.date(date))
                    .put("method", method)
                    .put("legal_basis", basis);
            inspectionApproval(cells, spell, random, rule, date, basis, enforcers.get(agencyIndex));
            sink.row(cells.cells());
        }
        sink.end();
    }

    /**
     * The v2 facts of an inspection: the type of its basis (INS-002), its approval and two of the
     * agency's officers (INS-003).
     */
    private void inspectionApproval(Cells cells, Speller spell, SplittableRandom random, String rule, LocalDate date,
                                    String basis, List<String> pool) {
        String basisType = basis == null ? null
                : basis.contains("条例") ? "行政法规" : basis.contains("规定") ? "规章" : "法律";
        LocalDate approval = date.minusDays(between(random, 0, 5));
        int first = random.nextInt(pool.size());
        List<String> officers = new ArrayList<>(List.of(pool.get(first), pool.get((first + 1) % pool.size())));
        if ("INS-002".equals(rule)) {
            basisType = random.nextBoolean() ? "规范性文件" : "其他";
        } else if ("INS-003".equals(rule)) {
            switch (random.nextInt(3)) {
                case 0 -> approval = null;
                case 1 -> approval = date.plusDays(between(random, 1, 5));
                default -> officers.remove(1);
            }
        }
        cells.put("legal_basis_type", basisType)
                .put("approval_date", spell.date(approval))
                .put("officer_ids", spell.set(officers));
    }

    // ---------------------------------------------------------------- litigation

    private void litigation(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("litigation").orElseThrow());
        SplittableRandom random = random(6);
        Speller spell = new Speller(random(106), spreadsheet);
        Plan plan = new Plan(counts.litigation(), violations, LITIGATION_RULES, r -> 1);
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.litigation(); i++) {
            String rule = plan.at(i);
            String agency = random.nextInt(3) == 0 ? World.pick(random, World.GOVERNMENTS)
                    : World.pick(random, World.AGENCIES).name();
            String category = random.nextInt(10) < 3 ? OTHER : World.pick(random, CATEGORIES);
            boolean notice = random.nextInt(10) < 4;
            Boolean appeared = !category.equals(OTHER) || notice || random.nextBoolean();
            LocalDate hearing = day(random, 650);
            boolean effective = random.nextInt(10) < 7;
            Boolean performed = effective;
            if ("LIT-001".equals(rule)) {
                if (category.equals(OTHER)) {
                    category = "房屋土地征收";
                }
                appeared = false;
            } else if ("LIT-002".equals(rule)) {
                effective = true;
                performed = false;
            }
            cells.clear();
            cells.put("case_id", "（" + hearing.getYear() + "）云01" + String.format("%02d", 2 + random.nextInt(13))
                            + "行初" + (i + 1) + "号")
                    .put("agency", agency)
                    .put("category", category)
                    .put("court_notice", spell.bool(notice))
                    .put("head_appeared", spell.bool(appeared))
                    .put("hearing_date", spell.date(hearing))
                    .put("judgment_effective", spell.bool(effective))
                    .put("judgment_performed", spell.bool(performed));
            headAbsence(cells, spell, random, appeared, "LIT-001".equals(rule));
            sink.row(cells.cells());
        }
        sink.end();
    }

    /** Why an absent head did not appear and whether staff appeared instead (LIT-001). */
    private static void headAbsence(Cells cells, Speller spell, SplittableRandom random, Boolean appeared,
                                    boolean planted) {
        boolean absent = Boolean.FALSE.equals(appeared);
        boolean excused = absent && !planted && random.nextBoolean();
        cells.put("absence_reason", excused ? "需要履行他人不能代替的公务" : null)
                .put("staff_appeared", absent ? spell.bool(excused || !planted && random.nextBoolean()) : null);
    }

    // ---------------------------------------------------------------- reconsideration

    private void reconsiderations(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("reconsideration").orElseThrow());
        SplittableRandom random = random(7);
        Speller spell = new Speller(random(107), spreadsheet);
        Plan plan = new Plan(counts.reconsiderations(), violations, RECONSIDERATION_RULES, r -> 1);
        sink.begin(cells.type(), title(cells), cells.headers());
        for (int i = 0; i < counts.reconsiderations(); i++) {
            String rule = plan.at(i);
            String agency = World.pick(random, World.GOVERNMENTS);
            Boolean complex = random.nextInt(5) == 0;
            Boolean technical = random.nextInt(10) == 0;
            Boolean consulted = complex || technical || random.nextInt(5) == 0;
            LocalDate decided = day(random, 650);
            Boolean published = true;
            if ("REC-001".equals(rule)) {
                complex = true;
                consulted = false;
            } else if ("REC-003".equals(rule)) {
                complex = true;
                consulted = true;
            } else if ("REC-002".equals(rule)) {
                published = false;
            }
            cells.clear();
            cells.put("case_id", "昆复决〔" + decided.getYear() + "〕" + (i + 1) + "号")
                    .put("agency", agency)
                    .put("complex", spell.bool(complex))
                    .put("technical", spell.bool(technical))
                    .put("committee_consulted", spell.bool(consulted))
                    .put("decision_date", spell.date(decided))
                    .put("published_online", spell.bool(published));
            reconsiderationProcedure(cells, spell, random, rule, decided, complex);
            sink.row(cells.cells());
        }
        sink.end();
    }

    /**
     * The v2 facts of a reconsideration: accepted under the 2023 law, its procedure and time
     * (REC-004), the hearing of a complex case (REC-003) and its outcome. Planted REC-001 and
     * REC-003 cases are accepted under the 2023 law, which their duties come from.
     */
    private static void reconsiderationProcedure(Cells cells, Speller spell, SplittableRandom random, String rule,
                                                 LocalDate decided, boolean complex) {
        boolean simple = !complex && random.nextInt(5) == 0;
        int days = DEFAULTS.intValue("rec_decision_days");
        int simpleDays = DEFAULTS.intValue("rec_simple_decision_days");
        LocalDate accepted = decided.minusDays(simple ? between(random, 10, simpleDays - 2) : between(random, 20, days - 5));
        LocalDate hearing = complex ? decided.minusDays(between(random, 3, 10)) : null;
        if ("REC-003".equals(rule)) {
            hearing = null;
        } else if ("REC-004".equals(rule)) {
            accepted = decided.minusDays(between(random, days + 15, days + 30));
        }
        boolean newLawDuty = "REC-001".equals(rule) || "REC-003".equals(rule);
        if (newLawDuty && accepted.isBefore(Reconsiderations.NEW_LAW)) {
            accepted = Reconsiderations.NEW_LAW.plusDays(random.nextInt(20));
        }
        if (!decided.isAfter(accepted)) {
            cells.put("decision_date", spell.date(accepted.plusDays(between(random, 20, 50))));
        }
        cells.put("acceptance_date", spell.date(accepted))
                .put("procedure", simple ? CaseDeadlines.SIMPLE_PROCEDURE : "普通程序")
                .put("hearing_date", spell.date(hearing))
                .put("extension_approved", spell.bool(false))
                .put("suspended_days", spell.integer(0))
                .put("outcome", random.nextInt(10) < 6 ? "维持" : random.nextBoolean() ? "驳回" : "撤销");
    }

    // ---------------------------------------------------------------- suggestion

    private void suggestions(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("suggestion").orElseThrow());
        SplittableRandom random = random(8);
        Speller spell = new Speller(random(108), spreadsheet);
        Plan plan = new Plan(counts.suggestions(), violations, SUGGESTION_RULES, r -> 1);
        sink.begin(cells.type(), title(cells), cells.headers());
        List<String> kinds = List.of("司法建议", "检察建议", Suggestion.PRE_SUIT);
        for (int i = 0; i < counts.suggestions(); i++) {
            String rule = plan.at(i);
            String kind = World.pick(random, kinds);
            Boolean urgent = kind.equals(Suggestion.PRE_SUIT) ? random.nextInt(4) == 0 : Boolean.FALSE;
            // received by 2025-08-23, so that even a late reply lies before LATEST_DATE
            LocalDate received = day(random, 600);
            LocalDate due = urgent ? received.plusDays(DEFAULTS.intValue(Suggestions.URGENT_REPLY_DAYS))
                    : received.plusMonths(DEFAULTS.intValue(Suggestions.REPLY_MONTHS));
            LocalDate reply = received.plusDays(between(random, 3, (int) (due.toEpochDay() - received.toEpochDay())));
            if ("SUG-001".equals(rule)) {
                reply = due.plusDays(between(random, 1, 30));
            }
            String number = kind.equals("司法建议") ? "（" + received.getYear() + "）云01司建" + (i + 1) + "号"
                    : "昆检行建〔" + received.getYear() + "〕" + (i + 1) + "号";
            cells.clear();
            cells.put("suggestion_id", number)
                    .put("agency", World.pick(random, World.AGENCIES).name())
                    .put("kind", kind)
                    .put("received_date", spell.date(received))
                    .put("urgent", spell.bool(urgent))
                    .put("reply_date", spell.date(reply))
                    .put("implemented", spell.bool(random.nextInt(5) > 0));
            sink.row(cells.cells());
        }
        sink.end();
    }

    // ---------------------------------------------------------------- agency

    /** One yearly record per agency and government and year; a planted one lacks a legal adviser or lectures. */
    private void agencies(RowSink sink, boolean spreadsheet) throws IOException {
        Cells cells = new Cells(RecordTypes.byKey("agency").orElseThrow());
        SplittableRandom random = random(9);
        Speller spell = new Speller(random(109), spreadsheet);
        Plan plan = new Plan(counts.agencies(), violations, AGENCY_RULES, r -> 1);
        sink.begin(cells.type(), title(cells), cells.headers());
        int minLectures = DEFAULTS.intValue("min_rule_of_law_lectures");
        List<String> names = new ArrayList<>(World.GOVERNMENTS);
        World.AGENCIES.forEach(agency -> names.add(agency.name()));
        int i = 0;
        for (int year : AGENCY_YEARS) {
            for (String name : names) {
                String rule = plan.at(i++);
                boolean government = World.GOVERNMENTS.contains(name);
                boolean adviser = true;
                int qualified = between(random, 0, 6);
                boolean publicLawyer = qualified > 0 || random.nextBoolean();
                int lectures = between(random, minLectures, minLectures + 2);
                if ("AGY-001".equals(rule)) {
                    if (government && year < LATEST_DATE.getYear() && random.nextBoolean()) {
                        lectures = minLectures - 1;
                    } else {
                        adviser = false;
                    }
                }
                cells.clear();
                cells.put("agency", name)
                        .put("year", spell.integer(year))
                        .put("is_government", spell.bool(government))
                        .put("has_legal_adviser", spell.bool(adviser))
                        .put("qualified_legal_staff", spell.integer(qualified))
                        .put("has_public_lawyer", spell.bool(publicLawyer))
                        .put("rule_of_law_lectures", spell.integer(lectures));
                sink.row(cells.cells());
            }
        }
        sink.end();
    }
}

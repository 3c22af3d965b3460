package org.fazhi.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.render.Overview;
import org.fazhi.render.RenderOptions;
import org.fazhi.render.xlsx.XlsxRenderer;
import org.fazhi.report.AgencyFilter;
import org.fazhi.report.Report;
import org.fazhi.report.Summary;

/**
 * {@code --agency NAME} (repeatable): every report restricted to those agencies; and
 * {@code --split-by agency}: besides the whole workbook, one workbook per agency in
 * {@code DIR/按单位/<agency>.xlsx}, holding only that agency's findings and indicators.
 */
final class AgencyReports {
    /** The folder of the agencies' workbooks, inside the reports' directory. */
    static final String FOLDER = "按单位";
    private static final String SPLIT_BY_AGENCY = "agency";
    private static final int MAX_NAME = 100;

    private final String splitBy;
    private final Set<String> agencies = new LinkedHashSet<>();

    AgencyReports(String splitBy, List<String> agencies, Lang lang) {
        this.splitBy = splitBy;
        for (String agency : agencies) {
            String name = agency.strip();
            // The workbook's word for records without an agency selects them.
            boolean none = name.equals(Messages.get(Lang.ZH, "xlsx.agency.none"))
                    || name.equals(Messages.get(Lang.EN, "xlsx.agency.none"));
            if (none || !name.isEmpty()) {
                this.agencies.add(none ? Summary.NO_AGENCY : name);
            }
        }
        if (splitBy != null && !SPLIT_BY_AGENCY.equals(splitBy.strip().toLowerCase(Locale.ROOT))) {
            throw new UserError(Messages.get(lang, "cli.split.unknown", splitBy));
        }
    }

    boolean splits() {
        return splitBy != null;
    }

    /**
     * Before the run: the split needs a directory to write into (-o DIR, or several formats and -o).
     *
     * @param formats the number of reports asked for, the whole workbook included
     */
    void requireDirectory(OutputPath out, int formats, Lang lang) {
        if (splits() && (out == null || formats == 1 && !out.namesDirectory())) {
            throw new UserError(Messages.get(lang, "cli.split.noDirectory"));
        }
    }

    /**
     * The report as every format shows it: restricted to the agencies asked for, if any. When no record names any of them (a misspelt name),
     * the report would be empty and pass: that ends the run (exit 2) as an empty run does, unless
     * {@code allowEmpty}; a name among others that no record has is a note.
     */
    Report restrict(Report report, Lang lang, PrintWriter err, boolean allowEmpty) {
        if (agencies.isEmpty()) {
            return report;
        }
        Set<String> known = report.summary().byAgency() == null ? Set.of() : report.summary().byAgency().keySet();
        List<String> unknown = agencies.stream().filter(agency -> !known.contains(agency)).toList();
        if (unknown.size() == agencies.size() && !allowEmpty) {
            String some = String.join(lang.pick("、", ", "), known.stream().sorted().limit(10).toList());
            throw new UserError(Messages.get(lang, "cli.agency.none", String.join(lang.pick("、", ", "), unknown),
                    known.isEmpty() ? Messages.get(lang, "cli.empty.none") : some));
        }
        for (String agency : unknown) {
            err.println(Messages.get(lang, "cli.agency.unknown", agency));
        }
        err.flush();
        return new AgencyFilter(agencies).apply(report);
    }

    /** One workbook per agency of the report, in {@code directory/按单位/}. */
    void write(Report report, Path directory, RenderOptions options, PrintWriter err, boolean quiet)
            throws IOException {
        Path folder = directory.resolve(FOLDER);
        Files.createDirectories(folder);
        Set<String> used = new HashSet<>();
        int written = 0;
        for (Overview.AgencyRow agency : Overview.of(report, options.lang()).agencies()) {
            Path file = folder.resolve(unique(fileName(agency.agency(), options.lang()), used) + ".xlsx");
            Report own = new AgencyFilter(Set.of(agency.agency())).apply(report);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                XlsxRenderer.forAgency().render(own, options.writtenTo(file), out);
            }
            written++;
        }
        if (!quiet) {
            err.println(Messages.get(options.lang(), "cli.split.written", written, folder));
            err.flush();
        }
    }

    /** A file name any system takes: no separators, reserved or control characters, not too long. */
    static String fileName(String agency, Lang lang) {
        if (agency == null || agency.equals(Summary.NO_AGENCY)) {
            return Messages.get(lang, "xlsx.agency.none");
        }
        String safe = agency.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        safe = safe.replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, MAX_NAME);
        }
        return safe.isEmpty() ? "_" : safe;
    }

    /** Two agencies whose safe names are the same get " (2)", " (3)" … rather than one file. */
    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); i++) {
            candidate = name + " (" + i + ")";
        }
        return candidate;
    }
}

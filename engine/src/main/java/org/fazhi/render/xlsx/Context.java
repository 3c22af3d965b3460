package org.fazhi.render.xlsx;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.render.RenderOptions;
import org.fazhi.render.present.Labels;
import org.fazhi.render.present.Untrusted;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;

/** What every sheet of one rendering shares: the report, the language, the styles and the words. */
final class Context {
    final Report report;
    final Lang lang;
    final Catalogue catalogue;
    final Styles styles;
    final Labels labels;
    final Path output;
    /** True for one agency's own workbook ({@code --split-by agency}): the 整改 columns, no ranking. */
    final boolean agencyWorkbook;
    private final Map<String, String> ruleTitles = new HashMap<>();

    Context(Report report, RenderOptions options, Styles styles, boolean agencyWorkbook) {
        this.report = report;
        this.lang = options.lang();
        this.catalogue = options.catalogue();
        this.output = options.output();
        this.styles = styles;
        this.labels = new Labels(lang, catalogue);
        this.agencyWorkbook = agencyWorkbook;
    }

    String label(String key, Object... args) {
        return Messages.get(lang, key, args);
    }

    String severity(Severity severity) {
        return labels.severity(severity);
    }

    String agency(String agency) {
        return agency == null || Summary.NO_AGENCY.equals(agency) ? label("xlsx.agency.none") : agency;
    }

    String typeName(String key) {
        return key == null ? null : labels.recordType(key);
    }

    /** The rule's title in the report language; its ID when the catalogue does not know it. */
    String ruleTitle(String id) {
        return ruleTitles.computeIfAbsent(id, r -> {
            String title = labels.ruleTitle(r);
            return title == null || title.isBlank() ? r : title;
        });
    }

    String list(Collection<String> items) {
        return labels.list(items);
    }

    /** Text of the data, safe for a cell. */
    String cell(String text) {
        return Untrusted.cell(lang, text);
    }

    /** The footer's centre: "第 n 页，共 m 页". */
    String pageText() {
        return label("xlsx.print.page", PageSetup.PAGE, PageSetup.PAGES);
    }

    String asOfText() {
        return label("xlsx.print.asOf", labels.date(report.asOf()));
    }
}

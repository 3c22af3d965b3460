package org.fazhi.render.xlsx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordTypes;
import org.fazhi.render.RenderOptions;
import org.fazhi.report.Report;
import org.fazhi.report.Severity;
import org.fazhi.report.Summary;

/** What every sheet of one rendering shares: the report, the language, the styles and the words. */
final class Context {
    final Report report;
    final Lang lang;
    final Catalogue catalogue;
    final Styles styles;
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
        this.agencyWorkbook = agencyWorkbook;
    }

    String label(String key, Object... args) {
        return Messages.get(lang, key, args);
    }

    String severity(Severity severity) {
        return label("xlsx.severity." + severity.id());
    }

    /** Stand-in for the presentation layer's status words, until it is merged. */
    String status(org.fazhi.report.FindingStatus status) {
        return label(switch (status) {
            case COUNTED -> "xlsx.status.counted";
            case BELOW_GATE -> "xlsx.status.below";
            case BASELINED -> "xlsx.status.baselined";
            case WAIVED -> "xlsx.status.waived";
        });
    }

    String agency(String agency) {
        return agency == null || Summary.NO_AGENCY.equals(agency) ? label("xlsx.agency.none") : agency;
    }

    String typeName(String key) {
        if (key == null) {
            return null;
        }
        return RecordTypes.byKey(key).map(t -> lang.pick(t.name(), t.nameEn())).orElse(key);
    }

    /** The rule's title in the report language; its ID when the catalogue does not know it. */
    String ruleTitle(String id) {
        return ruleTitles.computeIfAbsent(id, r -> catalogue == null ? r
                : catalogue.rule(r).map(RuleSpec::title).map(t -> t.in(lang)).orElse(r));
    }

    String list() {
        return lang.pick("、", ", ");
    }

    /** The footer's centre: "第 n 页，共 m 页". */
    String pageText() {
        return label("xlsx.print.page", PageSetup.PAGE, PageSetup.PAGES);
    }

    String asOfText() {
        return label("xlsx.print.asOf", report.asOf());
    }
}

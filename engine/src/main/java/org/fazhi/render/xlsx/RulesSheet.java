package org.fazhi.render.xlsx;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.fazhi.catalogue.ParameterSpec;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.report.ParameterScopes;
import org.fazhi.report.Summary;

/**
 * 规则: every rule of the catalogue with whether it ran (or why not) and its findings; then the
 * parameters with the value used (numbers as numbers), the default, the meaning and the rules
 * using it; then the overrides per 执法领域 and per agency.
 */
final class RulesSheet {
    private final Context ctx;

    RulesSheet(Context ctx) {
        this.ctx = ctx;
    }

    /** Returns the header row, repeated on every printed page. */
    int write(XSSFSheet sheet) {
        Table t = new Table(sheet, ctx.styles, ctx.lang);
        t.heading(ctx.label("xlsx.rules"));
        int headerRow = t.next();
        t.header(ctx.label("xlsx.col.rule"), ctx.label("xlsx.col.severity"), ctx.label("xlsx.col.recordType"),
                ctx.label("xlsx.col.title"), ctx.label("xlsx.col.clause"), ctx.label("xlsx.col.basis"),
                ctx.label("xlsx.col.parameters"), ctx.label("xlsx.col.ruleStatus"), ctx.label("xlsx.col.count"));
        Map<String, String> skipped = new HashMap<>();
        Summary summary = ctx.report.summary();
        if (summary.skippedRules() != null) {
            for (Summary.SkippedRules s : summary.skippedRules()) {
                s.rules().forEach(id -> skipped.put(id, ctx.lang.pick(s.reason(), s.reasonEn())));
            }
        }
        List<RuleSpec> rules = ctx.catalogue == null ? List.of() : ctx.catalogue.rules();
        for (RuleSpec rule : rules) {
            String status = skipped.containsKey(rule.id()) ? ctx.label("xlsx.rule.skipped", skipped.get(rule.id()))
                    : ctx.label("xlsx.rule.ran");
            Row row = t.row(rule.id(), ctx.severity(rule.severity()),
                    rule.appliesToAllTypes() ? ctx.label("xlsx.allTypes") : ctx.typeName(rule.recordType()),
                    rule.title().in(ctx.lang), ctx.labels.clause(rule.clause()), ctx.labels.basis(rule.id(), rule.basis()),
                    String.join(", ", rule.parameters()),
                    status, summary.byRule().getOrDefault(rule.id(), 0));
            row.getCell(1).setCellStyle(ctx.styles.severity(rule.severity()));
        }
        if (t.next() > headerRow + 1) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, t.next() - 1, 0, 8));
        }
        t.blank();
        parameters(t, rules);
        scoped(t);
        sheet.createFreezePane(1, headerRow + 1);
        t.fitColumns();
        return headerRow;
    }

    private void parameters(Table t, List<RuleSpec> rules) {
        t.heading(ctx.label("xlsx.parameters"));
        t.header(ctx.label("xlsx.col.param"), ctx.label("xlsx.col.paramValue"), ctx.label("xlsx.col.paramDefault"),
                ctx.label("xlsx.col.paramDescription"), ctx.label("xlsx.col.usedBy"));
        Set<String> names = new LinkedHashSet<>();
        if (ctx.catalogue != null) {
            ctx.catalogue.parameters().forEach(p -> names.add(p.name()));
        }
        Map<String, Object> values = ctx.report.parameters() == null ? Map.of() : ctx.report.parameters();
        names.addAll(values.keySet());
        for (String name : names) {
            ParameterSpec spec = ctx.catalogue == null ? null : ctx.catalogue.parameter(name).orElse(null);
            List<String> usedBy = rules.stream().filter(r -> r.parameters().contains(name)).map(RuleSpec::id)
                    .toList();
            t.row(name, value(values.get(name)), spec == null ? null : value(spec.defaultValue()),
                    spec == null ? null : spec.description().in(ctx.lang), String.join(", ", usedBy));
        }
    }

    /** The overrides a params file made per 执法领域 and per agency. */
    private void scoped(Table t) {
        ParameterScopes scopes = ctx.report.parameterScopes();
        if (scopes == null || scopes.byField().isEmpty() && scopes.byAgency().isEmpty()) {
            return;
        }
        t.blank();
        t.heading(ctx.label("xlsx.parameters.scoped"));
        t.header(ctx.label("xlsx.col.scope"), ctx.label("xlsx.col.param"), ctx.label("xlsx.col.paramValue"));
        scopes.byField().forEach((field, values) -> values.forEach((name, value) ->
                t.row(ctx.label("xlsx.scope.field", field), name, value(value))));
        scopes.byAgency().forEach((agency, values) -> values.forEach((name, value) ->
                t.row(ctx.label("xlsx.scope.agency", agency), name, value(value))));
    }

    /** A number stays a number (so it sums and sorts); anything else is spelt as the params file would. */
    private static Object value(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
            return value;
        }
        return ParameterSpec.spell(value);
    }
}

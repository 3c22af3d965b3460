package org.fazhi.render.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.fazhi.i18n.Lang;
import org.fazhi.i18n.Messages;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.report.FindingStatus;
import org.fazhi.report.Severity;

/** The words of the page that every format shares. */
final class Words {
    private final Lang lang;

    Words(Lang lang) {
        this.lang = lang;
    }

    String agency(String agency) {
        return agency == null || agency.isBlank() ? Messages.get(lang, "story.noAgency") : agency;
    }

    String severity(Severity severity) {
        return Messages.get(lang, "render.severity." + severity.id());
    }

    String status(FindingStatus status) {
        return switch (status) {
            case COUNTED -> Messages.get(lang, "html.status.counted");
            case BELOW_GATE -> Messages.get(lang, "xlsx.status.below");
            case BASELINED -> Messages.get(lang, "html.status.baselined");
            case WAIVED -> Messages.get(lang, "html.status.waived");
        };
    }

    String recordType(String key) {
        return RecordTypes.byKey(key).map((RecordType t) -> lang.pick(t.name(), t.nameEn())).orElse(key);
    }

    String list(List<String> items) {
        return String.join(lang.pick("、", ", "), items);
    }

    String number(long n) {
        return String.format(lang.locale(), "%,d", n);
    }

    String percent(Integer numerator, int denominator, double target) {
        if (numerator == null) {
            return Messages.get(lang, "html.indicator.notComputed");
        }
        if (denominator == 0) {
            return Messages.get(lang, "html.indicator.noData");
        }
        BigDecimal value = BigDecimal.valueOf(numerator * 100.0 / denominator).setScale(1, RoundingMode.HALF_UP);
        return value.toPlainString() + "%";
    }

    String target(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}

package org.fazhi.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.fazhi.rules.CaseDeadlines;

/**
 * The breaches of the penalty-case rules added in v2 (ENF-021 to ENF-027), planted on a case row
 * that is otherwise clean: each sets only the cells its rule reads, over the row the generator
 * wrote, so that the planted case breaks that rule and no other.
 */
final class CasePlanting {
    /** Cell values by key; a value is a LocalDate, Boolean, BigDecimal, List of words or String. */
    private final Map<String, Object> cells = new LinkedHashMap<>();

    /** Plants {@code rule} on a case filed and decided on the days given (at least ten days apart). */
    void plant(String rule, SplittableRandom random, LocalDate filing, LocalDate decided) {
        switch (rule) {
            case "ENF-021" -> {
                // a licence revoked two days after the notice: the party's five working days had not run
                cells.put("penalty_types", List.of("警告", "吊销许可证件"));
                cells.put("hearing_notified", true);
                cells.put("notice_date", decided.minusDays(2));
            }
            case "ENF-022" -> {
                // decided the day after the hearing, with no legal review
                cells.put("hearing_notified", true);
                cells.put("hearing_requested", true);
                cells.put("hearing_date", decided.minusDays(1));
            }
            case "ENF-023" -> {
                // a summary-procedure ticket 500 to 2,400 yuan above the largest fine for any party
                cells.put("procedure", CaseDeadlines.SIMPLE_PROCEDURE);
                cells.put("penalty_types", List.of("罚款"));
                cells.put("fine_amount", Generator.DEFAULTS.decimal("simple_fine_org")
                        .add(BigDecimal.valueOf(500 + 100L * random.nextInt(20))));
                cells.put("service_method", "当场交付");
                cells.put("service_date", decided);
            }
            case "ENF-024" -> {
                cells.put("minor_no_harm", true);
                cells.put("corrected", true);
            }
            case "ENF-025" -> {
                // approved two days later than allowed after the written report, transferred in time after that
                LocalDate report = filing.plusDays(1);
                LocalDate approval = report.plusDays(Generator.DEFAULTS.intValue("transfer_approval_days") + 2);
                cells.put("suspected_crime", true);
                cells.put("transfer_report_date", report);
                cells.put("transfer_approval_date", approval);
                cells.put("transfer_date", approval.plusDays(Generator.DEFAULTS.intValue("transfer_after_approval_days")));
            }
            case "ENF-026" -> cells.put("extension_approved", true);
            case "ENF-027" -> cells.put("violation_date", filing.minusYears(Generator.yearsAfter("limitation_years_extended"))
                    .minusDays(random.nextInt(200)));
            default -> throw new IllegalStateException(rule);
        }
    }

    /** Writes the planted cells over the row, spelled as the rest of the export. */
    void apply(Cells row, Speller spell) {
        cells.forEach((key, value) -> row.put(key, spelled(value, spell)));
    }

    @SuppressWarnings("unchecked")
    private static Object spelled(Object value, Speller spell) {
        if (value instanceof LocalDate date) {
            return spell.date(date);
        }
        if (value instanceof Boolean bool) {
            return spell.bool(bool);
        }
        if (value instanceof BigDecimal amount) {
            return spell.amount(amount);
        }
        if (value instanceof List<?> words) {
            return spell.set((List<String>) words);
        }
        return value;
    }
}

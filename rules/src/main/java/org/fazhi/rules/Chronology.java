package org.fazhi.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;

/**
 * DQ-006's impossible pairs (docs/spec/rules.md "Data quality"), declared by field key so that one DRL rule
 * checks them all. A pair whose fields a record type does not declare is left out.
 */
public final class Chronology {
    static final List<DatePair> PAIRS = List.of(
            new DatePair("case", "filing_date", "decision_date"),
            new DatePair("case", "decision_date", "service_date"),
            new DatePair("case", "decision_date", "publicity_date"),
            new DatePair("case", "decision_date", "service_dispatch_date"),
            new DatePair("case", "filing_date", "notice_date"),
            new DatePair("case", "violation_date", "filing_date"),
            new DatePair("case", "violation_date", "violation_end_date"),
            new DatePair("decision", "discussion_date", "decision_date"),
            new DatePair("decision", "decision_date", "published_date"),
            new DatePair("document", "issue_date", "filing_date"),
            new DatePair("reconsideration", "acceptance_date", "decision_date"),
            new DatePair("suggestion", "received_date", "reply_date"));

    /** A pair with the fields it compares, looked up once. */
    private record Check(DatePair pair, FieldSpec earlier, FieldSpec later) {
    }

    /** The pairs per record type, those the type declares both fields of. */
    private static final Map<String, List<Check>> BY_TYPE = PAIRS.stream()
            .filter(p -> RecordTypes.byKey(p.type()).map(t -> t.hasField(p.earlier()) && t.hasField(p.later()))
                    .orElse(false))
            .map(p -> {
                RecordType type = RecordTypes.byKey(p.type()).orElseThrow();
                return new Check(p, type.requireField(p.earlier()), type.requireField(p.later()));
            })
            .collect(Collectors.groupingBy(c -> c.pair().type()));

    private Chronology() {
    }

    /** The record's pairs whose later date is before the earlier one, in declaration order. */
    public static List<DatePair> impossible(Record record) {
        List<DatePair> found = List.of(); // asked of every record, found on few: no list for the others
        for (Check check : BY_TYPE.getOrDefault(record.typeKey(), List.of())) {
            LocalDate earlier = (LocalDate) check.earlier().get(record);
            LocalDate later = (LocalDate) check.later().get(record);
            if (earlier != null && later != null && later.isBefore(earlier)) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(check.pair());
            }
        }
        return found;
    }
}

package org.fazhi.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.config.SyntaxError;
import org.fazhi.error.InputException;
import org.fazhi.report.Finding;
import org.fazhi.report.Report;

/**
 * The findings of an earlier JSON report. A finding is identified by rule, record type and
 * record ID — not by row, so that a re-sorted or re-exported file matches — and counted, so that
 * a record with two findings of one rule before and three now has exactly one new finding.
 */
public final class Baseline {
    private final Map<String, Integer> remaining;

    private Baseline(Map<String, Integer> counts) {
        this.remaining = counts;
    }

    public static Baseline none() {
        return new Baseline(new HashMap<>());
    }

    public static Baseline load(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException("baseline.missing", file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new InputException(e, "baseline.unreadable", file, SyntaxError.of(e));
        }
        if (root == null || !Report.SCHEMA.equals(root.path("schema").asText())) {
            throw new InputException("baseline.notReport", file, Report.SCHEMA);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode finding : root.path("findings")) {
            List<String> fields = new ArrayList<>();
            finding.path("fields").fieldNames().forEachRemaining(fields::add);
            counts.merge(key(finding.path("ruleId").asText(), finding.path("recordType").asText(),
                    finding.path("recordId").asText(null), fields), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /**
     * True when the baseline still holds an unmatched finding like this one; matching uses it up.
     * Called in report order, so which of several like findings is "new" is deterministic.
     */
    boolean consume(Finding finding) {
        String key = key(finding.ruleId(), finding.recordType(), finding.recordId(),
                List.copyOf(finding.fields().keySet()));
        Integer left = remaining.get(key);
        if (left == null || left == 0) {
            return false;
        }
        remaining.put(key, left - 1);
        return true;
    }

    /**
     * A finding is known by its rule, type, record (none for DQ-007, a missing column of a sheet)
     * and the fields it names: one rule may find several things wrong with one record (DQ-006 a
     * pair of dates each, DQ-001 a cell each), and a new one of them must not pass for an old one.
     * The fields' values are not part of it: a finding stays the same while the data it quotes is
     * being corrected.
     */
    private static String key(String ruleId, String recordType, String recordId, List<String> fields) {
        List<String> named = new ArrayList<>(fields);
        named.sort(null);
        return ruleId + '\u0000' + recordType + '\u0000' + (recordId != null ? recordId : "\u0001")
                + '\u0000' + String.join("\u0000", named);
    }
}

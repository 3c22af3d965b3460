package org.fazhi.evaluate;

import java.util.List;
import org.fazhi.report.Finding;

/**
 * What evaluation produced: the findings in report order, and the rules that were skipped
 * because what they join with was not supplied (no officer records).
 */
public record Evaluation(List<Finding> findings, List<String> skippedWithoutOfficers) {
}

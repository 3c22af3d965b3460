package org.fazhi.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fazhi.catalogue.RuleSpec;
import org.kie.api.KieBase;

/**
 * One loaded rule pack.
 *
 * @param dir      the pack's directory
 * @param manifest its {@code pack.yaml} (defaults when absent)
 * @param rules    its catalogue entries
 * @param places   where each rule ID is declared (file, sheet and cell), for messages
 * @param kieBase  its compiled rules
 * @param notes    what was corrected while reading it
 */
public record RulePack(Path dir, PackManifest manifest, List<RuleSpec> rules, Map<String, PackPlace> places,
                       KieBase kieBase, List<PackProblem> notes) {
}

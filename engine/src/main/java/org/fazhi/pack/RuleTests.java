package org.fazhi.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.catalogue.Catalogue;
import org.fazhi.catalogue.RuleSpec;
import org.fazhi.error.InputException;
import org.fazhi.evaluate.Evaluator;
import org.fazhi.evaluate.Parameters;
import org.fazhi.evaluate.RuleEngine;
import org.fazhi.evaluate.RuleSelection;
import org.fazhi.evaluate.RunContext;
import org.fazhi.evaluate.WorkCalendar;
import org.fazhi.model.FieldSpec;
import org.fazhi.model.Record;
import org.fazhi.model.RecordType;
import org.fazhi.model.RecordTypes;
import org.fazhi.model.SourceRef;
import org.fazhi.read.CellValues;
import org.fazhi.report.Finding;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Runs test cases (用例 rows, or the built-in catalogue's examples) against the built-in rules
 * plus the packs, as {@code check} runs them: the same working calendar (the official one, with
 * the run's overlay) and the same selection (the built-in rules a pack skips do not run). A case
 * compares the findings of the packs' own rules and of any built-in rule it names; other
 * built-in findings (a DQ-001 because a test row has no agency) do not count.
 */
public final class RuleTests {
    private final Catalogue catalogue;
    private final RuleEngine engine;
    private final Set<String> packIds;
    private final RuleSelection selection;
    private final RunContext context;

    /** The outcome of one case: what it expected and what it got of the compared rules. */
    public record Result(String name, Set<String> expected, Set<String> unexpected, Set<String> actual) {
        public boolean passed() {
            return actual.equals(expected) && actual.stream().noneMatch(unexpected::contains);
        }
    }

    public RuleTests(Packs packs, Parameters parameters, WorkCalendar calendar, LocalDate asOf)
            throws InputException {
        this.catalogue = packs.catalogue();
        this.engine = packs.ruleEngine();
        this.packIds = Set.copyOf(packs.ruleIds());
        this.selection = packs.selection(List.of(), List.of());
        this.context = new RunContext(asOf, parameters, calendar);
    }

    public List<Result> run(List<RuleCase> cases) {
        Map<String, List<RuleCase>> groups = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            RuleCase c = cases.get(i);
            groups.computeIfAbsent(c.group() == null ? "\u0000" + i : "g" + c.group(), k -> new ArrayList<>()).add(c);
        }
        List<Result> results = new ArrayList<>();
        Evaluator evaluator = new Evaluator(catalogue, engine, selection);
        for (List<RuleCase> group : groups.values()) {
            List<Record> records = group.stream().map(RuleCase::record).toList();
            List<Finding> findings = evaluator.evaluate(records, context).findings();
            for (RuleCase c : group) {
                if (!c.isCase()) {
                    continue;
                }
                Set<String> actual = new TreeSet<>();
                for (Finding f : findings) {
                    boolean compared = packIds.contains(f.ruleId()) || c.expected().contains(f.ruleId())
                            || c.unexpected().contains(f.ruleId());
                    if (compared && f.source().equals(c.record().getSource())) {
                        actual.add(f.ruleId());
                    }
                }
                results.add(new Result(c.name(), new TreeSet<>(c.expected()), new TreeSet<>(c.unexpected()), actual));
            }
        }
        return results;
    }

    /**
     * The built-in catalogue's examples as cases: the violating record must show its rule, the
     * passing one must not. Rules decided over several records, or joined with officers, are shown
     * by their own tests, not by one example record.
     */
    public static List<RuleCase> builtInCases(Catalogue catalogue) {
        Set<String> crossRecord = new java.util.HashSet<>();
        for (KiePackage kiePackage : RuleEngine.builtInRules().getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                if (rule.getMetaData().containsKey(RuleEngine.CROSS_RECORD)) {
                    crossRecord.add(rule.getName().split(" ", 2)[0]);
                }
            }
        }
        List<RuleCase> cases = new ArrayList<>();
        for (RuleSpec rule : catalogue.rules()) {
            RecordType type = RecordTypes.byKey(rule.recordType()).orElse(null);
            if (type == null || rule.needsOfficers() || crossRecord.contains(rule.id())) {
                continue;
            }
            for (String which : new TreeSet<>(rule.examples().keySet())) {
                boolean violating = which.equals("violating");
                Record record = type.newRecord(new SourceRef("catalogue", rule.id(), cases.size() + 1));
                rule.examples().get(which).forEach((key, text) -> type.field(key).ifPresent(
                        field -> set(record, field, text)));
                cases.add(new RuleCase(rule.id() + " " + which, null, record,
                        violating ? Set.of(rule.id()) : Set.of(), violating ? Set.of() : Set.of(rule.id())));
            }
        }
        return cases;
    }

    private static void set(Record record, FieldSpec field, String text) {
        CellValues.parse(field, text, false).ifPresent(v -> field.set(record, v));
    }
}

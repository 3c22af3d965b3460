package org.fazhi.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.fazhi.config.LoadOnce;
import org.kie.api.KieBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.Match;

/**
 * The compiled rules: the built-in knowledge base, precompiled into the rules jar at build time
 * and found on the class path, plus any user rule bases compiled at run time. Evaluation takes
 * a set of facts and returns what the rules reported; it does no I/O, so a partition of the
 * records can be evaluated anywhere.
 */
public final class RuleEngine {
    /** Rule metadata marking a rule that is decided over a group of records, not one record. */
    public static final String CROSS_RECORD = "crossRecord";
    /**
     * The agenda group of the cross-record rules. Drools evaluates a rule's conditions only when
     * its agenda group has the focus, so in a batch session these rules cost nothing: without it,
     * every batch would collect and group its candidates only for the filter to drop the result.
     * The {@link #CROSS_RECORD} metadata alone decides what fires; the group only saves the work
     * (a user's knowledge base without the group has all its rules evaluated in every session).
     */
    public static final String CROSS_RECORD_GROUP = "cross-record";

    private final List<Supplier<KieBase>> kieBases;

    public RuleEngine(List<KieBase> kieBases) {
        this.kieBases = kieBases.stream().map(kieBase -> (Supplier<KieBase>) () -> kieBase).toList();
    }

    private RuleEngine(Supplier<KieBase> builtIn, List<KieBase> more) {
        List<Supplier<KieBase>> all = new ArrayList<>(List.of(builtIn));
        all.addAll(new RuleEngine(more).kieBases);
        this.kieBases = List.copyOf(all);
    }

    /**
     * The built-in rules and {@code more} beside them. The built-in rule base is waited for only
     * when the engine is first used, so that a check can read ahead while it is still loading
     * ({@link org.fazhi.check.BuiltIns}).
     */
    public static RuleEngine builtInAnd(List<KieBase> more) {
        return new RuleEngine(BuiltIn.KIE_BASE::get, more);
    }

    /** The built-in rules, loaded once per process from the precompiled rules jar. */
    public static KieBase builtInRules() {
        return BuiltIn.KIE_BASE.get();
    }

    /**
     * Fires the built-in rules once on no facts, which reports nothing: what the first session of
     * a run would otherwise load (the classes of sessions, agendas and firing) is then loaded, on a
     * thread that loads ahead of a check.
     */
    public static void openFirstSession() {
        new RuleEngine(List.of(builtInRules())).evaluate(List.of(), Phase.ALL);
    }

    /** Which rules fire in one evaluation. */
    public enum Phase {
        /** Every rule: the facts are a whole partition (all records of one type and agency). */
        ALL(match -> true),
        /** Rules about one record (and its references): the facts may be any batch of records. */
        PER_RECORD(match -> !isCrossRecord(match)),
        /** Rules about groups of records: the facts are every retained record of one partition. */
        CROSS_RECORD(RuleEngine::isCrossRecord);

        private final AgendaFilter filter;

        Phase(AgendaFilter filter) {
            this.filter = filter;
        }
    }

    /** What one evaluation reported, and the records retained for the cross-record rules. */
    public record Outcome(List<Hit> hits, List<org.fazhi.model.Record> retained) {
    }

    /** Evaluates one set of facts in a fresh session per knowledge base, firing the phase's rules. */
    public Outcome evaluate(Collection<?> facts, Phase phase) {
        return evaluate(facts, phase, phase.filter);
    }

    /**
     * Evaluates one set of facts as the per-record phase does, firing only the matches that
     * {@code filter} accepts besides (e.g. one rule on a copy of a record).
     */
    public List<Hit> evaluatePerRecord(Collection<?> facts, AgendaFilter filter) {
        AgendaFilter perRecord = Phase.PER_RECORD.filter;
        return evaluate(facts, Phase.PER_RECORD, match -> perRecord.accept(match) && filter.accept(match)).hits();
    }

    /** The IDs of the rules decided over groups of records, in every knowledge base. */
    public Set<String> crossRecordRuleIds() {
        Set<String> ids = new TreeSet<>();
        for (Supplier<KieBase> kieBase : kieBases) {
            for (KiePackage pkg : kieBase.get().getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (rule.getMetaData().containsKey(CROSS_RECORD)) {
                        ids.add(ruleId(rule));
                    }
                }
            }
        }
        return ids;
    }

    /** The public rule ID of a DRL rule: its name's first word (authoring.md). */
    public static String ruleId(Rule rule) {
        String name = rule.getName();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private Outcome evaluate(Collection<?> facts, Phase phase, AgendaFilter filter) {
        List<Hit> hits = new ArrayList<>();
        List<org.fazhi.model.Record> retained = new ArrayList<>();
        for (Supplier<KieBase> kieBase : kieBases) {
            HitCollector collector = new HitCollector();
            KieSession session = kieBase.get().newKieSession();
            try {
                session.setGlobal("hits", collector);
                facts.forEach(session::insert);
                AgendaGroup crossRecord = session.getAgenda().getAgendaGroup(CROSS_RECORD_GROUP);
                if (phase != Phase.PER_RECORD && crossRecord != null) {
                    crossRecord.setFocus();
                }
                session.fireAllRules(filter);
            } finally {
                session.dispose();
            }
            hits.addAll(collector.hits());
            retained.addAll(collector.retained());
        }
        return new Outcome(hits, retained);
    }

    private static boolean isCrossRecord(Match match) {
        return match.getRule().getMetaData().containsKey(CROSS_RECORD);
    }

    /**
     * The built-in rule base is built on first use, and only once, straight from the
     * executable model classes that the rules jar's build generated and listed in its model index.
     * The class-path container would build the same rule base, but only after reading kmodule.xml
     * through XStream (some 260 classes, which the class data archive cannot hold) and scanning
     * the class path: about a third of the rule base's start-up CPU time, on every check.
     */
    private static final class BuiltIn {
        /** The rules jar's model index: a format line, then one executable model class per line. */
        static final String MODEL_INDEX = "META-INF/kie/org.fazhi/fazhi-rules/drools-model";
        private static final String MODEL_VERSION = "Drools-Model-Version:";
        static final LoadOnce<KieBase> KIE_BASE = new LoadOnce<>(BuiltIn::load);

        private static KieBase load() {
            ClassLoader loader = RuleEngine.class.getClassLoader();
            List<Model> models = new ArrayList<>();
            try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in rules are not on the class path: no " + MODEL_INDEX);
                }
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.trim();
                    if (!name.isEmpty() && !name.startsWith(MODEL_VERSION)) {
                        models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
                    }
                }
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("the built-in rules cannot be loaded from " + MODEL_INDEX, e);
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        }
    }
}

package org.fazhi.evaluate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The compiled rules: the built-in knowledge base, precompiled into the rules jar at build time
 * and found on the class path, plus any user rule bases compiled at run time. Evaluation takes
 * a set of facts and returns what the rules reported; it does no I/O, so a partition of the
 * records can be evaluated anywhere.
 */
public final class RuleEngine {
    /** The knowledge base name in the rules jar's kmodule.xml. */
    public static final String BUILT_IN_KBASE = "fazhi";

    private final List<KieBase> kieBases;

    public RuleEngine(List<KieBase> kieBases) {
        this.kieBases = List.copyOf(kieBases);
    }

    /** The built-in rules, loaded once per process from the precompiled rules jar. */
    public static KieBase builtInRules() {
        return BuiltIn.KIE_BASE;
    }

    /** Evaluates one partition of facts in a fresh stateless session per knowledge base. */
    public List<Hit> evaluate(Collection<?> facts) {
        List<Hit> hits = new ArrayList<>();
        for (KieBase kieBase : kieBases) {
            HitCollector collector = new HitCollector();
            StatelessKieSession session = kieBase.newStatelessKieSession();
            session.setGlobal("hits", collector);
            session.execute(facts);
            hits.addAll(collector.hits());
        }
        return hits;
    }

    /** Holder idiom: the class-path container is built on first use, and only once. */
    private static final class BuiltIn {
        static final KieBase KIE_BASE = KieServices.get().getKieClasspathContainer().getKieBase(BUILT_IN_KBASE);
    }
}

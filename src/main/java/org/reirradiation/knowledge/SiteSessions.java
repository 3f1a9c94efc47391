package org.reirradiation.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.reirradiation.model.Site;

/**
 * The compiled rules split by site: for each site a Drools knowledge base holding the common rules and
 * that site's rules only, the parameter facts those rules can match, and idle sessions that already
 * hold those parameters. Every site rule first matches the case's site, so a case never meets another
 * site's rules: leaving them out changes no answer but spares each session the nodes of about a hundred
 * rules. A session is reused: the case's facts go in, the rules fire, and everything but the parameters
 * is deleted again, which costs less than building a session and inserting the parameters for every
 * case (issue 10's profile). No rule may fire on the parameters alone (a load problem otherwise), so a
 * session holding only them is in the same state as a new one.
 */
final class SiteSessions {

    private final List<KiePackage> rulePackages;
    private final Map<Site, KieBase> knowledgeBases = new EnumMap<>(Site.class);
    private final Map<Site, List<Parameter>> parameterFacts = new EnumMap<>(Site.class);
    private final Map<Site, Queue<KieSession>> idle = new EnumMap<>(Site.class);

    /**
     * @param rulePackages the compiled packages of every area, one per rules folder
     * @throws KnowledgeBaseException when a rule fires on the parameters alone, without a case
     */
    SiteSessions(Collection<KiePackage> rulePackages, List<RuleInfo> rules, Parameters parameters) {
        this.rulePackages = List.copyOf(rulePackages);
        Set<Problem> problems = new LinkedHashSet<>();
        for (Site site : Site.values()) {
            Set<KnowledgeArea> areas = Set.of(KnowledgeArea.COMMON, KnowledgeArea.of(site));
            Set<String> packages = areas.stream().map(KnowledgeArea::drlPackage).collect(Collectors.toSet());
            // Drools' public API compiles once per knowledge base; building them from the packages keeps
            // one compilation for the six areas, which the start-up and reload times depend on.
            InternalKnowledgeBase siteRules = KnowledgeBaseFactory.newKnowledgeBase();
            siteRules.addPackages(this.rulePackages.stream().filter(p -> packages.contains(p.getName())).toList());
            knowledgeBases.put(site, siteRules);
            Set<String> keys = rules.stream().filter(r -> areas.contains(r.area()))
                    .flatMap(r -> r.parameters().stream()).collect(Collectors.toSet());
            parameterFacts.put(site, parameters.all().stream()
                    .filter(p -> p.value() != null && keys.contains(p.key())).toList());
            idle.put(site, new ConcurrentLinkedQueue<>());
            KieSession first = newSession(site);
            firedByParametersAlone(first).forEach(name -> rules.stream().filter(r -> r.title().equals(name))
                    .forEach(r -> problems.add(new Problem(r.file(), r.line(), "rule " + r.id()
                            + " fires on the parameters alone: every rule must match a fact of the case"))));
            idle.get(site).add(first);
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(List.copyOf(problems));
        }
    }

    List<KiePackage> rulePackages() {
        return rulePackages;
    }

    /** The parameters that the common rules and the site's rules name, those with a value. */
    List<Parameter> parameterFacts(Site site) {
        return parameterFacts.get(site);
    }

    /**
     * Inserts the facts of one case (without parameters: the session holds them) in a session of the
     * site's rules, fires every rule, and returns what the session holds.
     */
    List<Object> evaluate(Site site, Collection<?> caseFacts) {
        if (caseFacts.stream().anyMatch(Parameter.class::isInstance)) {
            throw new IllegalArgumentException("give the case's facts without parameters: the session holds them");
        }
        KieSession session = idle.get(site).poll();
        if (session == null) {
            session = newSession(site);
        }
        boolean clean = false;
        try {
            caseFacts.forEach(session::insert);
            session.fireAllRules();
            List<Object> objects = new ArrayList<>(session.getObjects());
            // a copy: the handles are a view of the session, which the deletions change
            for (FactHandle handle : new ArrayList<FactHandle>(session.getFactHandles(f -> !(f instanceof Parameter)))) {
                session.delete(handle);
            }
            clean = session.fireAllRules() == 0;
            return objects;
        } finally {
            if (clean) {
                idle.get(site).add(session);
            } else {
                session.dispose();
            }
        }
    }

    private KieSession newSession(Site site) {
        KieSession session = knowledgeBases.get(site).newKieSession();
        parameterFacts.get(site).forEach(session::insert);
        return session;
    }

    /** Fires a session holding only parameters: the names of the rules that fired, which must be none. */
    private static List<String> firedByParametersAlone(KieSession session) {
        List<String> fired = new ArrayList<>();
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        };
        session.addEventListener(listener);
        session.fireAllRules();
        session.removeEventListener(listener);
        return fired;
    }
}

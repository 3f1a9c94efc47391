package org.reirradiation.knowledge;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.command.Command;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.command.CommandFactory;
import org.reirradiation.model.Site;

/**
 * The compiled rules split by site: for each site a Drools knowledge base holding the common rules and
 * that site's rules only, with a pool of reusable sessions, and the parameter facts those rules can
 * match. Every site rule first matches the case's site, so a case never meets another site's rules:
 * leaving them out changes no answer but spares each session the nodes of about a hundred rules, and
 * a pooled session keeps its node memories instead of building them again for each case (issue 10's
 * profile: together about half the engine's time per assessment).
 */
final class SiteSessions {

    private final Map<Site, KieSessionsPool> pools = new EnumMap<>(Site.class);
    private final Map<Site, List<Parameter>> parameterFacts = new EnumMap<>(Site.class);

    private final List<KiePackage> rulePackages;

    /** @param rulePackages the compiled packages of every area, one per rules folder */
    SiteSessions(Collection<KiePackage> rulePackages, List<RuleInfo> rules, Parameters parameters) {
        this.rulePackages = List.copyOf(rulePackages);
        for (Site site : Site.values()) {
            Set<KnowledgeArea> areas = Set.of(KnowledgeArea.COMMON, KnowledgeArea.of(site));
            Set<String> packages = areas.stream().map(KnowledgeArea::drlPackage).collect(Collectors.toSet());
            // Drools' public API compiles once per knowledge base; building them from the packages keeps
            // one compilation for the six areas, which the start-up and reload times depend on.
            InternalKnowledgeBase siteRules = KnowledgeBaseFactory.newKnowledgeBase();
            siteRules.addPackages(this.rulePackages.stream().filter(p -> packages.contains(p.getName())).toList());
            pools.put(site, siteRules.newKieSessionsPool(1));
            Set<String> keys = rules.stream().filter(r -> areas.contains(r.area()))
                    .flatMap(r -> r.parameters().stream()).collect(Collectors.toSet());
            parameterFacts.put(site, parameters.all().stream()
                    .filter(p -> p.value() != null && keys.contains(p.key())).toList());
        }
    }

    List<KiePackage> rulePackages() {
        return rulePackages;
    }

    /** The parameters that the common rules and the site's rules name, those with a value. */
    List<Parameter> parameterFacts(Site site) {
        return parameterFacts.get(site);
    }

    /** Inserts the facts in a session of the site's rules, fires every rule, and returns what the session holds. */
    List<Object> evaluate(Site site, Collection<?> facts) {
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects("objects"));
        ExecutionResults results = pools.get(site).newStatelessKieSession()
                .execute(CommandFactory.newBatchExecution(commands));
        return List.copyOf((Collection<?>) results.getValue("objects"));
    }
}

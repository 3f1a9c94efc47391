package org.reirradiation.acceptance;

import java.net.URI;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.reirradiation.knowledge.KnowledgeArea;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.RuleIdOrder;
import org.reirradiation.knowledge.RuleInfo;
import org.reirradiation.model.Finding;

/**
 * The rules that the scenarios of this JVM fired, and the knowledge areas whose feature folders
 * (features/common/, features/head-and-neck/ ...) had scenarios. Kept for the whole run, not per
 * scenario, because coverage is a property of the run; public so that a command running the features
 * can report the rules that no scenario fired.
 */
public final class RuleCoverage {

    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
    private static final Set<KnowledgeArea> AREAS = ConcurrentHashMap.newKeySet();

    private RuleCoverage() {
    }

    /** Notes the area of a scenario from its feature's location: {@code .../features/<folder>/...}. */
    static void scenarioRan(URI feature) {
        String path = "/" + feature.getSchemeSpecificPart();
        for (KnowledgeArea area : KnowledgeArea.values()) {
            if (path.contains("/features/" + area.folder() + "/")) {
                AREAS.add(area);
            }
        }
    }

    static void fired(Collection<Finding> findings) {
        findings.forEach(finding -> FIRED.add(finding.ruleId()));
    }

    /** The ids of every rule that made a finding in any scenario so far, in natural id order. */
    public static Set<String> firedRuleIds() {
        Set<String> ids = new TreeSet<>(RuleIdOrder.NATURAL);
        ids.addAll(FIRED);
        return ids;
    }

    /** The knowledge areas whose feature folders had scenarios so far. */
    public static Set<KnowledgeArea> areasRun() {
        return AREAS.isEmpty() ? EnumSet.noneOf(KnowledgeArea.class) : EnumSet.copyOf(AREAS);
    }

    /**
     * The rules of the areas that ran that no scenario fired, in id order. A rule still waiting for a
     * local value (a parameter that ships empty) is exempt (DESIGN.md §5): it cannot fire without an
     * override, and scenarios show it working under one.
     */
    public static List<RuleInfo> unfired(KnowledgeBase knowledgeBase) {
        return knowledgeBase.rules().stream()
                .filter(rule -> AREAS.contains(rule.area()))
                .filter(rule -> !FIRED.contains(rule.id()))
                .filter(rule -> !rule.needsLocalValue(knowledgeBase.parameters()))
                .toList();
    }
}

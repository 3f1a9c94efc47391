package org.reirradiation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reirradiation.knowledge.KnowledgeArea;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.Parameter;
import org.reirradiation.model.ParameterOverride;

/** {@code GET /api/v1/knowledge-base}: which knowledge base is in force, what it holds, and its parameters. */
record KnowledgeBaseView(
        String name,
        String version,
        String status,
        String digest,
        String origin,
        int ruleCount,
        List<Area> sites,
        List<ParameterInForce> parameters,
        List<ParameterOverride> overrides) {

    /**
     * One folder of the rules directory; {@code site} is COMMON for the cross-site rules.
     * {@code scenarioCount} is absent when no features directory was counted.
     */
    record Area(String site, String folder, int ruleCount,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer scenarioCount) {
    }

    /** A parameter as the rules see it; {@code value} is null for a parameter that ships empty. */
    record ParameterInForce(String key, Double value, String unit, String comparison, String source,
            boolean verified, boolean overridden) {
    }

    static KnowledgeBaseView of(KnowledgeBase knowledgeBase, Optional<Map<KnowledgeArea, Integer>> scenarios) {
        List<Area> areas = Arrays.stream(KnowledgeArea.values())
                .map(area -> new Area(area.name(), area.folder(),
                        (int) knowledgeBase.rules().stream().filter(rule -> rule.area() == area).count(),
                        scenarios.map(counts -> counts.get(area)).orElse(null)))
                .toList();
        List<ParameterInForce> parameters = knowledgeBase.parameters().all().stream()
                .map(p -> inForce(p, knowledgeBase.parameters().isOverridden(p.key())))
                .toList();
        return new KnowledgeBaseView(knowledgeBase.name(), knowledgeBase.version(), knowledgeBase.status(),
                knowledgeBase.digest(), knowledgeBase.origin(), knowledgeBase.rules().size(), areas, parameters,
                knowledgeBase.parameters().overrides());
    }

    private static ParameterInForce inForce(Parameter p, boolean overridden) {
        return new ParameterInForce(p.key(), p.value(), p.unit(), p.comparison(), p.source(), p.verified(),
                overridden);
    }
}

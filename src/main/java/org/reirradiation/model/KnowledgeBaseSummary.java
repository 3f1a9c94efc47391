package org.reirradiation.model;

import java.util.List;

/** Which knowledge base answered, so that an assessment can be traced to the exact rules and values. */
public record KnowledgeBaseSummary(
        String name,
        String version,
        String digest,
        int ruleCount,
        List<ParameterOverride> parameterOverrides) {
}

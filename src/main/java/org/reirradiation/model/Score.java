package org.reirradiation.model;

import java.util.List;

/** A prognostic score with the factors that produced it. */
public record Score(
        ScoreName name,
        String value,
        String expectedOutcome,
        List<String> factors,
        String ruleId,
        List<String> sources,
        boolean verified) {
}

package org.reirradiation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Cumulative EQD2 of one organ and metric. The numbers are always shown; NO_LIMIT means the
 * knowledge base holds no limit, never that the dose is safe.
 */
public record CumulativeDoseEntry(
        Organ organ,
        Metric metric,
        double alphaBetaGy,
        Double priorEqd2Gy,
        Double plannedEqd2Gy,
        Double cumulativeEqd2Gy,
        double recoveryFactor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double cumulativeEqd2WithRecoveryGy,
        Double limitEqd2Gy,
        DoseStatus status,
        String ruleId,
        List<String> sources) {
}

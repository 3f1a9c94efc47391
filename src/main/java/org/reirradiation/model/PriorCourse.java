package org.reirradiation.model;

import java.time.LocalDate;
import java.util.List;

/** A radiotherapy course given before, to the region now recurring or near it. */
public record PriorCourse(
        LocalDate startDate,
        LocalDate endDate,
        Intent intent,
        Technique technique,
        Double totalDoseGy,
        Integer fractions,
        Integer fractionsPerDay,
        Boolean postoperative,
        Boolean brachytherapyBoost,
        List<Agent> concurrentSystemic) {
}

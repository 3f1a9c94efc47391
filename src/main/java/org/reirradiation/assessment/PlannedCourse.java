package org.reirradiation.assessment;

/**
 * Derived fact: the planned course's dose per fraction and its EQD2 at the tumour alpha/beta
 * ({@code common.alphaBeta.TUMOUR}); null when the plan lacks the dose or the fractions.
 */
public record PlannedCourse(Double dosePerFractionGy, Double eqd2TumourGy) {
}

package org.reirradiation.model;

import java.util.List;

/**
 * Doses to one organ at risk for one metric: each prior course and the planned course. A dose known
 * only as EQD2 is entered as that dose in 2-Gy fractions.
 */
public record OrganDose(
        Organ organ,
        Metric metric,
        Double alphaBetaGy,
        List<Dose> priorDoses,
        Dose plannedDose) {
}

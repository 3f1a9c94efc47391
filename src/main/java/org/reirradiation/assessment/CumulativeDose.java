package org.reirradiation.assessment;

import org.reirradiation.model.DoseStatus;
import org.reirradiation.model.Metric;
import org.reirradiation.model.Organ;

/**
 * Derived fact: the cumulative EQD2 of one organ-dose entry of the case (at {@code index} in
 * {@code organDoses}), with the limit the parameters hold for its organ, metric and technique.
 * {@code limitKey} names the parameter that gave the limit, so a rule can say which limit it checks:
 * {@code CumulativeDose(limitKey == "cx.limit.RECTUM.D2CC.any", status == DoseStatus.EXCEEDS)}.
 * Prior and planned parts are null when unknown, and so is the cumulative dose then.
 */
public record CumulativeDose(
        int index,
        Organ organ,
        Metric metric,
        double alphaBetaGy,
        Double priorEqd2Gy,
        Double maxPriorCourseEqd2Gy,
        Double plannedEqd2Gy,
        Double plannedDoseGy,
        Integer plannedFractions,
        Double cumulativeEqd2Gy,
        boolean dosedInBothCourses,
        double recoveryFactor,
        Double cumulativeEqd2WithRecoveryGy,
        String limitKey,
        Double limitEqd2Gy,
        DoseStatus status) {

    /** The value a limit is compared with: the recovery-discounted dose where a centre set recovery. */
    public Double checkedEqd2Gy() {
        return cumulativeEqd2WithRecoveryGy != null ? cumulativeEqd2WithRecoveryGy : cumulativeEqd2Gy;
    }

    /** The planned course's part of the cumulative dose (0..1), null when unknown or zero. */
    public Double plannedShare() {
        return plannedEqd2Gy == null || cumulativeEqd2Gy == null || cumulativeEqd2Gy == 0 ? null
                : plannedEqd2Gy / cumulativeEqd2Gy;
    }
}

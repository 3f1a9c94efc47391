package org.reirradiation.assessment;

/**
 * The linear-quadratic arithmetic of reirradiation (brief 0.5): BED and EQD2 of a course given as
 * total physical dose and number of fractions. Incomplete repair between twice-daily fractions is
 * ignored, as in the plain LQ model the literature uses.
 */
public final class Radiobiology {

    private Radiobiology() {
    }

    /** BED = D (1 + d / (alpha/beta)). */
    public static double bed(double totalDoseGy, int fractions, double alphaBetaGy) {
        double dosePerFraction = totalDoseGy / fractions;
        return totalDoseGy * (1 + dosePerFraction / alphaBetaGy);
    }

    /** EQD2 = D (d + alpha/beta) / (2 + alpha/beta). */
    public static double eqd2(double totalDoseGy, int fractions, double alphaBetaGy) {
        double dosePerFraction = totalDoseGy / fractions;
        return totalDoseGy * (dosePerFraction + alphaBetaGy) / (2 + alphaBetaGy);
    }

    public static double eqd2FromBed(double bed, double alphaBetaGy) {
        return bed / (1 + 2 / alphaBetaGy);
    }

    public static double bedFromEqd2(double eqd2, double alphaBetaGy) {
        return eqd2 * (1 + 2 / alphaBetaGy);
    }
}

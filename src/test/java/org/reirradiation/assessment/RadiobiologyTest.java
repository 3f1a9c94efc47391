package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RadiobiologyTest {

    /** The worked values of the clinical brief (0.5), to the brief's one decimal. */
    @ParameterizedTest(name = "{0} Gy / {1} fx at alpha/beta {2} = EQD2 {3}")
    @CsvSource({
        "70, 35, 3, 70.0", "60, 27, 10, 61.1", "60, 27, 3, 62.7", "65, 54, 10, 60.7", "65, 54, 3, 54.6",
        "35, 10, 2, 48.1", "45, 30, 3, 40.5", "40.8, 34, 3, 34.3", "39, 26, 3, 35.1", "32, 8, 3, 44.8",
        "25, 5, 3, 40.0", "25, 5, 10, 31.3", "40, 5, 10, 60.0", "40, 5, 3, 88.0", "36, 6, 10, 48.0",
        "18, 1, 2, 90.0"
    })
    void eqd2MatchesTheBriefsWorkedValues(double dose, int fractions, double alphaBeta, double expected) {
        assertThat(Radiobiology.eqd2(dose, fractions, alphaBeta)).isCloseTo(expected, within(0.05));
    }

    @Test
    void niederBedLimitsConvertToTheirEqd2() {
        assertThat(Radiobiology.eqd2FromBed(135.5, 2)).isCloseTo(67.75, within(1e-9));
        assertThat(Radiobiology.eqd2FromBed(98, 2)).isCloseTo(49.0, within(1e-9));
        assertThat(Radiobiology.bedFromEqd2(67.75, 2)).isCloseTo(135.5, within(1e-9));
    }

    @Test
    void bedOfTwoGrayFractionsAtAlphaBetaTwoIsTwiceTheDose() {
        assertThat(Radiobiology.bed(50, 25, 2)).isCloseTo(100.0, within(1e-9));
        assertThat(Radiobiology.eqd2(50, 25, 7.3)).isCloseTo(50.0, within(1e-9));
    }
}

package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.DoseStatus;
import org.reirradiation.model.ReirradiationCase;

class CaseFactsTest {

    private final CaseReader reader = new CaseReader();

    @Test
    void intervalsRunFromTheEndOfTheLatestPriorCourse() {
        Intervals intervals = CaseFacts.intervals(read("""
                {"site":"HEAD_AND_NECK","assessmentDate":"2025-03-20",
                 "priorCourses":[{"endDate":"2019-01-01"},{"endDate":"2021-02-19"}],
                 "recurrence":{"diagnosisDate":"2025-03-01"}}"""));
        assertThat(intervals.priorRtToRecurrenceMonths()).isCloseTo(48.357, within(0.001));
        assertThat(intervals.betweenCoursesMonths()).isCloseTo(49.032, within(0.001));
        assertThat(intervals.priorRtToRecurrenceWeeks()).isCloseTo(210.14, within(0.01));
    }

    @Test
    void aPlannedStartDateGivesTheIntervalBetweenCourses() {
        Intervals intervals = CaseFacts.intervals(read("""
                {"site":"HEAD_AND_NECK","assessmentDate":"2025-03-20","priorCourses":[{"endDate":"2022-06-13"}],
                 "plan":{"startDate":"2024-06-13"}}"""));
        assertThat(intervals.betweenCoursesMonths()).isEqualTo(24.0);
        assertThat(intervals.priorRtToRecurrenceMonths()).isNull();
    }

    @Test
    void cumulativeDoseUsesTheCaseAlphaBetaAndTheLimitForTheTechniqueClass() {
        CumulativeDose cord = cumulative(TestKnowledgeBase.bundled(), "IMRT", "SPINAL_CORD", "\"alphaBetaGy\":2,");
        assertThat(cord.priorEqd2Gy()).isCloseTo(40.46, within(0.01));
        assertThat(cord.plannedEqd2Gy()).isCloseTo(7.2, within(0.01));
        assertThat(cord.limitKey()).isEqualTo("common.limit.SPINAL_CORD.DMAX.conventional");
        assertThat(cord.status()).isEqualTo(DoseStatus.WITHIN);

        CumulativeDose sbrt = cumulative(TestKnowledgeBase.bundled(), "SBRT", "SPINAL_CORD", "");
        assertThat(sbrt.alphaBetaGy()).isEqualTo(2.0);
        assertThat(sbrt.limitKey()).isEqualTo("common.limit.SPINAL_CORD.DMAX.sbrt");

        CumulativeDose noLimit = cumulative(TestKnowledgeBase.bundled(), "IMRT", "MANDIBLE", "");
        assertThat(noLimit.alphaBetaGy()).isEqualTo(3.0);
        assertThat(noLimit.status()).isEqualTo(DoseStatus.NO_LIMIT);
        assertThat(noLimit.cumulativeEqd2Gy()).isNotNull();
    }

    @Test
    void withoutAPlannedTechniqueOnlyAnyLimitsApply() {
        assertThat(cumulative(TestKnowledgeBase.bundled(), null, "SPINAL_CORD", "").status()).isEqualTo(DoseStatus.NO_LIMIT);
        assertThat(cumulative(TestKnowledgeBase.bundled(), null, "BRACHIAL_PLEXUS", "").limitKey())
                .isEqualTo("common.limit.BRACHIAL_PLEXUS.DMAX.any");
    }

    @Test
    void cordRecoveryIsOffUntilACentreSetsItAndThenDiscountsThePriorDose() throws Exception {
        CumulativeDose plain = cumulative(TestKnowledgeBase.bundled(), "IMRT", "SPINAL_CORD", "");
        assertThat(plain.recoveryFactor()).isZero();
        assertThat(plain.cumulativeEqd2WithRecoveryGy()).isNull();

        Path overrides = Files.createTempFile("overrides", ".csv");
        Files.writeString(overrides, "key,value,unit\ncommon.cordRecoveryAt12Months,0.5,fraction\n");
        CumulativeDose recovered = cumulative(KnowledgeBaseLoader.fromDirectory(Path.of("rules"), overrides), "IMRT",
                "SPINAL_CORD", "");
        assertThat(recovered.recoveryFactor()).isEqualTo(0.5);
        assertThat(recovered.cumulativeEqd2WithRecoveryGy())
                .isCloseTo(recovered.priorEqd2Gy() / 2 + recovered.plannedEqd2Gy(), within(1e-9));
        assertThat(recovered.checkedEqd2Gy()).isEqualTo(recovered.cumulativeEqd2WithRecoveryGy());
    }

    private CumulativeDose cumulative(KnowledgeBase knowledgeBase, String technique, String organ, String alphaBeta) {
        ReirradiationCase c = read("""
                {"site":"HEAD_AND_NECK","assessmentDate":"2025-03-20","priorCourses":[{"endDate":"2021-02-19"}],
                 "organDoses":[{"organ":"%s","metric":"DMAX",%s"priorDoses":[{"doseGy":48,"fractions":35}],
                                "plannedDose":{"doseGy":12,"fractions":30}}],
                 "plan":{%s}}""".formatted(organ, alphaBeta, technique == null ? "" : "\"technique\":\"" + technique + "\""));
        List<Object> facts = CaseFacts.of(c, knowledgeBase);
        return facts.stream().filter(CumulativeDose.class::isInstance).map(CumulativeDose.class::cast).findFirst()
                .orElseThrow();
    }

    private ReirradiationCase read(String json) {
        return reader.read(json).normalised();
    }
}

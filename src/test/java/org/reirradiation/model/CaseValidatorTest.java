package org.reirradiation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class CaseValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void anAlmostEmptyCaseIsValid() {
        assertThat(validate("{\"site\":\"BRAIN\"}")).isEmpty();
    }

    @Test
    void siteIsRequired() {
        assertThat(validate("{}")).containsExactly(new FieldError("site", "is required"));
    }

    @Test
    void aPlanMayStartAfterTheAssessmentDate() {
        assertThat(validate("{\"site\":\"BRAIN\",\"assessmentDate\":\"2025-03-20\","
                + "\"plan\":{\"startDate\":\"2030-01-01\"}}")).isEmpty();
    }

    @Test
    void otherDatesMayNotBeAfterTheAssessmentDate() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\",\"assessmentDate\":\"2025-03-20\","
                + "\"priorCourses\":[{\"startDate\":\"2025-03-21\",\"endDate\":\"2025-04-30\"}],"
                + "\"recurrence\":{\"diagnosisDate\":\"2025-05-01\"}}");

        String message = "must not be after the assessment date 2025-03-20";
        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("priorCourses[0].startDate", message),
                new FieldError("priorCourses[0].endDate", message),
                new FieldError("recurrence.diagnosisDate", message));
    }

    @Test
    void todayIsTheAssessmentDateWhenNoneIsGiven() {
        assertThat(validate("{\"site\":\"BRAIN\",\"recurrence\":{\"diagnosisDate\":\"2025-06-02\"}}"))
                .containsExactly(new FieldError("recurrence.diagnosisDate",
                        "must not be after the assessment date 2025-06-01"));
        assertThat(validate("{\"site\":\"BRAIN\",\"recurrence\":{\"diagnosisDate\":\"2025-06-01\"}}")).isEmpty();
    }

    @Test
    void theAssessmentDateItselfMayLieInTheFuture() {
        assertThat(validate("{\"site\":\"BRAIN\",\"assessmentDate\":\"2030-01-01\"}")).isEmpty();
    }

    @Test
    void aCourseMayNotEndBeforeItStarts() {
        assertThat(validate("{\"site\":\"BRAIN\",\"priorCourses\":[{},"
                + "{\"startDate\":\"2021-02-19\",\"endDate\":\"2021-01-04\"}]}"))
                .containsExactly(new FieldError("priorCourses[1].endDate", "must not be before priorCourses[1].startDate"));
    }

    @Test
    void aRecurrenceMayNotPrecedeTheEndOfTheLatestPriorCourse() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\",\"priorCourses\":["
                + "{\"startDate\":\"2015-01-05\",\"endDate\":\"2015-02-20\"},"
                + "{\"startDate\":\"2021-01-04\",\"endDate\":\"2021-02-19\"}],"
                + "\"recurrence\":{\"diagnosisDate\":\"2021-02-01\"}}");

        assertThat(errors).containsExactly(new FieldError("recurrence.diagnosisDate",
                "must not be before the end of the latest prior course (priorCourses[1].endDate 2021-02-19)"));
    }

    @Test
    void aRecurrenceOnTheLastDayOfThePriorCourseIsAccepted() {
        assertThat(validate("{\"site\":\"BRAIN\",\"priorCourses\":[{\"endDate\":\"2021-02-19\"}],"
                + "\"recurrence\":{\"diagnosisDate\":\"2021-02-19\"}}")).isEmpty();
    }

    @Test
    void aCourseWithoutEndDateStillEndedAfterItsStart() {
        assertThat(validate("{\"site\":\"BRAIN\",\"priorCourses\":[{\"startDate\":\"2021-01-04\"}],"
                + "\"recurrence\":{\"diagnosisDate\":\"2020-12-01\"}}"))
                .containsExactly(new FieldError("recurrence.diagnosisDate",
                        "must not be before the start of a prior course (priorCourses[0].startDate 2021-01-04)"));
    }

    @Test
    void courseDosesAndFractionsMustBePositive() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\","
                + "\"priorCourses\":[{\"totalDoseGy\":0,\"fractions\":0,\"fractionsPerDay\":-1}],"
                + "\"plan\":{\"totalDoseGy\":-2,\"fractions\":0,\"fractionsPerDay\":0}}");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "priorCourses[0].totalDoseGy", "priorCourses[0].fractions", "priorCourses[0].fractionsPerDay",
                "plan.totalDoseGy", "plan.fractions", "plan.fractionsPerDay");
        assertThat(errors).extracting(FieldError::message).containsOnly("must be greater than 0");
    }

    @Test
    void dosesAbove200GyPerCourseAreRejected() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\","
                + "\"priorCourses\":[{\"totalDoseGy\":10000}],\"plan\":{\"totalDoseGy\":200.5},"
                + "\"organDoses\":[{\"priorDoses\":[{\"doseGy\":201}],\"plannedDose\":{\"doseGy\":10000}}]}");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "priorCourses[0].totalDoseGy", "plan.totalDoseGy",
                "organDoses[0].priorDoses[0].doseGy", "organDoses[0].plannedDose.doseGy");
        assertThat(errors).extracting(FieldError::message).containsOnly("must not exceed 200 Gy per course");
        assertThat(validate("{\"site\":\"BRAIN\",\"plan\":{\"totalDoseGy\":200}}")).isEmpty();
    }

    @Test
    void aPlannedOrganDoseOfZeroIsValid() {
        assertThat(validate("{\"site\":\"BRAIN\",\"organDoses\":[{\"organ\":\"SPINAL_CORD\","
                + "\"priorDoses\":[{\"doseGy\":0,\"fractions\":1}],\"plannedDose\":{\"doseGy\":0,\"fractions\":30}}]}"))
                .isEmpty();
    }

    @Test
    void negativeOrganDosesAndNonPositiveOrganFractionsAreRejected() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\",\"organDoses\":[{\"alphaBetaGy\":0,"
                + "\"priorDoses\":[{\"doseGy\":48,\"fractions\":0}],\"plannedDose\":{\"doseGy\":-1,\"fractions\":30}}]}");

        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("organDoses[0].alphaBetaGy", "must be greater than 0"),
                new FieldError("organDoses[0].priorDoses[0].fractions", "must be greater than 0"),
                new FieldError("organDoses[0].plannedDose.doseGy", "must not be negative"));
    }

    @Test
    void scoresAndGradesOutsideTheirScalesAreRejected() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\","
                + "\"patient\":{\"ageYears\":130,\"ecog\":7,\"kps\":150},"
                + "\"priorToxicities\":[{\"ctcaeGrade\":0}],"
                + "\"recurrence\":{\"whoGrade\":5,\"carotidEncasementDegrees\":400}}");

        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("patient.ageYears", "must be between 0 and 120"),
                new FieldError("patient.ecog", "must be between 0 and 4"),
                new FieldError("patient.kps", "must be between 0 and 100"),
                new FieldError("priorToxicities[0].ctcaeGrade", "must be between 1 and 5"),
                new FieldError("recurrence.whoGrade", "must be between 1 and 4"),
                new FieldError("recurrence.carotidEncasementDegrees", "must be between 0 and 360"));
    }

    @Test
    void theBoundsOfEachScaleAreValid() {
        assertThat(validate("{\"site\":\"BRAIN\",\"patient\":{\"ageYears\":0,\"ecog\":4,\"kps\":100},"
                + "\"priorToxicities\":[{\"ctcaeGrade\":5}],"
                + "\"recurrence\":{\"whoGrade\":1,\"carotidEncasementDegrees\":360}}")).isEmpty();
    }

    @Test
    void quantitiesThatCannotBeNegativeAreRejected() {
        List<FieldError> errors = validate("{\"site\":\"BRAIN\",\"patient\":{\"estimatedSurvivalMonths\":-1},"
                + "\"recurrence\":{\"maxDiameterCm\":-1,\"volumeCc\":-1,\"distanceToInternalCarotidMm\":-1,"
                + "\"bowelDistanceMm\":-1,\"weeksSinceSurgery\":-1},"
                + "\"plan\":{\"systemicTherapy\":[{\"agent\":\"CETUXIMAB\",\"weeksFromRadiotherapy\":-1}]}}");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "patient.estimatedSurvivalMonths", "recurrence.maxDiameterCm", "recurrence.volumeCc",
                "recurrence.distanceToInternalCarotidMm", "recurrence.bowelDistanceMm",
                "recurrence.weeksSinceSurgery", "plan.systemicTherapy[0].weeksFromRadiotherapy");
        assertThat(errors).extracting(FieldError::message).containsOnly("must not be negative");
    }

    @Test
    void rStageMustFollowTheNotation() {
        assertThat(validate("{\"site\":\"BRAIN\",\"recurrence\":{\"rStage\":\"rT4a\"}}")).isEmpty();
        assertThat(validate("{\"site\":\"BRAIN\",\"recurrence\":{\"rStage\":\"T5\"}}"))
                .extracting(FieldError::field).containsExactly("recurrence.rStage");
    }

    @Test
    void listsLongerThan50ItemsAreRejected() {
        String fiftyOne = String.join(",", Collections.nCopies(51, "\"MRI\""));
        String fifty = String.join(",", Collections.nCopies(50, "{}"));

        assertThat(validate("{\"site\":\"BRAIN\",\"recurrence\":{\"imaging\":[" + fiftyOne + "]},"
                + "\"priorToxicities\":[" + fifty + "]}"))
                .containsExactly(new FieldError("recurrence.imaging", "must have at most 50 items"));
    }

    @Test
    void nullItemsOfListsBuiltInJavaAreRejected() {
        List<PriorCourse> courses = new ArrayList<>(Arrays.asList(null,
                new PriorCourse(null, null, null, null, null, null, null, null, null, Arrays.asList(Agent.OTHER, null))));
        ReirradiationCase c = new ReirradiationCase(null, null, Site.BRAIN, null, courses, null, null, null, null, null);

        assertThat(CaseValidator.validate(c, TODAY)).containsExactlyInAnyOrder(
                new FieldError("priorCourses[0]", "must not be null"),
                new FieldError("priorCourses[1].concurrentSystemic[1]", "must not be null"));
    }

    @Test
    void everyErrorIsReported() {
        List<FieldError> errors = validate("{\"patient\":{\"ecog\":5},\"plan\":{\"fractions\":0}}");

        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder("site", "patient.ecog",
                "plan.fractions");
    }

    private static List<FieldError> validate(String json) {
        return CaseValidator.validate(Json.mapper().readValue(json, ReirradiationCase.class), TODAY);
    }
}

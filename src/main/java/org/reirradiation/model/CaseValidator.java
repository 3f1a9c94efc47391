package org.reirradiation.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The contract's semantic checks on a case, however it was built (JSON or Java). Absent values are
 * unknown and never an error, except {@code site}; every problem found is reported.
 */
public final class CaseValidator {

    private static final int MAX_LIST_SIZE = 50;
    private static final int MAX_COURSE_DOSE_GY = 200;

    private final List<FieldError> errors = new ArrayList<>();
    private final LocalDate assessmentDate;

    private CaseValidator(LocalDate assessmentDate) {
        this.assessmentDate = assessmentDate;
    }

    /**
     * @param today the reference date when the case gives no {@code assessmentDate}
     * @return the problems found, empty for a valid case
     */
    public static List<FieldError> validate(ReirradiationCase c, LocalDate today) {
        CaseValidator validator = new CaseValidator(c.assessmentDate() != null ? c.assessmentDate() : today);
        validator.check(c);
        return List.copyOf(validator.errors);
    }

    private void check(ReirradiationCase c) {
        if (c.site() == null) {
            error("site", "is required");
        }
        if (c.patient() != null) {
            patient(c.patient());
        }
        list("priorCourses", c.priorCourses(), this::priorCourse);
        list("priorToxicities", c.priorToxicities(), this::priorToxicity);
        if (c.recurrence() != null) {
            recurrence(c.recurrence(), c.priorCourses());
        }
        list("organDoses", c.organDoses(), this::organDose);
        if (c.plan() != null) {
            plan(c.plan());
        }
    }

    private void patient(Patient p) {
        range("patient.ageYears", p.ageYears(), 0, 120);
        range("patient.ecog", p.ecog(), 0, 4);
        range("patient.kps", p.kps(), 0, 100);
        notNegative("patient.estimatedSurvivalMonths", p.estimatedSurvivalMonths());
    }

    private void priorCourse(String path, PriorCourse course) {
        notAfterAssessment(path + ".startDate", course.startDate());
        notAfterAssessment(path + ".endDate", course.endDate());
        if (course.startDate() != null && course.endDate() != null
                && course.endDate().isBefore(course.startDate())) {
            error(path + ".endDate", "must not be before " + path + ".startDate");
        }
        courseDose(path + ".totalDoseGy", course.totalDoseGy());
        positive(path + ".fractions", course.fractions());
        positive(path + ".fractionsPerDay", course.fractionsPerDay());
        list(path + ".concurrentSystemic", course.concurrentSystemic());
    }

    private void priorToxicity(String path, PriorToxicity toxicity) {
        range(path + ".ctcaeGrade", toxicity.ctcaeGrade(), 1, 5);
    }

    private void recurrence(Recurrence r, List<PriorCourse> priorCourses) {
        notAfterAssessment("recurrence.diagnosisDate", r.diagnosisDate());
        if (r.diagnosisDate() != null && priorCourses != null) {
            notBeforeLatestCourse(r.diagnosisDate(), priorCourses);
        }
        notNegative("recurrence.maxDiameterCm", r.maxDiameterCm());
        notNegative("recurrence.volumeCc", r.volumeCc());
        if (r.rStage() != null && !Recurrence.R_STAGE.matcher(r.rStage()).matches()) {
            error("recurrence.rStage", "must be rT1 to rT4, optionally followed by a letter a-d (as in rT4a)");
        }
        range("recurrence.carotidEncasementDegrees", r.carotidEncasementDegrees(), 0, 360);
        list("recurrence.imaging", r.imaging());
        notNegative("recurrence.distanceToInternalCarotidMm", r.distanceToInternalCarotidMm());
        list("recurrence.organInvasion", r.organInvasion());
        notNegative("recurrence.bowelDistanceMm", r.bowelDistanceMm());
        range("recurrence.whoGrade", r.whoGrade(), 1, 4);
        notNegative("recurrence.weeksSinceSurgery", r.weeksSinceSurgery());
    }

    /**
     * A course whose end is unknown still ended on or after its start, so the start bounds the
     * diagnosis date too.
     */
    private void notBeforeLatestCourse(LocalDate diagnosis, List<PriorCourse> priorCourses) {
        String latestBound = null;
        LocalDate latest = null;
        for (int i = 0; i < priorCourses.size(); i++) {
            PriorCourse course = priorCourses.get(i);
            if (course == null) {
                continue;
            }
            boolean endKnown = course.endDate() != null;
            LocalDate bound = endKnown ? course.endDate() : course.startDate();
            if (bound != null && (latest == null || bound.isAfter(latest))) {
                latest = bound;
                latestBound = (endKnown ? "the end of the latest prior course (priorCourses[" + i + "].endDate "
                        : "the start of a prior course (priorCourses[" + i + "].startDate ") + bound + ")";
            }
        }
        if (latest != null && diagnosis.isBefore(latest)) {
            error("recurrence.diagnosisDate", "must not be before " + latestBound);
        }
    }

    private void organDose(String path, OrganDose organDose) {
        if (organDose.alphaBetaGy() != null && organDose.alphaBetaGy() <= 0) {
            error(path + ".alphaBetaGy", "must be greater than 0");
        }
        list(path + ".priorDoses", organDose.priorDoses(), this::dose);
        if (organDose.plannedDose() != null) {
            dose(path + ".plannedDose", organDose.plannedDose());
        }
    }

    /** An organ may receive no dose at all, so 0 Gy is valid here, unlike a course dose. */
    private void dose(String path, Dose dose) {
        notNegative(path + ".doseGy", dose.doseGy());
        atMostCourseMaximum(path + ".doseGy", dose.doseGy());
        positive(path + ".fractions", dose.fractions());
    }

    private void plan(Plan plan) {
        courseDose("plan.totalDoseGy", plan.totalDoseGy());
        positive("plan.fractions", plan.fractions());
        positive("plan.fractionsPerDay", plan.fractionsPerDay());
        list("plan.systemicTherapy", plan.systemicTherapy(),
                (path, therapy) -> notNegative(path + ".weeksFromRadiotherapy", therapy.weeksFromRadiotherapy()));
    }

    private void list(String path, List<?> items) {
        list(path, items, (itemPath, item) -> { });
    }

    private <T> void list(String path, List<T> items, BiConsumer<String, T> item) {
        if (items == null) {
            return;
        }
        if (items.size() > MAX_LIST_SIZE) {
            error(path, "must have at most " + MAX_LIST_SIZE + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (items.get(i) == null) {
                error(itemPath, "must not be null");
            } else {
                item.accept(itemPath, items.get(i));
            }
        }
    }

    private void courseDose(String path, Double doseGy) {
        if (doseGy != null && doseGy <= 0) {
            error(path, "must be greater than 0");
        }
        atMostCourseMaximum(path, doseGy);
    }

    private void atMostCourseMaximum(String path, Double doseGy) {
        if (doseGy != null && doseGy > MAX_COURSE_DOSE_GY) {
            error(path, "must not exceed " + MAX_COURSE_DOSE_GY + " Gy per course");
        }
    }

    private void positive(String path, Integer value) {
        if (value != null && value <= 0) {
            error(path, "must be greater than 0");
        }
    }

    private void notNegative(String path, Double value) {
        if (value != null && value < 0) {
            error(path, "must not be negative");
        }
    }

    private void range(String path, Number value, int min, int max) {
        if (value != null && (value.doubleValue() < min || value.doubleValue() > max)) {
            error(path, "must be between " + min + " and " + max);
        }
    }

    private void notAfterAssessment(String path, LocalDate date) {
        if (date != null && date.isAfter(assessmentDate)) {
            error(path, "must not be after the assessment date " + assessmentDate);
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}

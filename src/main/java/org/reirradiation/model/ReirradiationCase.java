package org.reirradiation.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One patient's case as the contract gives it. Every field except {@code site} may be absent, and
 * absence means unknown; {@link #normalised()} replaces absent parts by empty ones so that rules can
 * read nested fields without null checks, while each leaf stays null when unknown.
 */
public record ReirradiationCase(
        String caseId,
        LocalDate assessmentDate,
        Site site,
        Patient patient,
        List<PriorCourse> priorCourses,
        List<PriorToxicity> priorToxicities,
        Recurrence recurrence,
        List<OrganDose> organDoses,
        Plan plan,
        Context context) {

    public ReirradiationCase normalised() {
        return new ReirradiationCase(
                caseId,
                assessmentDate,
                site,
                patient == null ? Patient.UNKNOWN : patient,
                priorCourses == null ? List.of() : priorCourses,
                priorToxicities == null ? List.of() : priorToxicities,
                recurrence == null ? Recurrence.UNKNOWN : recurrence,
                organDoses == null ? List.of() : organDoses,
                (plan == null ? Plan.UNKNOWN : plan).normalised(),
                context == null ? Context.UNKNOWN : context);
    }

    public ReirradiationCase withAssessmentDate(LocalDate date) {
        return new ReirradiationCase(caseId, date, site, patient, priorCourses, priorToxicities, recurrence,
                organDoses, plan, context);
    }
}

package org.reirradiation.model;

/** The patient's condition at the time of the reirradiation decision. */
public record Patient(
        Integer ageYears,
        Integer ecog,
        Integer kps,
        Double estimatedSurvivalMonths,
        Boolean feedingTubeDependent,
        Boolean tracheostomyDependent,
        Boolean fitForSurgery,
        Boolean declinesSurgery,
        Boolean wantsOrganPreservation,
        Boolean chemotherapyContraindicated) {

    static final Patient UNKNOWN = new Patient(null, null, null, null, null, null, null, null, null, null);
}

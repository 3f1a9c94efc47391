package org.reirradiation.model;

/** What the treating centre has and has done. */
public record Context(
        Boolean mdtReviewed,
        Boolean priorPlanAvailable,
        Boolean centreReRtExperience,
        DoseAccumulationMethod doseAccumulationMethod,
        Boolean protonAvailable,
        Boolean carbonIonAvailable,
        Boolean hyperthermiaAvailable,
        Boolean brachytherapyExpertise,
        Boolean iortAvailable) {

    static final Context UNKNOWN = new Context(null, null, null, null, null, null, null, null, null);
}

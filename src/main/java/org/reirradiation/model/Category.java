package org.reirradiation.model;

/** What a finding is about; the order is the order of findings in an assessment. */
public enum Category {
    ELIGIBILITY, ALTERNATIVE, TECHNIQUE, SCHEDULE, COMBINATION, DOSE_CHECK, WORKUP, COUNSEL, TRIAL, PROGNOSIS, CLASSIFICATION
}

package org.reirradiation.model;

/** Timing of a systemic agent relative to the radiotherapy course. */
public enum Timing {
    CONCURRENT, SEQUENTIAL, INDUCTION, ADJUVANT
}

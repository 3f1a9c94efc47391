package org.reirradiation.model;

/** Pelvic compartment of a rectal cancer recurrence. */
public enum Compartment {
    AXIAL, ANTERIOR, POSTERIOR, LATERAL
}

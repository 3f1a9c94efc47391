package org.reirradiation.model;

/** A physical dose and the number of fractions it was (or will be) given in. */
public record Dose(Double doseGy, Integer fractions) {
}

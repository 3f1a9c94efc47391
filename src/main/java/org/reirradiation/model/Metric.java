package org.reirradiation.model;

/** Dose-volume metric of an organ dose. */
public enum Metric {
    DMAX, D0_03CC, D2CC, DMEAN
}

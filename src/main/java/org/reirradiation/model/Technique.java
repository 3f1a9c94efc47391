package org.reirradiation.model;

/** Radiotherapy technique; IMRT includes VMAT, SBRT includes SRS and FSRT. */
public enum Technique {
    THREE_D_CRT, IMRT, SBRT, PROTON, CARBON_ION, BRACHYTHERAPY, IORT
}

package org.reirradiation.model;

/** A fact that may be known to be true, known to be false, or explicitly unknown. */
public enum TriState {
    YES, NO, UNKNOWN
}

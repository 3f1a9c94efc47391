package org.reirradiation.model;

/** A cumulative dose against the limit held for its organ, metric and technique. */
public enum DoseStatus {
    WITHIN, EXCEEDS, NO_LIMIT
}

package org.reirradiation.model;

/** How prior and planned doses were accumulated. */
public enum DoseAccumulationMethod {
    RIGID, DEFORMABLE, POINT
}

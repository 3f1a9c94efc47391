package org.reirradiation.model;

/** Treatment intent of a course. */
public enum Intent {
    CURATIVE, PALLIATIVE
}

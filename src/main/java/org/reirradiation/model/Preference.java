package org.reirradiation.model;

/** How a finding rates the technique, schedule or agent it names. */
public enum Preference {
    PREFERRED, ACCEPTABLE, DISCOURAGED
}

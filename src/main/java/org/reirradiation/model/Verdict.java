package org.reirradiation.model;

/** Candidacy verdict on the plan as given, from most to least favourable (resolution: DESIGN.md §4). */
public enum Verdict {
    FAVOURABLE, CONDITIONAL, UNFAVOURABLE, NOT_RECOMMENDED, INSUFFICIENT_INFORMATION
}

package org.reirradiation.model;

/** Strongest level of evidence behind a rule, strongest first. */
public enum Evidence {
    RCT, SR, P2, RETRO, CONS
}

package org.reirradiation.model;

/** Expected resection margin. */
public enum Margin {
    R0, R1, R2
}

package org.reirradiation.model;

/** How urgently a finding must be read; the order is HIGH first in an assessment. */
public enum Severity {
    HIGH, CAUTION, INFO
}

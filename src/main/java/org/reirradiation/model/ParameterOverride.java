package org.reirradiation.model;

/** A parameter whose value a centre has replaced; values as written in the parameter files. */
public record ParameterOverride(String key, String value, String defaultValue, String unit) {
}

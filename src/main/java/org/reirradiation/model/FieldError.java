package org.reirradiation.model;

/**
 * One problem with a case. {@code field} is a path in the grammar of the contract: dot-separated
 * names and {@code [n]} for list items ({@code priorCourses[0].endDate}); {@code $} names the
 * document as a whole.
 */
public record FieldError(String field, String message) {
}

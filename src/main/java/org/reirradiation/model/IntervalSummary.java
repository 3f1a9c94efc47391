package org.reirradiation.model;

/** Calendar-month intervals, rounded half-up to one decimal; null when a date is unknown. */
public record IntervalSummary(Double priorRtToRecurrenceMonths, Double betweenCoursesMonths) {
}

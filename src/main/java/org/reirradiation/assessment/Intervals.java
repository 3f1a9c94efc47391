package org.reirradiation.assessment;

/**
 * Derived fact: the intervals of DESIGN.md §3 in exact calendar months (and weeks), null when a date
 * they need is unknown. Rules compare the exact value; the output rounds it.
 */
public record Intervals(Double priorRtToRecurrenceMonths, Double betweenCoursesMonths,
        Double priorRtToRecurrenceWeeks) {
}

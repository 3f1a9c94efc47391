package org.reirradiation.model;

/** A dose schedule named by a finding; the description also names any alternative schedule. */
public record ScheduleProposal(
        Double totalDoseGy,
        Integer fractions,
        Integer fractionsPerDay,
        Schedule pattern,
        String description) {
}

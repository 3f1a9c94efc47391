package org.reirradiation.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The proposed reirradiation. {@code technique} is the main technique; {@code iort} and
 * {@code hyperthermia} are added to it. {@code schedule} is authoritative for the pattern.
 */
public record Plan(
        Intent intent,
        Technique technique,
        Double totalDoseGy,
        Integer fractions,
        Integer fractionsPerDay,
        Schedule schedule,
        LocalDate startDate,
        List<SystemicTherapy> systemicTherapy,
        Boolean hyperthermia,
        Boolean iort,
        Boolean wholeBrain,
        SalvageSurgery salvageSurgery) {

    static final Plan UNKNOWN = new Plan(null, null, null, null, null, null, null, null, null, null, null, null);

    /**
     * No list is null, and a concurrent agent without a gap is given the gap 0, which the contract
     * defines as "during the course": a concurrent agent is during it by definition.
     */
    Plan normalised() {
        List<SystemicTherapy> agents = systemicTherapy == null ? List.of() : systemicTherapy.stream()
                .map(SystemicTherapy::normalised).toList();
        return new Plan(intent, technique, totalDoseGy, fractions, fractionsPerDay, schedule, startDate,
                agents, hyperthermia, iort, wholeBrain, salvageSurgery);
    }
}

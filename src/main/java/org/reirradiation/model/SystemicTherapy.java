package org.reirradiation.model;

/**
 * A systemic agent in the plan. {@code weeksFromRadiotherapy} is the absolute gap in weeks between
 * the agent and the radiotherapy course, 0 meaning during it.
 */
public record SystemicTherapy(Agent agent, Timing timing, Double weeksFromRadiotherapy) {

    SystemicTherapy normalised() {
        return timing == Timing.CONCURRENT && weeksFromRadiotherapy == null
                ? new SystemicTherapy(agent, timing, 0.0) : this;
    }
}

package org.reirradiation.model;

/**
 * A systemic agent in the plan. {@code weeksFromRadiotherapy} is the absolute gap in weeks between
 * the agent and the radiotherapy course, 0 meaning during it.
 */
public record SystemicTherapy(Agent agent, Timing timing, Double weeksFromRadiotherapy) {
}

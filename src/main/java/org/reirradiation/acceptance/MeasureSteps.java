package org.reirradiation.acceptance;

import io.cucumber.java.en.Then;
import java.util.Optional;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CumulativeDoseEntry;
import org.reirradiation.model.DoseStatus;
import org.reirradiation.model.Metric;
import org.reirradiation.model.Organ;
import org.reirradiation.model.Score;
import org.reirradiation.model.ScoreName;

/** Checks of what the assessment computes: prognostic scores, cumulative organ doses and intervals. */
public class MeasureSteps {

    /** The output rounds to one decimal; a scenario writes that rounded value. */
    private static final double TOLERANCE = 0.05 + 1e-9;

    @Then("the score {score} is {string}")
    public void scoreValue(ScoreName name, String value) {
        Assessment assessment = ScenarioState.current().assessment();
        Score score = score(assessment, name);
        if (!score.value().equals(value)) {
            throw AssessmentReport.mismatch("Expected the score " + name + " to be " + value + ", but it is "
                    + score.value() + ".", assessment);
        }
    }

    @Then("the score {score} lists the factor {string}")
    public void scoreFactor(ScoreName name, String factor) {
        Assessment assessment = ScenarioState.current().assessment();
        if (score(assessment, name).factors().stream().noneMatch(f -> f.contains(factor))) {
            throw AssessmentReport.mismatch("Expected the score " + name + " to list a factor containing \"" + factor
                    + "\".", assessment);
        }
    }

    @Then("no {score} score is given")
    public void noScore(ScoreName name) {
        Assessment assessment = ScenarioState.current().assessment();
        if (find(assessment, name).isPresent()) {
            throw AssessmentReport.mismatch("Expected no " + name + " score, but one is given.", assessment);
        }
    }

    @Then("the cumulative {organ} {metric} dose is {doseStatus}")
    public void doseStatus(Organ organ, Metric metric, DoseStatus status) {
        Assessment assessment = ScenarioState.current().assessment();
        CumulativeDoseEntry dose = dose(assessment, organ, metric);
        if (dose.status() != status) {
            throw AssessmentReport.mismatch("Expected the cumulative " + organ + " " + metric + " dose to be " + status
                    + ", but it is " + dose.status() + ".", assessment);
        }
    }

    @Then("the cumulative {organ} {metric} EQD2 is {double} Gy")
    public void doseEqd2(Organ organ, Metric metric, double eqd2Gy) {
        Assessment assessment = ScenarioState.current().assessment();
        CumulativeDoseEntry dose = dose(assessment, organ, metric);
        if (!close(dose.cumulativeEqd2Gy(), eqd2Gy)) {
            throw AssessmentReport.mismatch("Expected the cumulative " + organ + " " + metric + " EQD2 to be " + eqd2Gy
                    + " Gy, but it is " + dose.cumulativeEqd2Gy() + " Gy.", assessment);
        }
    }

    @Then("the cumulative {organ} {metric} dose is checked by rule {string}")
    public void doseRule(Organ organ, Metric metric, String ruleId) {
        Assessment assessment = ScenarioState.current().assessment();
        CumulativeDoseEntry dose = dose(assessment, organ, metric);
        if (!ruleId.equals(dose.ruleId())) {
            throw AssessmentReport.mismatch("Expected the cumulative " + organ + " " + metric
                    + " dose to be checked by rule " + ruleId + ", but it names rule " + dose.ruleId() + ".", assessment);
        }
    }

    @Then("the intervals are {double} months to recurrence and {double} months between courses")
    public void intervals(double toRecurrence, double betweenCourses) {
        Assessment assessment = ScenarioState.current().assessment();
        if (!close(assessment.intervals().priorRtToRecurrenceMonths(), toRecurrence)
                || !close(assessment.intervals().betweenCoursesMonths(), betweenCourses)) {
            throw AssessmentReport.mismatch("Expected the intervals " + toRecurrence + " months to recurrence and "
                    + betweenCourses + " months between courses.", assessment);
        }
    }

    private static Optional<Score> find(Assessment assessment, ScoreName name) {
        return assessment.scores().stream().filter(s -> s.name() == name).findFirst();
    }

    private static Score score(Assessment assessment, ScoreName name) {
        return find(assessment, name).orElseThrow(() -> AssessmentReport.mismatch("Expected a " + name
                + " score, but none is given.", assessment));
    }

    private static CumulativeDoseEntry dose(Assessment assessment, Organ organ, Metric metric) {
        return assessment.cumulativeDoses().stream().filter(d -> d.organ() == organ && d.metric() == metric)
                .findFirst().orElseThrow(() -> AssessmentReport.mismatch("Expected a cumulative " + organ + " " + metric
                        + " dose, but the assessment has none (is the organ dose in the case?).", assessment));
    }

    private static boolean close(Double actual, double expected) {
        return actual != null && Math.abs(actual - expected) <= TOLERANCE;
    }
}

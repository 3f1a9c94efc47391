package org.reirradiation.acceptance;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.ReirradiationType;
import org.reirradiation.model.Verdict;

/** Checks of the verdict, the rules that imposed it, the reirradiation type and the completeness gate. */
public class VerdictSteps {

    @Then("the verdict is {verdict}")
    public void verdict(Verdict expected) {
        Assessment assessment = ScenarioState.current().assessment();
        if (assessment.verdict() != expected) {
            throw AssessmentReport.mismatch("Expected the verdict " + expected + ", but it is " + assessment.verdict()
                    + ".", assessment);
        }
    }

    @Then("the verdict is imposed by {string}")
    public void imposedBy(String ids) {
        Assessment assessment = ScenarioState.current().assessment();
        if (!set(commaSeparated(ids)).equals(set(assessment.verdictRuleIds()))) {
            throw AssessmentReport.mismatch("Expected the verdict to be imposed by " + ids + ", but it is imposed by "
                    + String.join(", ", assessment.verdictRuleIds()) + ".", assessment);
        }
    }

    @Then("the reirradiation type is {reirradiationType}")
    public void reirradiationType(ReirradiationType expected) {
        Assessment assessment = ScenarioState.current().assessment();
        if (assessment.reirradiationType() != expected) {
            throw AssessmentReport.mismatch("Expected the reirradiation type " + expected + ", but it is "
                    + assessment.reirradiationType() + ".", assessment);
        }
    }

    @Then("the missing information is {string}")
    public void missingInformation(String paths) {
        Assessment assessment = ScenarioState.current().assessment();
        if (!set(commaSeparated(paths)).equals(set(assessment.missingInformation()))) {
            throw AssessmentReport.mismatch("Expected the missing information to be "
                    + (paths.isBlank() ? "empty" : paths) + ".", assessment);
        }
    }

    @Then("the missing information includes {string}")
    public void missingInformationIncludes(String path) {
        Assessment assessment = ScenarioState.current().assessment();
        if (!assessment.missingInformation().contains(path)) {
            throw AssessmentReport.mismatch("Expected the missing information to include " + path + ".", assessment);
        }
    }

    /** "C-13b, HN-03" as a list; "" as none. */
    private static List<String> commaSeparated(String text) {
        return Stream.of(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<String> set(List<String> items) {
        return new TreeSet<>(items);
    }
}

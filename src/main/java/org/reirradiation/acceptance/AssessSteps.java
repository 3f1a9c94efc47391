package org.reirradiation.acceptance;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Clock;
import java.time.ZoneOffset;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Json;

/** Assesses the case through the library facade, or keeps the refusal of a case that breaks validation. */
public class AssessSteps {

    /** "Today" for every scenario, so that date validation and defaults never depend on when the suite runs. */
    private static final Clock CLOCK = Clock.fixed(CaseSteps.ASSESSMENT_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(),
            ZoneOffset.UTC);

    @When("the case is assessed")
    public void assess() {
        ScenarioState state = ScenarioState.current();
        KnowledgeBase knowledgeBase = KnowledgeBases.withOverrides(state.overrides());
        try {
            String json = Json.mapper().writeValueAsString(state.caseTree());
            Assessment assessment = new ReirradiationAssessor(() -> knowledgeBase, CLOCK)
                    .assess(new CaseReader(CLOCK).read(json));
            state.assessed(assessment);
            RuleCoverage.fired(assessment.findings());
        } catch (InvalidCaseException refusal) {
            state.refused(refusal);
        }
    }

    @Then("the case is refused with an error at {string}")
    public void refusedAt(String path) {
        ScenarioState state = ScenarioState.current();
        InvalidCaseException refusal = state.refusal();
        if (refusal == null) {
            throw AssessmentReport.mismatch("Expected the case to be refused with an error at " + path
                    + ", but it was accepted.", state.assessment());
        }
        if (refusal.errors().stream().noneMatch(error -> error.field().equals(path))) {
            throw new AssertionError("Expected the case to be refused with an error at " + path
                    + ", but no error names that field.\n" + AssessmentReport.refusal(refusal));
        }
    }
}

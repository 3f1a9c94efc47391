package org.reirradiation.acceptance;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Given;
import java.time.LocalDate;
import java.util.List;
import org.reirradiation.model.Agent;
import org.reirradiation.model.Json;
import org.reirradiation.model.Metric;
import org.reirradiation.model.Organ;
import org.reirradiation.model.Site;
import org.reirradiation.model.Timing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The Given steps: the case is built as the contract's JSON, so that reading it is exactly the service's. */
public class CaseSteps {

    static final LocalDate ASSESSMENT_DATE = LocalDate.of(2025, 6, 2);

    /** Complete enough for the completeness gate C-01: Type 1, curative, ECOG 1 / KPS 80, recurrence after 38.5 months. */
    private static final String BASELINE = """
            {"patient": {"ageYears": 60, "ecog": 1, "kps": 80},
             "priorCourses": [{"startDate": "2022-01-03", "endDate": "2022-02-18", "intent": "CURATIVE",
                               "technique": "IMRT", "totalDoseGy": 70, "fractions": 35, "fractionsPerDay": 1}],
             "recurrence": {"diagnosisDate": "2025-05-02", "histologyConfirmed": true,
                            "overlapWithPriorVolume": "YES", "distantMetastases": "NO"},
             "plan": {"intent": "CURATIVE"},
             "context": {"mdtReviewed": true, "priorPlanAvailable": true}}
            """;

    /** The baseline prior course lasts 46 days (2022-01-03 to 2022-02-18); moving its end keeps that length. */
    private static final int PRIOR_COURSE_DAYS = 46;

    @Given("a {site} case")
    public void baselineCase(Site site) {
        ObjectNode tree = datedCase(site);
        tree.put("caseId", ScenarioState.current().scenarioName());
        tree.setAll((ObjectNode) Json.mapper().readTree(BASELINE));
        ScenarioState.current().caseTree(tree);
    }

    @Given("an empty {site} case")
    public void emptyCase(Site site) {
        ScenarioState.current().caseTree(datedCase(site));
    }

    @Given("the case:")
    public void wholeCase(String json) {
        JsonNode tree = Json.mapper().readTree(json);
        if (!tree.isObject()) {
            throw new IllegalArgumentException("The case must be a JSON object { ... }.");
        }
        ScenarioState.current().caseTree((ObjectNode) tree);
    }

    @Given("^the case has (\\S+) = (.+)$")
    public void field(String path, String value) {
        CasePaths.set(ScenarioState.current().caseTree(), path, CasePaths.value(value));
    }

    @Given("the case has:")
    public void fields(DataTable table) {
        for (List<String> row : table.asLists()) {
            if (row.size() != 2 || row.get(0) == null || row.get(1) == null) {
                throw new IllegalArgumentException("Each row of 'the case has:' is | path | value |, found " + row);
            }
            field(row.get(0).trim(), row.get(1).trim());
        }
    }

    @Given("the recurrence was diagnosed {int} months after the end of the prior course")
    public void recurrenceAfterMonths(int months) {
        recurrenceAfter(months, 0);
    }

    @Given("the recurrence was diagnosed {int} months and {int} days after the end of the prior course")
    public void recurrenceAfter(int months, int days) {
        ObjectNode tree = ScenarioState.current().caseTree();
        LocalDate end = date(tree, "recurrence.diagnosisDate").minusMonths(months).minusDays(days);
        CasePaths.set(tree, "priorCourses[0].endDate", CasePaths.value(end.toString()));
        CasePaths.set(tree, "priorCourses[0].startDate", CasePaths.value(end.minusDays(PRIOR_COURSE_DAYS).toString()));
    }

    @Given("the reirradiation starts {int} months after the end of the prior course")
    public void reirradiationAfterMonths(int months) {
        reirradiationAfter(months, 0);
    }

    @Given("the reirradiation starts {int} months and {int} days after the end of the prior course")
    public void reirradiationAfter(int months, int days) {
        ObjectNode tree = ScenarioState.current().caseTree();
        LocalDate start = date(tree, "priorCourses[0].endDate").plusMonths(months).plusDays(days);
        CasePaths.set(tree, "plan.startDate", CasePaths.value(start.toString()));
    }

    @Given("the {organ} {metric} dose was {double} Gy in {int} fractions before and is planned at {double} Gy in {int} fractions")
    public void organDose(Organ organ, Metric metric, double priorGy, int priorFractions, double plannedGy,
            int plannedFractions) {
        ObjectNode entry = Json.mapper().createObjectNode().put("organ", organ.name()).put("metric", metric.name());
        entry.putArray("priorDoses").addObject().put("doseGy", priorGy).put("fractions", priorFractions);
        entry.putObject("plannedDose").put("doseGy", plannedGy).put("fractions", plannedFractions);
        CasePaths.append(ScenarioState.current().caseTree(), "organDoses", entry);
    }

    @Given("the plan includes {agent} {timing}")
    public void systemicTherapy(Agent agent, Timing timing) {
        addSystemicTherapy(agent, timing, timing == Timing.CONCURRENT ? 0 : null);
    }

    @Given("the plan includes {agent} {timing} {int} weeks from the radiotherapy")
    public void systemicTherapyWeeksApart(Agent agent, Timing timing, int weeks) {
        addSystemicTherapy(agent, timing, weeks);
    }

    @Given("the centre sets {string} to {string}")
    public void override(String key, String value) {
        ScenarioState.current().overrides().put(key, value);
    }

    private static ObjectNode datedCase(Site site) {
        return Json.mapper().createObjectNode().put("assessmentDate", ASSESSMENT_DATE.toString()).put("site", site.name());
    }

    private static void addSystemicTherapy(Agent agent, Timing timing, Integer weeksFromRadiotherapy) {
        ObjectNode entry = Json.mapper().createObjectNode().put("agent", agent.name()).put("timing", timing.name());
        if (weeksFromRadiotherapy != null) {
            entry.put("weeksFromRadiotherapy", weeksFromRadiotherapy);
        }
        CasePaths.append(ScenarioState.current().caseTree(), "plan.systemicTherapy", entry);
    }

    private static LocalDate date(ObjectNode tree, String path) {
        JsonNode value = CasePaths.get(tree, path);
        if (value == null || !value.isString()) {
            throw new IllegalStateException("The case has no " + path + ": set it before this step.");
        }
        return LocalDate.parse(value.stringValue());
    }
}

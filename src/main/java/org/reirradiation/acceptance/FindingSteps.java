package org.reirradiation.acceptance;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.Finding;

/** Checks of the findings: which rules fired, with which category, severity and subject, and what they say. */
public class FindingSteps {

    /** The columns a findings table may name, and the field of a finding each one reads. */
    private static final Map<String, Function<Finding, Object>> COLUMNS = columns();

    private static Map<String, Function<Finding, Object>> columns() {
        Map<String, Function<Finding, Object>> columns = new LinkedHashMap<>();
        columns.put("rule", Finding::ruleId);
        columns.put("category", Finding::category);
        columns.put("severity", Finding::severity);
        columns.put("verdict", Finding::verdict);
        columns.put("technique", Finding::technique);
        columns.put("preference", Finding::preference);
        columns.put("agent", Finding::agent);
        columns.put("organ", Finding::organ);
        columns.put("schedule", f -> f.schedule() == null ? null : f.schedule().pattern());
        return columns;
    }

    @Then("rule {string} fires")
    public void fires(String ruleId) {
        Assessment assessment = ScenarioState.current().assessment();
        if (findingsOf(assessment, ruleId).isEmpty()) {
            throw AssessmentReport.mismatch("Expected rule " + ruleId + " to fire, but it did not.", assessment);
        }
    }

    @Then("rule {string} does not fire")
    public void doesNotFire(String ruleId) {
        Assessment assessment = ScenarioState.current().assessment();
        if (!findingsOf(assessment, ruleId).isEmpty()) {
            throw AssessmentReport.mismatch("Expected rule " + ruleId + " not to fire, but it did.", assessment);
        }
    }

    @Then("the findings include:")
    public void findingsInclude(DataTable table) {
        Assessment assessment = ScenarioState.current().assessment();
        for (String column : table.row(0)) {
            if (!COLUMNS.containsKey(column)) {
                throw new IllegalArgumentException("'" + column + "' is not a column of the findings table; use "
                        + String.join(", ", COLUMNS.keySet()));
            }
        }
        List<Map<String, String>> unmatched = new ArrayList<>();
        for (Map<String, String> row : table.asMaps()) {
            if (assessment.findings().stream().noneMatch(finding -> matches(finding, row))) {
                unmatched.add(row);
            }
        }
        if (!unmatched.isEmpty()) {
            throw AssessmentReport.mismatch("No finding matches " + (unmatched.size() == 1 ? "this row" : "these rows")
                    + " of the table:\n" + unmatched.stream().map(FindingSteps::describe).collect(Collectors.joining("\n")),
                    assessment);
        }
    }

    @Then("the finding of rule {string} mentions {string}")
    public void mentions(String ruleId, String text) {
        Assessment assessment = ScenarioState.current().assessment();
        List<Finding> findings = findingsOf(assessment, ruleId);
        if (findings.isEmpty()) {
            throw AssessmentReport.mismatch("Expected a finding of rule " + ruleId + " mentioning \"" + text
                    + "\", but the rule did not fire.", assessment);
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        if (findings.stream().noneMatch(f -> (f.summary() + "\n" + f.detail()).toLowerCase(Locale.ROOT).contains(wanted))) {
            throw AssessmentReport.mismatch("Expected the finding of rule " + ruleId + " to mention \"" + text
                    + "\", but it says:\n" + findings.stream().map(f -> "    " + f.summary() + "\n    " + f.detail())
                            .collect(Collectors.joining("\n")), assessment);
        }
    }

    private static List<Finding> findingsOf(Assessment assessment, String ruleId) {
        return assessment.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static String describe(Map<String, String> row) {
        return row.entrySet().stream().filter(cell -> cell.getValue() != null && !cell.getValue().isBlank())
                .map(cell -> cell.getKey() + " " + cell.getValue().trim()).collect(Collectors.joining(", ", "    ", ""));
    }

    /** Every non-blank cell equals the finding's field; "-" means the field is empty. */
    private static boolean matches(Finding finding, Map<String, String> row) {
        return row.entrySet().stream()
                .filter(cell -> cell.getValue() != null && !cell.getValue().isBlank())
                .allMatch(cell -> {
                    Object actual = COLUMNS.get(cell.getKey()).apply(finding);
                    String expected = cell.getValue().trim();
                    return expected.equals("-") ? actual == null : Objects.toString(actual, "").equals(expected);
                });
    }
}

package org.reirradiation.acceptance;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.reirradiation.knowledge.RuleInfo;

/** Opens and closes each scenario's state, and checks rule coverage once all scenarios have run. */
public class ScenarioHooks {

    @Before
    public void begin(Scenario scenario) {
        ScenarioState.begin(scenario.getName());
        RuleCoverage.scenarioRan(scenario.getUri());
    }

    @After
    public void end() {
        ScenarioState.end();
    }

    /** Every rule of a knowledge area whose scenarios ran must have fired in at least one of them. */
    @AfterAll
    public static void everyRuleFired() {
        List<RuleInfo> unfired = RuleCoverage.unfired(KnowledgeBases.withOverrides(Map.of()));
        if (!unfired.isEmpty()) {
            throw new AssertionError("Rules that no scenario fired (areas run: " + RuleCoverage.areasRun() + "):\n"
                    + unfired.stream().map(r -> "  " + r.id() + "  " + r.title() + "  (" + r.file() + ":" + r.line() + ")")
                            .collect(Collectors.joining("\n"))
                    + "\nAdd a scenario in which each of them fires.");
        }
    }
}

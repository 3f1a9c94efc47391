package org.reirradiation.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

import io.cucumber.junit.platform.engine.CucumberTestEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.reirradiation.acceptance.RuleCoverage;

/**
 * Runs every Cucumber scenario of a features directory against a rules directory, with the step
 * definitions packaged in this library, through the JUnit Platform Launcher: the engine and glue of
 * the build's acceptance suite, so that a scenario means the same in the build and in the check.
 *
 * <p>The launcher is configured explicitly (only the Cucumber engine, no configuration read from the
 * class path or system properties), so that what runs does not depend on what else is on the class
 * path: in the executable jar, or in a test JVM that also holds JUnit Jupiter and a
 * {@code junit-platform.properties} meant for the acceptance suite.
 */
final class ScenarioRun {

    static final String GLUE = "org.reirradiation.acceptance";
    /** The system property through which the glue learns which rules to load (it cannot read JUnit configuration). */
    static final String RULES_DIR_PROPERTY = "kb.rules.dir";
    /**
     * How the glue's own coverage check (an after-all hook) starts its failure. The check command
     * reports the same rules itself, per folder of the features directory it was given, so it drops
     * this one rather than report them twice.
     */
    static final String GLUE_COVERAGE_FAILURE = "Rules that no scenario fired";

    /**
     * @param scenarios how each scenario ended, in the order they ran
     * @param errors failures outside any scenario: a feature file that does not parse, a glue error
     * @param firedRuleIds every rule that made a finding in a scenario of this JVM
     */
    record Result(List<ScenarioRecorder.Outcome> scenarios, List<String> errors, Set<String> firedRuleIds) {
    }

    private ScenarioRun() {
    }

    /** One run at a time: the rules directory and the recorder's receiver are global to the JVM. */
    static synchronized Result run(Path features, Path rules) {
        List<ScenarioRecorder.Outcome> scenarios = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger junitScenarios = new AtomicInteger();
        String previousRules = System.getProperty(RULES_DIR_PROPERTY);
        System.setProperty(RULES_DIR_PROPERTY, rules.toAbsolutePath().normalize().toString());
        ScenarioRecorder.sendTo(scenarios::add);
        try {
            launcher().execute(request(features), new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        junitScenarios.incrementAndGet();
                    } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                        String why = result.getThrowable().map(ScenarioRun::describe).orElse(result.getStatus().name());
                        if (!why.startsWith(GLUE_COVERAGE_FAILURE)) {
                            errors.add(id.getDisplayName() + ": " + why);
                        }
                    }
                }
            });
        } finally {
            ScenarioRecorder.sendTo(outcome -> { });
            if (previousRules == null) {
                System.clearProperty(RULES_DIR_PROPERTY);
            } else {
                System.setProperty(RULES_DIR_PROPERTY, previousRules);
            }
        }
        if (junitScenarios.get() != scenarios.size()) {
            errors.add("The JUnit Platform ran " + junitScenarios.get() + " scenarios but " + scenarios.size()
                    + " reported how they ended: the results are incomplete.");
        }
        return new Result(List.copyOf(scenarios), List.copyOf(errors), RuleCoverage.firedRuleIds());
    }

    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new CucumberTestEngine())
                .build());
    }

    private static LauncherDiscoveryRequest request(Path features) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectDirectory(features.toAbsolutePath().normalize().toFile()))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("cucumber.junit-platform.discovery.as-root-engine", "true")
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.plugin", ScenarioRecorder.class.getName())
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.ansi-colors.disabled", "true")
                .build();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.toString() : message.strip();
    }
}

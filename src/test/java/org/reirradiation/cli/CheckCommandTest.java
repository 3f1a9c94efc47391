package org.reirradiation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reirradiation.cli.KnowledgeFixtures.EVERY_CASE;
import static org.reirradiation.cli.KnowledgeFixtures.PASSING_SCENARIO;
import static org.reirradiation.cli.KnowledgeFixtures.TRACHEOSTOMY;
import static org.reirradiation.cli.KnowledgeFixtures.feature;
import static org.reirradiation.cli.KnowledgeFixtures.lineOf;
import static org.reirradiation.cli.KnowledgeFixtures.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.TestKnowledgeBase;

/**
 * The check command in-process. Most cases use a knowledge base of one or two rules and a few
 * scenarios written here; one test runs the bundled rules with every scenario of features/.
 */
class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void aBrokenRuleExitsWith1NamingFileAndLineWithoutRunningScenarios() throws IOException {
        Path copy = temp.resolve("rules");
        TestKnowledgeBase.copyRulesTo(copy);
        Path file = copy.resolve("common/selection.drl");
        List<String> lines = Files.readAllLines(file);
        int when = lines.indexOf("when");
        lines.add(when + 1, "    this is not DRL");
        Files.write(file, lines);

        CommandRun run = CommandRun.of("check", "--rules", copy.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.out()).contains("do not load", "no scenario was run")
                .contains("\n  " + copy.resolve("common/selection.drl") + ":" + (when + 2) + ": ")
                .doesNotContain("Scenarios:").endsWith("CHECK FAILED\n");
    }

    @Test
    void failingScenariosAndARuleThatNoScenarioFiredAreEachReportedOnce() throws IOException {
        Path rules = rules(temp.resolve("rules"), EVERY_CASE, TRACHEOSTOMY);
        // named "features", so that the glue's own coverage hook also fails: the report must not repeat it
        Path features = feature(temp.resolve("features"), "common/test.feature", PASSING_SCENARIO + """

                  Scenario: A wrong expectation
                    Given a breast case
                    When the case is assessed
                    Then the verdict is NOT_RECOMMENDED

                  Scenario: A sentence the glossary does not know
                    Given a breast case
                    When the case is looked at sideways
                """);
        Path featureFile = features.resolve("common/test.feature");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString(), "--features", features.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.out()).as(run.toString())
                .contains("Scenarios: 3 run, 1 passed, 2 failed")
                .contains("FAILING SCENARIOS (2)")
                .contains("  " + featureFile + ":" + lineOf(featureFile, "A wrong expectation") + "  A wrong expectation\n"
                        + "    failed at line " + lineOf(featureFile, "NOT_RECOMMENDED")
                        + ": Then the verdict is NOT_RECOMMENDED\n")
                .contains("failed at line " + lineOf(featureFile, "sideways") + ": When the case is looked at sideways\n"
                        + "      No step matches this sentence.")
                .contains("RULES THAT NO SCENARIO FIRED (1)\n  C-99  Tracheostomy noted  ("
                        + rules.resolve("common/test.drl") + ":" + lineOf(rules.resolve("common/test.drl"),
                                "rule \"Tracheostomy noted\"") + ")")
                .containsPattern("\\n  common +2 +3 +2 +1\\n")
                .doesNotContain("ERRORS OUTSIDE")
                .endsWith("CHECK FAILED: 2 failing scenarios, 1 rule that no scenario fired\n");
        assertThat(run.out().split("C-99", -1)).as("C-99 named once").hasSize(2);
        assertThat(run.out()).contains("Expected the verdict NOT_RECOMMENDED").doesNotContain("Rules that no scenario fired");
    }

    @Test
    void passingRulesExitWith0AndTheChangeReportListsTheClinicalDifference() throws IOException {
        Path proposed = rules(temp.resolve("proposed"), EVERY_CASE);
        Path current = rules(temp.resolve("current"), EVERY_CASE, TRACHEOSTOMY);
        List<String> parameters = Files.readAllLines(proposed.resolve("parameters.csv"));
        String changed = parameters.stream().filter(row -> row.matches("[a-z]+\\.[^,]+,[0-9.]+,.*")).findFirst()
                .orElseThrow();
        String key = changed.substring(0, changed.indexOf(','));
        String value = changed.split(",")[1];
        parameters.set(parameters.indexOf(changed), changed.replaceFirst(",[0-9.]+,", ",999,"));
        Files.write(proposed.resolve("parameters.csv"), parameters);
        // not named "features": the areas come from the folders under the directory given, whatever its name
        Path features = feature(temp.resolve("draft-scenarios"), "common/test.feature", PASSING_SCENARIO);

        CommandRun run = CommandRun.of("check", "--rules", proposed.toString(), "--features", features.toString(),
                "--against", current.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.OK);
        assertThat(run.out()).as(run.toString())
                .contains("Scenarios: 1 run, 1 passed, 0 failed")
                .containsPattern("\\n  common +1 +1 +0 +0\\n")
                .contains("CHANGES AGAINST " + current + " (Test knowledge base 1, sha256:")
                .contains("  rules added (0)\n  rules removed (1)\n    C-99  Tracheostomy noted\n  rules changed (0)\n")
                .contains("  parameters whose value changed (1)\n    " + key + ": " + value + " -> 999")
                .endsWith("CHECK PASSED\n")
                .doesNotContain("FAILING", "NO SCENARIO FIRED", "ERRORS OUTSIDE");
    }

    @Test
    void aFeatureFileThatDoesNotParseFailsTheCheck() throws IOException {
        Path rules = rules(temp.resolve("rules"), EVERY_CASE);
        Path features = feature(temp.resolve("features"), "common/test.feature", PASSING_SCENARIO);
        feature(features, "common/broken.feature", "Feature: Broken\n  Scenario: x\n    Given a breast case\n"
                + "  This line is not Gherkin |\n");

        CommandRun run = CommandRun.of("check", "--rules", rules.toString(), "--features", features.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.out()).as(run.toString()).contains("No scenario ran, because of the errors below.")
                .contains("ERRORS OUTSIDE THE SCENARIOS (1)")
                .contains(features.resolve("common/broken.feature").toUri().getPath() + "\n  (4:3): expected:")
                .endsWith("CHECK FAILED: 1 error outside the scenarios, no scenario ran\n");
    }

    @Test
    void aFeaturesDirectoryWithoutScenariosFailsTheCheck() throws IOException {
        Path rules = rules(temp.resolve("rules"), TRACHEOSTOMY);
        Path features = Files.createDirectories(temp.resolve("features"));

        CommandRun run = CommandRun.of("check", "--rules", rules.toString(), "--features", features.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.out()).contains("No scenario was found in " + features).doesNotContain("NO SCENARIO FIRED")
                .endsWith("CHECK FAILED: no scenario ran\n");
    }

    @Test
    void badUsageExitsWith2() {
        for (String[] args : List.of(new String[] {"check", "--rules", "no/such/dir"},
                new String[] {"check", "--features", "no/such/dir"}, new String[] {"check", "--against"},
                new String[] {"check", "--bogus"}, new String[] {"check", "rules"},
                new String[] {"check", "--verbose=yes"})) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.status).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("error: ").contains("Usage:");
        }
    }

    /** The one run of every bundled scenario in the unit tests: slow, so only this once. */
    @Test
    void theBundledRulesPassWithEveryScenario() {
        CommandRun run = CommandRun.of("check");

        assertThat(run.status).as(run.toString()).isEqualTo(Main.OK);
        int rules = TestKnowledgeBase.bundled().rules().size();
        assertThat(run.out()).as(run.toString())
                .startsWith("Checking the rules in rules with the scenarios in features\n")
                .containsPattern("Scenarios: (\\d+) run, \\1 passed, 0 failed")
                .containsPattern("\\n  total +" + rules + " +\\d+ +0 +0\\n")
                .endsWith("CHECK PASSED\n");
    }
}

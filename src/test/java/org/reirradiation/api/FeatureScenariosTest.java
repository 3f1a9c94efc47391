package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.KnowledgeArea;

class FeatureScenariosTest {

    private static final String FEATURE = """
            # Scenario: a comment is not a scenario
            @site
            Feature: Cord dose

              Background:
                Given a head and neck case

              Scenario: within the limit
                Given the organ doses
                  | organ       | dose |
                  | SPINAL_CORD | 40   |
                Then the status is WITHIN

              @near-miss
              Example: just above the limit
                Given a doc string
                  \"\"\"
                  Scenario: quoted, not counted
                  \"\"\"

              Scenario Outline: cumulative dose <dose>
                Given a cord dose of <dose>
                Examples: low
                  | dose |
                  | 10   |
                  | 20   |
                @high
                Examples: high
                  | dose |
                  | 60   |

              Rule: a second rule
                Scenario: one more
            """;

    @Test
    void countsScenariosExamplesAndOutlineRows() {
        assertThat(FeatureScenarios.count(FEATURE)).isEqualTo(6);
    }

    @Test
    void countsEachSiteFolderOfAFeaturesDirectory(@TempDir Path features) throws IOException {
        Files.createDirectories(features.resolve("head-and-neck/dose"));
        Files.writeString(features.resolve("head-and-neck/dose/cord.feature"), FEATURE);
        Files.writeString(features.resolve("head-and-neck/notes.txt"), "Scenario: not a feature file");
        Files.createDirectories(features.resolve("common"));
        Files.writeString(features.resolve("common/gate.feature"), "Feature: x\n  Scenario: y\n");

        Map<KnowledgeArea, Integer> counts = FeatureScenarios.in(features).countByArea().orElseThrow();

        assertThat(counts).containsEntry(KnowledgeArea.COMMON, 1).containsEntry(KnowledgeArea.HEAD_AND_NECK, 6)
                .containsEntry(KnowledgeArea.BREAST, 0).hasSize(KnowledgeArea.values().length);
    }

    @Test
    void withoutAFeaturesDirectoryThereIsNoCount(@TempDir Path temp) {
        assertThat(FeatureScenarios.none().countByArea()).isEmpty();
        assertThat(FeatureScenarios.in(temp.resolve("absent")).countByArea()).isEmpty();
    }
}

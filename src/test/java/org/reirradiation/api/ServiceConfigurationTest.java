package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.KnowledgeArea;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.model.ParameterOverride;

/** The service's options, without starting Spring: rules, overrides and where scenarios are counted. */
class ServiceConfigurationTest {

    private final ServiceConfiguration configuration = new ServiceConfiguration();

    @Test
    void aCentresOverridesAreInForceAndReported(@TempDir Path temp) throws IOException {
        Path overrides = Files.writeString(temp.resolve("centre.csv"),
                "key,value,unit\ncommon.cordRecoveryAt12Months,0.25,fraction\n");

        KnowledgeBase knowledgeBase = configuration.knowledgeBaseHolder(RulesSource.of("rules", overrides.toString())).get();
        KnowledgeBaseView view = KnowledgeBaseView.of(knowledgeBase, Optional.empty());

        assertThat(view.overrides()).containsExactly(
                new ParameterOverride("common.cordRecoveryAt12Months", "0.25", "", "fraction"));
        assertThat(view.parameters()).filteredOn(p -> p.key().equals("common.cordRecoveryAt12Months"))
                .singleElement().satisfies(p -> {
                    assertThat(p.value()).isEqualTo(0.25);
                    assertThat(p.overridden()).isTrue();
                    assertThat(p.verified()).isFalse();
                });
        assertThat(view.parameters()).filteredOn(KnowledgeBaseView.ParameterInForce::overridden).hasSize(1);
        assertThat(view.origin()).isEqualTo("rules");
    }

    @Test
    void aRulesDirectoryThatDoesNotExistStopsTheStartNamingIt() {
        KnowledgeBaseUnavailableException e = catchThrowableOfType(KnowledgeBaseUnavailableException.class,
                () -> configuration.knowledgeBaseHolder(RulesSource.of("no/such/rules", "")));

        assertThat(e.origin()).endsWith("no/such/rules");
        assertThat(e.problems()).singleElement().hasToString("no/such/rules: not a directory");
    }

    @Test
    void scenariosAreCountedBesideTheRulesOrWhereToldAndNeverForTheBundledRules(@TempDir Path temp)
            throws IOException {
        Files.createDirectories(temp.resolve("rules"));
        Files.createDirectories(temp.resolve("features/common"));
        Files.writeString(temp.resolve("features/common/a.feature"), "Feature: a\n  Scenario: b\n");

        assertThat(configuration.featureScenarios("", temp.resolve("rules").toString()).countByArea())
                .hasValueSatisfying(counts -> assertThat(counts).containsEntry(KnowledgeArea.COMMON, 1));
        assertThat(configuration.featureScenarios(temp.resolve("features").toString(), "").countByArea())
                .isPresent();
        assertThat(configuration.featureScenarios("", "").countByArea()).isEmpty();
        assertThat(configuration.featureScenarios("", temp.resolve("features/common").toString()).countByArea())
                .as("no features folder beside these rules").isEmpty();
    }
}

package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseDiffTest {

    @TempDir
    Path proposed;

    @Test
    void aReviewerSeesRulesAddedRemovedChangedAndParameterValues() throws IOException {
        TestKnowledgeBase.copyRulesTo(proposed);
        Path dose = proposed.resolve("common/dose-checks.drl");
        Files.writeString(dose, Files.readString(dose).replace("Brachial plexus at risk", "Brachial plexus at higher risk"));
        Path classification = proposed.resolve("common/classification.drl");
        String text = Files.readString(classification);
        Files.writeString(classification, text.substring(0, text.indexOf("// A Type 1 or Type 2 decision")));
        Path parameters = proposed.resolve("parameters.csv");
        Files.writeString(parameters, Files.readString(parameters).replace("common.shortSurvivalMonths,3,", "common.shortSurvivalMonths,2,"));

        KnowledgeBaseDiff diff = KnowledgeBaseDiff.between(TestKnowledgeBase.bundled(),
                KnowledgeBaseLoader.fromDirectory(proposed, null));

        assertThat(diff.addedRules()).isEmpty();
        assertThat(diff.removedRules()).containsExactly("C-05", "C-22");
        assertThat(diff.changedRules()).containsExactly("C-19");
        assertThat(diff.changedParameters()).containsExactly("common.shortSurvivalMonths: 3 -> 2");
        assertThat(KnowledgeBaseDiff.between(TestKnowledgeBase.bundled(), TestKnowledgeBase.bundled()).isEmpty()).isTrue();
    }
}

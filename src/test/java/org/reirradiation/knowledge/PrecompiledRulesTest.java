package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;

/**
 * The bundled rules are compiled by the build (process-classes) and loaded without compiling; a rules
 * directory is compiled when loaded. Either way the knowledge base is the same: digest, catalogue and
 * the assessment of every example.
 */
class PrecompiledRulesTest {

    private final KnowledgeBase precompiled = KnowledgeBaseLoader.bundled(null);
    private final KnowledgeBase compiledNow = TestKnowledgeBase.bundled();

    @Test
    void theBundledRulesComeCompiledFromTheBuild() {
        assertThat(precompiled.precompiled()).isTrue();
        assertThat(compiledNow.precompiled()).isFalse();
        assertThat(precompiled.rulePackages()).extracting(p -> p.getName())
                .containsExactlyInAnyOrderElementsOf(compiledNow.rulePackages().stream().map(p -> p.getName()).toList());
    }

    @Test
    void precompiledAndCompiledRulesAreTheSameKnowledgeBase() throws IOException {
        assertThat(precompiled.digest()).isEqualTo(compiledNow.digest());
        assertThat(new Catalogue(precompiled).markdown()).isEqualTo(new Catalogue(compiledNow).markdown());
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        for (Path example : examples) {
            ReirradiationCase c = new CaseReader().read(Files.readString(example));
            assertThat(json(new ReirradiationAssessor(precompiled), c)).as(example.toString())
                    .isEqualTo(json(new ReirradiationAssessor(compiledNow), c));
        }
    }

    @Test
    void compiledRulesOfOtherFilesAreNotUsed() {
        Map<String, String> files = new TreeMap<>(RuleFiles.bundled());
        assertThat(PrecompiledRules.bundled(files)).isPresent();

        files.computeIfPresent("common/selection.drl", (path, text) -> text + "\n// an edit\n");

        assertThat(PrecompiledRules.bundled(files)).isEmpty();
    }

    private static String json(ReirradiationAssessor assessor, ReirradiationCase c) {
        return Json.mapper().writeValueAsString(assessor.assess(c));
    }
}

package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.model.Site;

/**
 * A knowledge base that is not sound does not load, and the refusal names the file and the line.
 * Each test copies the bundled rules to a temporary directory and breaks one thing.
 */
class KnowledgeBaseLoaderTest {

    private static final String RULE = """
            package org.reirradiation.rules.common;
            import org.reirradiation.model.*;
            import org.reirradiation.knowledge.Conclusion;
            import org.reirradiation.knowledge.Parameter;

            rule "A test rule"
                @id("C-90") @site("COMMON") @category("WORKUP") @severity("INFO")
                @sources("ANDRATSCHKE2022") @evidence("CONS") @verified("false")
            when
                Patient( kps < $$THRESHOLD$$ )
            then
                insert(Conclusion.by(kcontext).summary("test"));
            end
            """;

    @TempDir
    Path rules;

    @Test
    void theBundledRulesLoadWithTheirCatalogue() {
        KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
        assertThat(knowledgeBase.rules()).extracting(RuleInfo::id).contains("C-01", "C-16a", "C-25");
        assertThat(knowledgeBase.digest()).matches("sha256:[0-9a-f]{64}");
        assertThat(knowledgeBase.rule("C-13b").orElseThrow().scope()).hasToString("CURATIVE");
        assertThat(knowledgeBase.rule("C-13a").orElseThrow().scope()).hasToString("PALLIATIVE");
        assertThat(knowledgeBase.rule("C-02").orElseThrow().scope()).isNull();
    }

    @Test
    void aSyntaxErrorIsRefusedWithFileAndLine() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/broken.drl"), RULE.replace("$$THRESHOLD$$", "$kps").replace("then", "thn"));
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("common/broken.drl");
                            assertThat(p.line()).isPositive();
                        }));
    }

    @Test
    void aMissingSourcesAnnotationIsRefused() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/extra.drl"),
                withParameter().replace("@sources(\"ANDRATSCHKE2022\") ", ""));
        assertProblem("common/extra.drl", 6, "missing metadata @sources");
    }

    @Test
    void aDuplicateIdIsRefusedNamingBothPlaces() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/extra.drl"), withParameter().replace("C-90", "C-02"));
        assertProblem("common/extra.drl", 6, "duplicate id C-02 (also common/classification.drl:");
    }

    @Test
    void anUnknownSourceIsRefused() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/extra.drl"), withParameter().replace("ANDRATSCHKE2022", "NOBODY1999"));
        assertProblem("common/extra.drl", 6, "unknown source 'NOBODY1999'");
    }

    @Test
    void anUnknownParameterIsRefused() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/extra.drl"), withParameter().replace("common.kpsConditional", "common.kpsTypo"));
        assertProblem("common/extra.drl", 6, "unknown parameter 'common.kpsTypo'");
    }

    @Test
    void aNumericLiteralInAConditionIsRefused() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/extra.drl"), RULE.replace("$$THRESHOLD$$", "70"));
        assertProblem("common/extra.drl", 6, "numeric literal 70 in a condition");
    }

    @Test
    void aFileWithAnUnknownExtensionIsRefused() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/table.csv"), "a,b\n");
        assertProblem("common/table.csv", 0, "unknown file extension");
    }

    @Test
    void aSiteRuleMustMatchItsSite() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Files.createDirectories(rules.resolve("brain"));
        Files.writeString(rules.resolve("brain/extra.drl"), withParameter().replace("rules.common", "rules.brain")
                .replace("C-90", "BRN-90").replace("COMMON", "BRAIN"));
        assertProblem("brain/extra.drl", 6, "must match its site");
    }

    @Test
    void aRuleThatFiresOnTheParametersAloneIsRefused() throws IOException {
        // sessions are reused holding the parameters: such a rule would fire once, not once per case
        TestKnowledgeBase.copyRulesTo(rules);
        Files.writeString(rules.resolve("common/extra.drl"), withParameter().replace("\n    Patient( kps < $kps )", ""));
        assertProblem("common/extra.drl", 6, "rule C-90 fires on the parameters alone");
    }

    @Test
    void theCaseFactsGoInWithoutParameters() {
        KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
        List<Object> facts = List.of(knowledgeBase.parameterFacts(Site.BREAST).get(0));
        assertThatThrownBy(() -> knowledgeBase.evaluate(Site.BREAST, facts))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without parameters");
    }

    @Test
    void theDigestDependsOnTheRulesAndTheOverrides() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        String original = load().digest();
        assertThat(load().digest()).isEqualTo(original);
        assertThat(original).isEqualTo(TestKnowledgeBase.bundled().digest());

        Path overrides = rules.resolveSibling(rules.getFileName() + "-overrides.csv");
        Files.writeString(overrides, "key,value,unit\ncommon.type2ConcernEqd2Gy,40,GyEQD2\n");
        KnowledgeBase overridden = KnowledgeBaseLoader.fromDirectory(rules, overrides);
        assertThat(overridden.digest()).isNotEqualTo(original);
        assertThat(overridden.parameters().value("common.type2ConcernEqd2Gy")).isEqualTo(40.0);
        assertThat(overridden.parameters().overrides()).singleElement()
                .satisfies(o -> assertThat(o.defaultValue()).isEmpty());

        Files.writeString(rules.resolve("README.md"), "documentation does not change the knowledge");
        assertThat(load().digest()).isEqualTo(original);
        Files.writeString(rules.resolve("parameters.csv"), Files.readString(rules.resolve("parameters.csv"))
                .replace("common.shortSurvivalMonths,3,", "common.shortSurvivalMonths,4,"));
        assertThat(load().digest()).isNotEqualTo(original);
    }

    @Test
    void overridesNeedAKnownKeyAndTheTableUnit() throws IOException {
        TestKnowledgeBase.copyRulesTo(rules);
        Path overrides = rules.resolveSibling(rules.getFileName() + "-overrides.csv");
        Files.writeString(overrides, "key,value,unit\ncommon.unknownKey,1,Gy\ncommon.shortSurvivalMonths,4,weeks\n");
        assertThatThrownBy(() -> KnowledgeBaseLoader.fromDirectory(rules, overrides))
                .isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("unknown parameter 'common.unknownKey'")
                .hasMessageContaining("common.shortSurvivalMonths: unit must be months");
    }

    private String withParameter() {
        return RULE.replace("Patient( kps < $$THRESHOLD$$ )",
                "Parameter( key == \"common.kpsConditional\", $kps : value )\n    Patient( kps < $kps )");
    }

    private KnowledgeBase load() {
        return KnowledgeBaseLoader.fromDirectory(rules, null);
    }

    private void assertProblem(String file, int line, String message) {
        assertThatThrownBy(this::load).isInstanceOf(KnowledgeBaseException.class)
                .satisfies(e -> assertThat(((KnowledgeBaseException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(file);
                            assertThat(p.line()).isEqualTo(line);
                            assertThat(p.message()).contains(message);
                        }));
    }
}

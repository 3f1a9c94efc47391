package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;
import org.reirradiation.knowledge.Parameter;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;

/**
 * The plain jar is a Kie module: an application running the rules through its own KieContainer, with
 * the library's fact builder and assembler, gets exactly the facade's assessment (the README's path).
 * The container holds every site's rules in one knowledge base, so the same comparison shows that the
 * facade's split (one knowledge base per site, only the parameters its rules name) changes no answer.
 */
class KieApiPathTest {

    private final KnowledgeBase knowledgeBase = KnowledgeBaseLoader.bundled(null);
    private final StatelessKieSession allRules = KieServices.Factory.get().getKieClasspathContainer()
            .newStatelessKieSession("assessment");

    @Test
    void theKieContainerPathGivesTheFacadesAssessment() throws IOException {
        ReirradiationCase c = new CaseReader().read(Files.readString(Path.of("src/test/resources/cases/cord-example.json")));

        Assessment viaKie = AssessmentAssembler.assemble(c, knowledgeBase, evaluate(CaseFacts.of(c, knowledgeBase)));

        assertThat(json(viaKie)).isEqualTo(json(new ReirradiationAssessor(knowledgeBase).assess(c)));
        assertThat(viaKie.findings()).isNotEmpty();
    }

    @Test
    void everyRuleAndEveryParameterGiveTheFacadesAssessmentOfEachExample() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        for (Path example : examples) {
            ReirradiationCase read = new CaseReader().read(Files.readString(example));
            ReirradiationCase c = read.assessmentDate() != null ? read : read.withAssessmentDate(LocalDate.now());
            List<Object> facts = new ArrayList<>(CaseFacts.of(c, knowledgeBase));
            knowledgeBase.parameters().all().stream().filter(p -> p.value() != null && !facts.contains(p))
                    .forEach(facts::add);
            assertThat(facts.stream().filter(Parameter.class::isInstance).count())
                    .isGreaterThan(knowledgeBase.parameterFacts(c.site()).size());

            Assessment viaKie = AssessmentAssembler.assemble(c, knowledgeBase, evaluate(facts));

            assertThat(json(viaKie)).as(example.toString())
                    .isEqualTo(json(new ReirradiationAssessor(knowledgeBase).assess(c)));
        }
    }

    private Collection<?> evaluate(List<Object> facts) {
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects("objects"));
        ExecutionResults results = allRules.execute(CommandFactory.newBatchExecution(commands));
        return (Collection<?>) results.getValue("objects");
    }

    private static String json(Assessment assessment) {
        return Json.mapper().writeValueAsString(assessment);
    }
}

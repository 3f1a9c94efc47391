package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.KnowledgeBaseLoader;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;

/**
 * The plain jar is a Kie module: an application running the rules through its own KieContainer, with
 * the library's fact builder and assembler, gets exactly the facade's assessment (the README's path).
 */
class KieApiPathTest {

    @Test
    void theKieContainerPathGivesTheFacadesAssessment() throws Exception {
        ReirradiationCase c = new CaseReader().read(Files.readString(Path.of("src/test/resources/cases/cord-example.json")));
        KnowledgeBase knowledgeBase = KnowledgeBaseLoader.bundled(null);

        StatelessKieSession session = KieServices.Factory.get().getKieClasspathContainer()
                .newStatelessKieSession("assessment");
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(CaseFacts.of(c, knowledgeBase)),
                CommandFactory.newFireAllRules(),
                CommandFactory.newGetObjects("objects"));
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        Assessment viaKie = AssessmentAssembler.assemble(c, knowledgeBase,
                (Collection<?>) results.getValue("objects"));

        Assessment viaFacade = new ReirradiationAssessor(knowledgeBase).assess(c);
        assertThat(Json.mapper().writeValueAsString(viaKie)).isEqualTo(Json.mapper().writeValueAsString(viaFacade));
        assertThat(viaKie.findings()).isNotEmpty();
    }
}

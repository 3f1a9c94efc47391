package org.reirradiation.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compile error names the file as it lies in the rules directory, not the engine's internal path. */
class KnowledgeBaseLoaderProblemTest {

    @Test
    void aSyntaxErrorNamesTheRuleFileAndLine(@TempDir Path rules) throws IOException {
        Files.writeString(rules.resolve("knowledge-base.properties"), "name=test\nversion=1\nstatus=test\n");
        Files.copy(Path.of("rules/references.csv"), rules.resolve("references.csv"));
        Files.copy(Path.of("rules/parameters.csv"), rules.resolve("parameters.csv"));
        Files.createDirectories(rules.resolve("common"));
        Files.writeString(rules.resolve("common/broken.drl"), """
                package org.reirradiation.rules.common;

                rule "broken" when this is not DRL
                then
                end
                """);

        KnowledgeBaseException e = catchThrowableOfType(KnowledgeBaseException.class,
                () -> KnowledgeBaseLoader.fromDirectory(rules, null));

        assertThat(e.problems()).extracting(Problem::file).containsOnly("common/broken.drl");
        assertThat(e.problems()).extracting(Problem::line).contains(3);
    }
}

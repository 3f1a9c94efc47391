package org.reirradiation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small rules and features directories for the command tests: a knowledge base of one or two rules
 * builds in a moment, and a handful of scenarios runs in a moment, where the bundled ones take long.
 * The rule ids (C-98, C-99) are not used by the bundled rules, so what other runs in the same JVM
 * fired cannot make them look covered.
 */
final class KnowledgeFixtures {

    static final String HEADER = """
            package org.reirradiation.rules.common;

            import org.reirradiation.model.*;
            import org.reirradiation.knowledge.Conclusion;

            """;

    /** Fires for every case. */
    static final String EVERY_CASE = """
            // Every case is counselled (a test rule).
            rule "Every case is counselled"
                @id("C-98") @site("COMMON") @category("COUNSEL") @severity("INFO")
                @sources("KB-CONVENTION") @evidence("CONS") @verified("false")
            when
                ReirradiationCase()
            then
                insert(Conclusion.by(kcontext).summary("Counsel the patient.").detail("Every case."));
            end

            """;

    /** Fires only for a patient who depends on a tracheostomy, which no fixture scenario has. */
    static final String TRACHEOSTOMY = """
            // Tracheostomy noted (a test rule that the fixture scenarios never fire).
            rule "Tracheostomy noted"
                @id("C-99") @site("COMMON") @category("COUNSEL") @severity("INFO")
                @sources("KB-CONVENTION") @evidence("CONS") @verified("false")
            when
                Patient( tracheostomyDependent == true )
            then
                insert(Conclusion.by(kcontext).summary("Tracheostomy noted.").detail("Tracheostomy."));
            end

            """;

    static final String PASSING_SCENARIO = """
            Feature: The test rule

              Scenario: Every case is counselled
                Given a breast case
                When the case is assessed
                Then rule "C-98" fires
            """;

    private KnowledgeFixtures() {
    }

    /** A rules directory holding {@code rules} in common/test.drl, with the bundled tables. */
    static Path rules(Path directory, String... rules) throws IOException {
        Files.createDirectories(directory.resolve("common"));
        Files.writeString(directory.resolve("knowledge-base.properties"),
                "name=Test knowledge base\nversion=1\nstatus=test\n");
        Files.copy(Path.of("rules/references.csv"), directory.resolve("references.csv"));
        Files.copy(Path.of("rules/parameters.csv"), directory.resolve("parameters.csv"));
        Files.writeString(directory.resolve("common/test.drl"), HEADER + String.join("", rules));
        return directory;
    }

    /** Writes one feature file and returns the features directory. */
    static Path feature(Path features, String relativePath, String text) throws IOException {
        Path file = features.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return features;
    }

    /** The 1-based line of the first line of {@code file} that contains {@code text}. */
    static int lineOf(Path file, String text) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(text + " is not in " + file);
    }
}

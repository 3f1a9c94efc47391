package org.reirradiation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.RuleInfo;
import org.reirradiation.knowledge.TestKnowledgeBase;

/** The catalogue command: Markdown to standard output by default, HTML or Markdown to a file. */
class CatalogueCommandTest {

    @TempDir
    Path temp;

    @Test
    void theBundledCatalogueIsMarkdownOnStandardOutputByDefault() {
        CommandRun run = CommandRun.of("catalogue");

        assertThat(run.status).as(run.toString()).isEqualTo(Main.OK);
        assertThat(run.out()).startsWith("# Reirradiation knowledge base ").contains("## References");
        for (RuleInfo rule : TestKnowledgeBase.bundled().rules()) {
            assertThat(run.out()).contains("\n| " + rule.id() + " | ");
        }
        assertThat(run.err()).isEmpty();
    }

    @Test
    void htmlGoesToTheOutputFile() throws IOException {
        Path page = temp.resolve("catalogue.html");

        CommandRun run = CommandRun.of("catalogue", "--format", "html", "--output", page.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.OK);
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        for (RuleInfo rule : TestKnowledgeBase.bundled().rules()) {
            assertThat(html).contains(" id=\"" + rule.id() + "\">");
        }
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("rules) written to " + page);
    }

    @Test
    void aRulesDirectoryIsCataloguedAsItIs() throws IOException {
        Path rules = KnowledgeFixtures.rules(temp.resolve("rules"), KnowledgeFixtures.EVERY_CASE);

        CommandRun run = CommandRun.of("catalogue", "--rules", rules.toString(), "--format=markdown");

        assertThat(run.status).as(run.toString()).isEqualTo(Main.OK);
        assertThat(run.out()).startsWith("# Test knowledge base 1").contains("| C-98 | Every case is counselled |");
    }

    @Test
    void rulesThatDoNotLoadExitWith1NamingFileAndLine() throws IOException {
        Path rules = KnowledgeFixtures.rules(temp.resolve("rules"), KnowledgeFixtures.EVERY_CASE);
        Files.writeString(rules.resolve("common/test.drl"), KnowledgeFixtures.HEADER + "rule \"x\" when\n"
                + "  this is not DRL\nthen\nend\n");

        CommandRun run = CommandRun.of("catalogue", "--rules", rules.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.err()).contains("does not load:", "\n  " + rules.resolve("common/test.drl") + ":7: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badUsageExitsWith2() {
        for (String[] args : List.of(new String[] {"catalogue", "--format", "pdf"},
                new String[] {"catalogue", "--format"},
                new String[] {"catalogue", "--output", "no/such/folder/catalogue.md"},
                new String[] {"catalogue", "--output", "."},
                new String[] {"catalogue", "rules"}, new String[] {"catalogue", "--rules", "no/such/dir"})) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.status).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("error: ").contains("Usage:");
        }
    }
}

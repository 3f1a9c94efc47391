package org.reirradiation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;

/**
 * The command line against the knowledge base shared by the test JVM (a rules directory given on the
 * command line is loaded for real). A missing case file is bad usage, exit status 2, like any path
 * argument that does not exist; an invalid case is exit status 1.
 */
class MainTest {

    private static final Path EXAMPLE = Path.of("examples/head-and-neck-oropharynx.json");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String[]> serviceStarts = new ArrayList<>();

    private int run(String... args) {
        KnowledgeBaseSource shared = (rulesDir, overrides) -> rulesDir == null && overrides == null
                ? TestKnowledgeBase.bundled() : KnowledgeBaseSource.LOADER.load(rulesDir, overrides);
        return new Main(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), shared, CLOCK, springArgs -> {
                    serviceStarts.add(springArgs);
                    return true;
                }).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Assessment facade() throws IOException {
        KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
        return new ReirradiationAssessor(() -> knowledgeBase, CLOCK)
                .assess(new CaseReader(CLOCK).read(Files.readAllBytes(EXAMPLE)));
    }

    @Test
    void assessPrintsTheVerdictAndTheRulesBehindIt() throws IOException {
        Assessment expected = facade();

        assertThat(run("assess", EXAMPLE.toString())).isEqualTo(Main.OK);

        assertThat(out()).contains("VERDICT: " + expected.verdict())
                .contains("REIRRADIATION TYPE: " + expected.reirradiationType())
                .contains("Interval from prior RT to recurrence: 48.4 months")
                .contains("SPINAL_CORD  DMAX", "Organ", "Cumulative", "Limit", "Status")
                .contains(expected.knowledgeBase().digest())
                .contains("Decision support only");
        expected.verdictRuleIds().forEach(id -> assertThat(out()).contains("imposed by " + id));
        expected.findings().forEach(f -> assertThat(out()).contains(f.ruleId() + "  " + f.title()));
        assertThat(err()).isEmpty();
    }

    @Test
    void assessJsonPrintsExactlyTheFacadesAssessment() throws IOException {
        assertThat(run("assess", "--json", EXAMPLE.toString())).isEqualTo(Main.OK);

        assertThat(Json.mapper().readTree(out())).isEqualTo(Json.mapper().readTree(
                Json.mapper().writeValueAsString(facade())));
        assertThat(out()).startsWith("{").endsWith("}" + System.lineSeparator());
    }

    @Test
    void anInvalidCaseExitsWith1AndNamesEveryField(@TempDir Path temp) throws IOException {
        Path invalid = Files.writeString(temp.resolve("invalid.json"),
                "{\"site\":\"BRAIN\",\"patient\":{\"kps\":150},\"priorCourses\":[{\"fractions\":0}]}");

        assertThat(run("assess", invalid.toString())).isEqualTo(Main.FAILED);

        assertThat(out()).isEmpty();
        assertThat(err()).contains("Invalid case " + invalid, "  patient.kps: ", "  priorCourses[0].fractions: ");
    }

    @Test
    void aMissingCaseFileIsBadUsage() {
        assertThat(run("assess", "no/such/case.json")).isEqualTo(Main.USAGE);

        assertThat(err()).contains("the case file no/such/case.json does not exist").contains("Usage:");
    }

    @Test
    void badUsageExitsWith2AndPrintsTheUsage() {
        for (String[] args : List.of(new String[] {"frobnicate"}, new String[] {"assess"},
                new String[] {"assess", EXAMPLE.toString(), "--bogus"},
                new String[] {"assess", EXAMPLE.toString(), EXAMPLE.toString()},
                new String[] {"assess", EXAMPLE.toString(), "--rules"},
                new String[] {"assess", EXAMPLE.toString(), "--rules", "no/such/dir"},
                new String[] {"serve", "--rules", "rules"}, new String[] {"serve", "rules"},
                new String[] {"--rules.dir", "rules"})) {
            err.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(err()).as(String.join(" ", args)).startsWith("error: ").contains("Usage:");
        }
        assertThat(serviceStarts).isEmpty();
        assertThat(out()).isEmpty();
    }

    @Test
    void aRulesDirectoryThatDoesNotLoadExitsWith1AndNamesFileAndLine(@TempDir Path temp) throws IOException {
        Path rules = Files.createDirectories(temp.resolve("rules/common"));
        Files.writeString(temp.resolve("rules/knowledge-base.properties"), "name=x\nversion=1\nstatus=test\n");
        Files.copy(Path.of("rules/references.csv"), temp.resolve("rules/references.csv"));
        Files.copy(Path.of("rules/parameters.csv"), temp.resolve("rules/parameters.csv"));
        Files.writeString(rules.resolve("broken.drl"), "package org.reirradiation.rules.common;\n\nrule \"x\" when\n"
                + "  this is not DRL\nthen\nend\n");

        assertThat(run("assess", EXAMPLE.toString(), "--rules", temp.resolve("rules").toString()))
                .isEqualTo(Main.FAILED);

        assertThat(err()).contains("does not load:").contains("\n  common/broken.drl:4: ");
        assertThat(out()).isEmpty();
    }

    @Test
    void noArgumentsOrServeStartTheServiceWithTheSpringOptions() {
        assertThat(run()).isEqualTo(Main.SERVING);
        assertThat(run("serve", "--rules.dir=rules", "--server.port=9090")).isEqualTo(Main.SERVING);
        assertThat(run("--server.port=9090")).isEqualTo(Main.SERVING);

        assertThat(serviceStarts).containsExactly(new String[0],
                new String[] {"--rules.dir=rules", "--server.port=9090"}, new String[] {"--server.port=9090"});
    }

    @Test
    void aServiceThatDoesNotStartExitsWith1() {
        int status = new Main(InputStream.nullInputStream(), new PrintStream(out), new PrintStream(err), (r, o) -> null,
                CLOCK, args -> false)
                .run("serve");

        assertThat(status).isEqualTo(Main.FAILED);
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("help")).isEqualTo(Main.OK);

        assertThat(out()).startsWith("Usage:").contains("assess CASE.json", "assess-batch CASES.ndjson", "check [--rules DIR]", "catalogue [--rules DIR]");
    }
}

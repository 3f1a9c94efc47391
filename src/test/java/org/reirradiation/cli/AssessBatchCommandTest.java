package org.reirradiation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Json;
import tools.jackson.databind.JsonNode;

/**
 * assess-batch: one output line per non-blank input line, in input order whatever the number of
 * threads, each the facade's assessment of that line or an error object naming the line.
 */
class AssessBatchCommandTest {

    @TempDir
    Path temp;

    private static String example(String caseId) throws IOException {
        return Files.readString(Path.of("examples/head-and-neck-oropharynx.json")).lines().map(String::strip)
                .collect(Collectors.joining(" ")).replace("example-head-and-neck-oropharynx", caseId);
    }

    /** What the library facade answers for one line, as JSON: an assessment, or null for an invalid case. */
    private static JsonNode facade(String line) {
        var knowledgeBase = TestKnowledgeBase.bundled();
        try {
            var assessment = new ReirradiationAssessor(() -> knowledgeBase, CommandRun.CLOCK)
                    .assess(new CaseReader(CommandRun.CLOCK).read(line));
            return Json.mapper().readTree(Json.mapper().writeValueAsString(assessment));
        } catch (InvalidCaseException e) {
            return null;
        }
    }

    private static List<JsonNode> lines(String output) {
        return output.lines().map(line -> Json.mapper().readTree(line)).toList();
    }

    @Test
    void everyLineIsAnsweredInPlaceAndBadLinesBecomeErrorObjects() throws IOException {
        String first = example("first");
        String last = example("last");
        String input = first + "\n\n{not json\n" + example("bad").replace("\"kps\": 80", "\"kps\": 150") + "\n"
                + last + "\n";

        CommandRun run = CommandRun.withInput(input, "assess-batch", "-");

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        List<JsonNode> output = lines(run.out());
        assertThat(output).hasSize(4);
        assertThat(output.get(0)).isEqualTo(facade(first));
        assertThat(output.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(output.get(1).get("caseId")).isNull();
        assertThat(output.get(1).get("errors").get(0).get("field").asString()).isEqualTo("$");
        assertThat(output.get(2).toString()).isEqualTo("{\"line\":4,\"caseId\":\"bad\",\"errors\":[{\"field\":"
                + "\"patient.kps\",\"message\":\"" + output.get(2).get("errors").get(0).get("message").asString()
                + "\"}]}");
        assertThat(output.get(3)).isEqualTo(facade(last));
        assertThat(run.out()).doesNotContain("\n ").doesNotContain("\r");
        assertThat(run.err()).contains("5 lines (1 blank): 2 assessed, 2 with errors");
    }

    @Test
    void manyLinesOnSeveralThreadsKeepTheirOrder() throws IOException {
        CohortFile cohort = new CohortFile(Path.of("examples"), 7);
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 600; i++) {
            cases.add(i % 250 == 0 ? "{\"site\": \"NOWHERE\", \"caseId\": \"broken-" + i + "\"}" : cohort.next(i));
        }
        Path file = Files.write(temp.resolve("cohort.ndjson"), cases);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = new AssessBatchCommand(InputStream.nullInputStream(), new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), CommandRun.SHARED,
                CommandRun.CLOCK, 100).run(List.of(file.toString(), "--threads", "3"));

        assertThat(status).isEqualTo(Main.FAILED);
        List<JsonNode> output = lines(out.toString(StandardCharsets.UTF_8));
        assertThat(output).hasSize(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            JsonNode expected = facade(cases.get(i));
            if (expected == null) {
                assertThat(output.get(i).get("line").asInt()).as("line " + (i + 1)).isEqualTo(i + 1);
                assertThat(output.get(i).get("errors")).as("line " + (i + 1)).isNotEmpty();
            } else {
                assertThat(output.get(i)).as("line " + (i + 1)).isEqualTo(expected);
            }
        }
        assertThat(output.stream().filter(node -> node.has("errors")).count()).as("errors")
                .isBetween(2L, 10L);
        assertThat(output.get(249).get("caseId").asString()).isEqualTo("broken-250");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("assess-batch: 100 cases done", "600 cases done",
                "600 lines (0 blank): ");
    }

    @Test
    void aCohortOfValidCasesExitsWith0() throws IOException {
        Path file = Files.writeString(temp.resolve("two.ndjson"), example("a") + "\n" + example("b"));

        CommandRun run = CommandRun.of("assess-batch", file.toString(), "--threads=1");

        assertThat(run.status).as(run.toString()).isEqualTo(Main.OK);
        assertThat(lines(run.out())).extracting(node -> node.get("caseId").asString()).containsExactly("a", "b");
        assertThat(run.err()).contains("2 lines (0 blank): 2 assessed, 0 with errors").doesNotContain("cases done");
    }

    @Test
    void rulesThatDoNotLoadExitWith1BeforeReadingACase() throws IOException {
        Path rules = KnowledgeFixtures.rules(temp.resolve("rules"), KnowledgeFixtures.EVERY_CASE);
        Files.writeString(rules.resolve("common/test.drl"), KnowledgeFixtures.HEADER + "rule \"x\" when\n"
                + "  this is not DRL\nthen\nend\n");

        CommandRun run = CommandRun.withInput(example("a"), "assess-batch", "-", "--rules", rules.toString());

        assertThat(run.status).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.err()).contains("\n  " + rules.resolve("common/test.drl") + ":7: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badUsageExitsWith2() {
        for (String[] args : List.of(new String[] {"assess-batch"}, new String[] {"assess-batch", "no/such.ndjson"},
                new String[] {"assess-batch", "-", "-"}, new String[] {"assess-batch", "-", "--threads", "0"},
                new String[] {"assess-batch", "-", "--threads", "many"}, new String[] {"assess-batch", "-", "--json"},
                new String[] {"assess-batch", "-", "--rules", "no/such/dir"})) {
            CommandRun run = CommandRun.of(args);
            assertThat(run.status).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(run.err()).as(String.join(" ", args)).startsWith("error: ").contains("Usage:");
        }
    }
}

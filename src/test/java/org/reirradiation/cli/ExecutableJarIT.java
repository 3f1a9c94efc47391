package org.reirradiation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.Json;
import tools.jackson.databind.JsonNode;

/**
 * The packaged executable jar, run by Maven Failsafe in the verify phase as a separate process, the
 * way experts and scripts run it. Its check is the proof that Cucumber finds the glue and runs the
 * scenarios from inside the Spring Boot jar (nested-jar class loading), which no in-process test can
 * show.
 */
class ExecutableJarIT {

    /** Generous: the whole check of every scenario takes minutes on a busy 2-core machine. */
    private static final Duration CHECK_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    @TempDir
    Path temp;

    private record Run(int status, String out, String err) {
        @Override
        public String toString() {
            return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("exec.jar", "target/reirradiation-knowledge-base-exec.jar"));
        assertThat(jar).as("the executable jar (mvn package makes it)").isRegularFile();
        return jar;
    }

    private Run run(Duration timeout, Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("java -jar " + String.join(" ", args) + " did not finish within " + timeout
                    + "\n" + Files.readString(out) + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void checkOfTheBundledRulesAndFeaturesPasses() throws Exception {
        Run run = run(CHECK_TIMEOUT, null, "check");

        assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
        assertThat(run.out()).as(run.toString())
                .containsPattern("Scenarios: ([1-9]\\d*) run, \\1 passed, 0 failed")
                .containsPattern("\\n  total +" + TestKnowledgeBase.bundled().rules().size() + " +\\d+ +0 +0\\n")
                .endsWith("CHECK PASSED\n");
    }

    @Test
    void checkOfABrokenCopyExitsWith1NamingFileAndLine() throws Exception {
        Path copy = temp.resolve("rules");
        TestKnowledgeBase.copyRulesTo(copy);
        Path file = copy.resolve("breast/selection.drl");
        List<String> lines = Files.readAllLines(file);
        int when = lines.indexOf("when");
        lines.add(when + 1, "    this is not DRL");
        Files.write(file, lines);

        Run run = run(TIMEOUT, null, "check", "--rules", copy.toString());

        assertThat(run.status()).as(run.toString()).isEqualTo(Main.FAILED);
        assertThat(run.out()).as(run.toString()).contains("\n  " + file + ":" + (when + 2) + ": ")
                .contains("no scenario was run").endsWith("CHECK FAILED\n");
    }

    @Test
    void assessOfAnExamplePrintsAVerdict() throws Exception {
        Run run = run(TIMEOUT, null, "assess", "examples/head-and-neck-oropharynx.json");

        assertThat(run.status()).as(run.toString()).isEqualTo(Main.OK);
        assertThat(run.out()).as(run.toString()).containsPattern("VERDICT: (FAVOURABLE|CONDITIONAL|UNFAVOURABLE"
                + "|NOT_RECOMMENDED|INSUFFICIENT_INFORMATION)\\n");
    }

    @Test
    void assessBatchAnswersEveryLineInOrderWithTheBadLineInPlace() throws Exception {
        String example = Files.readString(Path.of("examples/head-and-neck-oropharynx.json")).lines()
                .map(String::strip).collect(Collectors.joining(" "));
        List<String> lines = List.of(example.replace("example-head-and-neck-oropharynx", "one"),
                example.replace("example-head-and-neck-oropharynx", "two"),
                example.replace("example-head-and-neck-oropharynx", "three").replace("\"kps\": 80", "\"kps\": 150"),
                example.replace("example-head-and-neck-oropharynx", "four"));
        Path cases = Files.write(temp.resolve("cases.ndjson"), lines);

        Run run = run(TIMEOUT, cases, "assess-batch", "-", "--threads", "2");

        assertThat(run.status()).as(run.toString()).isEqualTo(Main.FAILED);
        List<JsonNode> output = run.out().lines().map(line -> Json.mapper().readTree(line)).toList();
        assertThat(output).as(run.toString()).extracting(node -> node.get("caseId").asString())
                .containsExactly("one", "two", "three", "four");
        assertThat(output.get(2).get("line").asInt()).isEqualTo(3);
        assertThat(output.get(2).get("errors").get(0).get("field").asString()).isEqualTo("patient.kps");
        assertThat(output.get(3).get("verdict").asString()).isNotEmpty();
        assertThat(run.err()).contains("4 lines (0 blank): 3 assessed, 1 with errors");
    }
}

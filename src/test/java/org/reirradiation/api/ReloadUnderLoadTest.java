package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.Json;
import tools.jackson.databind.JsonNode;

/**
 * Reload under load (issue 8): client threads assess the example cases over real HTTP without pause
 * while an administrator puts a changed rules directory in force and then tries a broken one. No
 * request fails; every answer comes from the knowledge base in force before or after the valid reload,
 * never from a mixture; the valid reload changes the digest, the invalid one is a 422 that keeps it.
 * Run alone with {@code mvn -B verify -Dtest=ReloadUnderLoadTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReloadUnderLoadTest extends DeployedService {

    static final int CLIENTS = 8;
    private static final int MAX_REQUESTS_PER_CLIENT = 5_000;
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final String C10_TITLE = "Poor performance status: curative reirradiation not recommended";

    /** One answer: which case, its status, and the body (or the failure). */
    record Answer(int caseIndex, int status, String body, Throwable failure) {
    }

    @Test
    void noRequestFailsWhileAValidAndAnInvalidReloadHappen() throws Exception {
        List<byte[]> cases = examples();
        String before = digest();
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        String afterValid;
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int first = client;
                running.add(clients.submit(() -> load(cases, first, stop, answers)));
            }
            awaitAnswers(answers, 2 * CLIENTS);

            HttpResponse<String> valid;
            try (TestRulesDirectory.Edit edit = TestRulesDirectory.edit("common/selection.drl",
                    text -> text.replace(C10_TITLE, C10_TITLE + " (local wording)"))) {
                valid = reload(ADMIN_AUTH);
            }
            assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
            afterValid = Json.mapper().readTree(valid.body()).get("digest").asString();
            assertThat(afterValid).isNotEqualTo(before);
            awaitAnswers(answers, answers.size() + 2 * CLIENTS);

            HttpResponse<String> invalid;
            try (TestRulesDirectory.Edit edit = TestRulesDirectory.edit("common/selection.drl",
                    text -> text.replace("rule \"" + C10_TITLE + "\"", "rule \"broken\" when this is not DRL"))) {
                invalid = reload(ADMIN_AUTH);
            }
            problem(invalid, 422);
            assertThat(digest()).isEqualTo(afterValid);
            awaitAnswers(answers, answers.size() + 2 * CLIENTS);
        } finally {
            stop.set(true);
            for (Future<?> client : running) {
                client.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            }
            clients.shutdownNow();
            reload(ADMIN_AUTH);
        }
        assertThat(digest()).as("the files as they were, the knowledge base as it was").isEqualTo(before);

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.failure()).isNull();
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        });
        Map<String, Map<Integer, String>> bodiesByDigest = new HashMap<>();
        for (Answer answer : answers) {
            JsonNode assessment = Json.mapper().readTree(answer.body());
            String digest = assessment.get("knowledgeBase").get("digest").asString();
            String previous = bodiesByDigest.computeIfAbsent(digest, d -> new HashMap<>())
                    .putIfAbsent(answer.caseIndex(), answer.body());
            assertThat(answer.body()).as("same case, same knowledge base, same answer")
                    .isEqualTo(previous == null ? answer.body() : previous);
        }
        assertThat(bodiesByDigest.keySet()).isEqualTo(Set.of(before, afterValid));
        System.out.printf("Reload under load: %d assessments by %d clients, all 200, on %s then %s%n",
                answers.size(), CLIENTS, before, afterValid);
    }

    private void load(List<byte[]> cases, int first, AtomicBoolean stop, ConcurrentLinkedQueue<Answer> answers) {
        for (int i = first; i < first + MAX_REQUESTS_PER_CLIENT && !stop.get(); i++) {
            int index = i % cases.size();
            try {
                HttpResponse<String> response = assess(cases.get(index));
                answers.add(new Answer(index, response.statusCode(), response.body(), null));
            } catch (RuntimeException e) {
                answers.add(new Answer(index, 0, null, e));
            }
        }
    }

    private static void awaitAnswers(ConcurrentLinkedQueue<Answer> answers, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (answers.size() < count) {
            assertThat(Instant.now()).as("answers keep coming").isBefore(deadline);
            Thread.sleep(20);
        }
    }

    private static List<byte[]> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            List<byte[]> cases = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                cases.add(Files.readAllBytes(file));
            }
            return cases;
        }
    }
}

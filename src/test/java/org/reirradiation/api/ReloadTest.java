package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reirradiation.model.Json;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/knowledge-base/reload}: only an administrator reloads; a valid directory is put in
 * force with its digest, an invalid one is refused with every problem while the knowledge base in force
 * keeps serving; each reload leaves a line in the audit trail.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReloadTest extends DeployedService {

    private static final String C10_TITLE = "rule \"Poor performance status: curative reirradiation not recommended\"";

    @Test
    void withoutCredentialsIsA401ProblemWithABasicChallenge() {
        HttpResponse<String> response = reload(null);

        problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void aWrongPasswordIsA401() {
        problem(reload(basic(ADMIN, "not-the-password")), 401);
        problem(reload(basic("nobody", ADMIN_PASSWORD)), 401);
    }

    @Test
    void anApiCredentialIsA403() {
        JsonNode problem = problem(reload(API_AUTH), 403);

        assertThat(problem.get("detail").asString()).contains("administrators");
    }

    @Test
    void anAdministratorsBrowserOnAnotherSitesPageIsRefused() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(ReloadController.PATH))
                .header("Authorization", ADMIN_AUTH).header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(problem(response, 403).get("detail").asString()).contains("another site");
    }

    @Test
    void onlyPostReloads() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(ReloadController.PATH))
                .header("Authorization", ADMIN_AUTH).GET());

        problem(response, 405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void reloadingUnchangedFilesKeepsTheDigestAndIsAudited(CapturedOutput output) {
        String before = digest();

        HttpResponse<String> response = reload(ADMIN_AUTH);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("previousDigest").asString()).isEqualTo(before);
        assertThat(body.get("digest").asString()).isEqualTo(before);
        assertThat(body.get("changed").asBoolean()).isFalse();
        assertThat(body.get("reloadedBy").asString()).isEqualTo(ADMIN);
        assertThat(body.get("origin").asString()).isEqualTo(TestRulesDirectory.rules().toAbsolutePath().normalize()
                .toString());
        assertThat(body.get("overrides").asString()).endsWith("centre-overrides.csv");
        assertThat(body.get("note").asString()).contains("rules directory");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(auditLines(output, "\"event\":\"reload\"")).anySatisfy(line -> assertThat(line)
                .contains("\"requestId\":\"" + requestId + "\"", "\"by\":\"" + ADMIN + "\"",
                        "\"previousDigest\":\"" + before + "\"", "\"digest\":\"" + before + "\"", "\"time\":\""));
    }

    @Test
    void aChangedRuleIsPutInForceWithANewDigestAndTheClinicalDifference() {
        String before = digest();
        try (TestRulesDirectory.Edit edit = TestRulesDirectory.edit("common/selection.drl",
                text -> text.replace(C10_TITLE, C10_TITLE.replace("not recommended", "not recommended here")))) {

            HttpResponse<String> response = reload(ADMIN_AUTH);

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = Json.mapper().readTree(response.body());
            String after = body.get("digest").asString();
            assertThat(after).isNotEqualTo(before).startsWith("sha256:");
            assertThat(body.get("previousDigest").asString()).isEqualTo(before);
            assertThat(body.get("changed").asBoolean()).isTrue();
            assertThat(body.get("changes").get("changedRules").toString()).isEqualTo("[\"C-10\"]");
            assertThat(digest()).isEqualTo(after);
            JsonNode rule = rule("C-10");
            assertThat(rule.get("title").asString()).endsWith("not recommended here");
        } finally {
            reload(ADMIN_AUTH);
        }
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void anInvalidDirectoryIsA422ListingEveryProblemAndTheKnowledgeBaseInForceKeepsServing(CapturedOutput output) {
        String before = digest();
        int brokenLine;
        try (TestRulesDirectory.Edit syntax = TestRulesDirectory.edit("common/selection.drl",
                text -> text.replace(C10_TITLE, "rule \"broken\" when this is not DRL"));
                TestRulesDirectory.Edit source = TestRulesDirectory.edit("cervix/dose-checks.drl",
                        text -> text.replace("@sources(\"JILIN2022;ABUSARIS2012;KB-CONVENTION\")",
                                "@sources(\"JILIN2022;NO-SUCH-REFERENCE\")"))) {
            brokenLine = lineOf("common/selection.drl", "rule \"broken\"");

            HttpResponse<String> response = reload(ADMIN_AUTH);

            JsonNode problem = problem(response, 422);
            assertThat(problem.get("type").asString()).isEqualTo(Problems.KNOWLEDGE_BASE_INVALID);
            assertThat(problem.get("detail").asString()).contains(before, "keeps serving");
            List<String> errors = new ArrayList<>();
            problem.get("errors").forEach(e -> {
                assertThat(e.propertyNames()).containsExactly("file", "line", "message");
                errors.add(e.get("file").asString() + ":" + e.get("line").asString() + ": " + e.get("message")
                        .asString());
            });
            assertThat(errors).anyMatch(e -> e.startsWith("common/selection.drl:" + brokenLine + ": "));
            assertThat(errors).anyMatch(e -> e.startsWith("cervix/dose-checks.drl:") && e.contains("NO-SUCH-REFERENCE"));
            assertThat(digest()).isEqualTo(before);
            HttpResponse<String> assessed = assess(example("cervix-vault-after-postoperative-rt"));
            assertThat(assessed.statusCode()).isEqualTo(200);
            assertThat(Json.mapper().readTree(assessed.body()).get("knowledgeBase").get("digest").asString())
                    .isEqualTo(before);
            assertThat(auditLines(output, "\"event\":\"reload-refused\"")).anySatisfy(line -> assertThat(line)
                    .contains("\"by\":\"" + ADMIN + "\"", "\"digest\":\"" + before + "\"",
                            "\"problemCount\":" + errors.size()));
        }
        assertThat(reload(ADMIN_AUTH).statusCode()).isEqualTo(200);
        assertThat(digest()).isEqualTo(before);
    }

    @Test
    void anOverridesFileWithAnUnknownKeyIsRefusedNamingTheFileAndLine() {
        String before = digest();
        try (TestRulesDirectory.Edit edit = TestRulesDirectory.edit(TestRulesDirectory.overrides(),
                text -> text + "common.noSuchParameter,1,months\n")) {

            JsonNode problem = problem(reload(ADMIN_AUTH), 422);

            JsonNode error = problem.get("errors").get(0);
            assertThat(error.get("file").asString()).endsWith("centre-overrides.csv");
            assertThat(error.get("line").asInt()).isEqualTo(3);
            assertThat(error.get("message").asString()).contains("common.noSuchParameter");
            assertThat(digest()).isEqualTo(before);
        }
    }

    private JsonNode rule(String id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/rules"))
                .header("Authorization", API_AUTH).GET());
        for (JsonNode rule : Json.mapper().readTree(response.body())) {
            if (rule.get("id").asString().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static int lineOf(String file, String text) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(TestRulesDirectory.rules().resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
            throw new AssertionError(text + " not in " + file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The audit trail's lines of one kind, each a complete JSON document. */
    static List<String> auditLines(CapturedOutput output, String marker) {
        List<String> lines = new ArrayList<>();
        for (String line : output.getOut().split("\\R")) {
            if (line.contains(AuditTrail.LOGGER) && line.contains(marker)) {
                String json = line.substring(line.indexOf('{'));
                Json.mapper().readTree(json);
                lines.add(json);
            }
        }
        return lines;
    }
}

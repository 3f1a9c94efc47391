package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.reirradiation.model.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service as a centre would deploy it, shared by every test class that extends this one (one
 * Spring context for all of them): rules from a directory that can be edited and reloaded, a centre's
 * overrides file, an administrator, HTTP Basic for the API, one allowed CORS origin. Real HTTP on a
 * random port, and MockMvc on the same context for the fast property tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "kb.admin.username=" + DeployedService.ADMIN, "kb.admin.password=" + DeployedService.ADMIN_PASSWORD,
        "kb.api.auth=basic", "kb.api.username=" + DeployedService.API_USER,
        "kb.api.password=" + DeployedService.API_PASSWORD,
        "kb.cors.allowed-origins=" + DeployedService.ALLOWED_ORIGIN})
@AutoConfigureMockMvc
abstract class DeployedService {

    static final String ADMIN = "physicist";
    static final String ADMIN_PASSWORD = "admin-password-for-tests";
    static final String API_USER = "tumour-board-app";
    static final String API_PASSWORD = "api-password-for-tests";
    static final String ALLOWED_ORIGIN = "https://tumour-board.example.org";
    static final String ADMIN_AUTH = basic(ADMIN, ADMIN_PASSWORD);
    static final String API_AUTH = basic(API_USER, API_PASSWORD);

    static final Path EXAMPLES = Path.of("examples");

    protected final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void rulesAndOverrides(DynamicPropertyRegistry registry) {
        registry.add("rules.dir", () -> TestRulesDirectory.rules().toString());
        registry.add("parameters.overrides", () -> TestRulesDirectory.overrides().toString());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] example(String name) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(name + ".json"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> assess(byte[] body) {
        return send(HttpRequest.newBuilder(uri("/api/v1/assessments")).header("Authorization", API_AUTH)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> reload(String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(ReloadController.PATH))
                .POST(HttpRequest.BodyPublishers.noBody());
        return send(authorization == null ? request : request.header("Authorization", authorization));
    }

    JsonNode knowledgeBase() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/knowledge-base"))
                .header("Authorization", API_AUTH).GET());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    String digest() {
        return knowledgeBase().get("digest").asString();
    }

    /** Checks the problem document's shape, its request id and status, and returns it. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        // Tomcat's own refusals (ProblemReportValve) name the charset too
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).matches("application/problem\\+json(;charset=UTF-8)?"));
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "errors",
                "requestId");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return problem;
    }
}

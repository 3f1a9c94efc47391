package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.Json;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole service over real HTTP, on the bundled rules as it ships: no administrator, no API
 * authentication, no CORS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServiceIntegrationTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Test
    void assessesTheExampleCase() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", "integration-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(ApiWebLayerTest.EXAMPLE))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("integration-1");
        JsonNode assessment = Json.mapper().readTree(response.body());
        assertThat(assessment.get("caseId").asString()).isEqualTo("example-head-and-neck-oropharynx");
        assertThat(assessment.get("verdict").asString()).isNotBlank();
        assertThat(assessment.get("knowledgeBase").get("digest").asString()).startsWith("sha256:");
    }

    @Test
    void reportsHealth() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).get("status").asString()).isEqualTo("UP");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
    }

    @Test
    void exposesNoOtherActuatorEndpoint() throws Exception {
        problem(send(HttpRequest.newBuilder(uri("/actuator/env")).GET()), 404);
    }

    @Test
    void refusesABodyOverTheLimitOverHttp() throws Exception {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');

        problem(send(HttpRequest.newBuilder(uri("/api/v1/assessments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))), 413);
    }

    @Test
    void theErrorPathAnswersWithAProblemNotSpringsDefault() throws Exception {
        problem(send(HttpRequest.newBuilder(uri("/error")).GET()), 404);
    }

    @Test
    void aRequestThatTomcatRejectsIsAProblemToo() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/rules% HTTP/1.1\r\nHost: localhost\r\n"
                    + "X-Request-Id: raw-1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").contains("X-Request-Id: raw-1")
                    .contains("Content-Type: application/problem+json");
            JsonNode problem = Json.mapper().readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("requestId").asString()).isEqualTo("raw-1");
        }
    }

    @Test
    void withoutAnAdministratorTheReloadIsClosedToEveryoneWithA403() throws Exception {
        for (String authorization : new String[] {null, DeployedService.basic("admin", "admin"), "Bearer x"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(ReloadController.PATH))
                    .POST(HttpRequest.BodyPublishers.noBody());
            HttpResponse<String> response = send(authorization == null ? request
                    : request.header("Authorization", authorization));

            JsonNode problem = problem(response, 403);
            assertThat(problem.get("detail").asString()).isEqualTo(SecurityProblems.ADMIN_DISABLED);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as("no challenge: no credential can succeed")
                    .isEmpty();
        }
    }

    @Test
    void theApiIsOpenWithoutCredentialsAndSendsTheStandardSecurityHeaders() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/knowledge-base")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("HSTS on HTTPS only").isEmpty();
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();
    }

    @Test
    void withoutConfiguredOriginsThereIsNoCors() throws Exception {
        HttpResponse<String> simple = send(HttpRequest.newBuilder(uri("/api/v1/rules"))
                .header("Origin", "https://elsewhere.example.org").GET());
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Origin", "https://elsewhere.example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
    }

    @Test
    void exposesInfoButNoOtherActuatorEndpoint() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/info")).GET()).statusCode()).isEqualTo(200);
        for (String endpoint : new String[] {"env", "beans", "configprops", "loggers", "heapdump", "threaddump",
                "mappings", "metrics", "shutdown"}) {
            problem(send(HttpRequest.newBuilder(uri("/actuator/" + endpoint)).GET()), 404);
        }
    }

    private JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "errors",
                "requestId");
        assertThat(problem.get("requestId").asString())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        return problem;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

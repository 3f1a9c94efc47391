package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.reirradiation.model.Json;

/**
 * {@code kb.api.auth=basic} with an administrator and one CORS origin: the API needs a credential, the
 * platform's probes do not, and every refusal is a problem document.
 */
class DeployedSecurityTest extends DeployedService {

    @Test
    void theApiNeedsACredential() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(example("head-and-neck-oropharynx"))));

        problem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm=\"reirradiation\""));
        assertThat(response.body()).doesNotContain("example-head-and-neck-oropharynx");
    }

    @Test
    void theApiCredentialAndTheAdministratorMayAssess() {
        assertThat(assess(example("head-and-neck-oropharynx")).statusCode()).isEqualTo(200);
        HttpResponse<String> asAdmin = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Authorization", ADMIN_AUTH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(example("head-and-neck-oropharynx"))));
        assertThat(asAdmin.statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordIsA401WhateverTheEndpoint() {
        for (String path : new String[] {"/api/v1/rules", "/api/v1/knowledge-base", "/catalogue"}) {
            problem(send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(API_USER, "wrong")).GET()),
                    401);
            problem(send(HttpRequest.newBuilder(uri(path)).GET()), 401);
        }
    }

    @Test
    void healthAndInfoAreOpenForTheProbesAndNothingElseOfTheActuatorIsThere() {
        HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(health.body()).propertyNames()).contains("status")
                .doesNotContain("components", "details");
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/info")).GET()).statusCode()).isEqualTo(200);
        problem(send(HttpRequest.newBuilder(uri("/actuator/env")).header("Authorization", ADMIN_AUTH).GET()), 404);
        problem(send(HttpRequest.newBuilder(uri("/actuator/env")).GET()), 401);
    }

    @Test
    void aNonAdministratorsCredentialNeverReachesTheAdminEndpoint() {
        problem(reload(API_AUTH), 403);
    }

    @Test
    void theStandardSecurityHeadersAreSentOnAnswersAndOnRefusals() {
        for (HttpResponse<String> response : java.util.List.of(assess(example("head-and-neck-oropharynx")),
                send(HttpRequest.newBuilder(uri("/api/v1/rules")).GET()))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(
                    value -> assertThat(value).contains("no-store"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void aConfiguredOriginMayCallFromABrowserAndNoOtherMay() {
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(preflight.statusCode()).as("a preflight carries no credentials").isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        HttpResponse<String> call = send(HttpRequest.newBuilder(uri("/api/v1/rules")).header("Origin", ALLOWED_ORIGIN)
                .header("Authorization", API_AUTH).GET());
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(ALLOWED_ORIGIN);
        assertThat(call.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                value -> assertThat(value).contains("X-Request-Id"));

        HttpResponse<String> elsewhere = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Origin", "https://elsewhere.example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}

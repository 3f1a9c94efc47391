package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The web layer alone, over the knowledge base shared by the test JVM: statuses, bodies, headers. */
@WebMvcTest(properties = "kb.max-request-bytes=64KB")
@Import({ApiWebLayerTest.Library.class, ApiWebLayerTest.Failing.class, SecurityConfiguration.class})
class ApiWebLayerTest {

    static final Path EXAMPLE = Path.of("examples/head-and-neck-oropharynx.json");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2025, 3, 20).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    @TestConfiguration(proxyBeanMethods = false)
    static class Library {

        @Bean
        KnowledgeBaseHolder knowledgeBaseHolder() {
            return new KnowledgeBaseHolder(TestKnowledgeBase.bundled());
        }

        @Bean
        ReirradiationAssessor reirradiationAssessor(KnowledgeBaseHolder holder) {
            return new ReirradiationAssessor(holder, CLOCK);
        }

        @Bean
        CaseReader caseReader() {
            return new CaseReader(CLOCK);
        }

        @Bean
        FeatureScenarios featureScenarios() {
            return FeatureScenarios.none();
        }

        @Bean
        Clock clock() {
            return CLOCK;
        }

        @Bean
        AuditTrail auditTrail() {
            return new AuditTrail(false);
        }

        /** Reloads the bundled rules from the working copy: the same rules, so the same digest. */
        @Bean
        KnowledgeBaseReloader knowledgeBaseReloader(KnowledgeBaseHolder holder, AuditTrail audit) {
            return new KnowledgeBaseReloader(new RulesSource(Path.of("rules"), null), holder, audit, CLOCK);
        }
    }

    /** A handler that fails as a bug would, with internals in its message that must not leak. */
    @RestController
    static class Failing {

        @GetMapping("/test/failure")
        String fail() {
            throw new IllegalStateException("secret internals of org.reirradiation");
        }
    }

    private final MockMvcTester mvc;

    ApiWebLayerTest(@Autowired MockMvcTester mvc) {
        this.mvc = mvc;
    }

    @Test
    void theExampleCaseGivesTheFacadesAssessmentByteForByte() throws IOException {
        byte[] example = Files.readAllBytes(EXAMPLE);
        KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
        byte[] expected = Json.mapper().writeValueAsBytes(
                new ReirradiationAssessor(() -> knowledgeBase, CLOCK).assess(new CaseReader(CLOCK).read(example)));

        MockHttpServletResponse response = post(example, MediaType.APPLICATION_JSON_VALUE);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
        assertThat(response.getContentAsByteArray()).isEqualTo(expected);
        JsonNode body = Json.mapper().readTree(response.getContentAsByteArray());
        assertThat(body.get("caseId").asString()).isEqualTo("example-head-and-neck-oropharynx");
        assertThat(body.get("site").asString()).isEqualTo("HEAD_AND_NECK");
        assertThat(body.get("assessmentDate").asString()).isEqualTo("2025-03-20");
        assertThat(body.get("knowledgeBase").get("digest").asString()).isEqualTo(knowledgeBase.digest());
        assertThat(body.get("reirradiationType").asString()).isEqualTo("TYPE_1");
        assertThat(body.get("intervals").get("priorRtToRecurrenceMonths").asDouble()).isEqualTo(48.4);
        assertThat(body.get("cumulativeDoses").get(0).get("organ").asString()).isEqualTo("SPINAL_CORD");
        assertThat(body.get("verdictRuleIds").isArray()).isTrue();
        assertThat(body.get("findings").size()).isPositive();
        assertThat(body.get("disclaimer").asString()).startsWith("Decision support only");
        assertThat(response.getHeader("X-Request-Id")).isNotBlank();
    }

    @Test
    void malformedJsonIsA400AtTheDocument() {
        JsonNode problem = problem(post("{\"site\": \"BRAIN\",".getBytes(), MediaType.APPLICATION_JSON_VALUE), 400);

        assertThat(problem.get("type").asString()).isEqualTo(Problems.INVALID_CASE);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("$");
        assertThat(problem.get("errors").get(0).get("message").asString()).startsWith("is not valid JSON");
    }

    @Test
    void anUnknownFieldIsA400NamingItsPath() {
        assertThat(fields(400, "{\"site\":\"BRAIN\",\"patient\":{\"ecog\":1,\"shoeSize\":42}}"))
                .isEqualTo("[\"patient.shoeSize\"]");
    }

    @Test
    void aFractionalFractionCountIsA400() {
        assertThat(fields(400, "{\"site\":\"BRAIN\",\"priorCourses\":[{\"totalDoseGy\":60,\"fractions\":2.5}]}"))
                .isEqualTo("[\"priorCourses[0].fractions\"]");
    }

    @Test
    void anUnknownEnumValueIsA400() {
        assertThat(fields(400, "{\"site\":\"BRAIN\",\"plan\":{\"technique\":\"GAMMA_KNIFE\"}}"))
                .isEqualTo("[\"plan.technique\"]");
    }

    @Test
    void aKpsOf150IsA400() {
        assertThat(fields(400, "{\"site\":\"BRAIN\",\"patient\":{\"kps\":150}}")).isEqualTo("[\"patient.kps\"]");
    }

    @Test
    void everyBadFieldIsListed() {
        assertThat(fields(400, "{\"site\":\"BRAIN\",\"patient\":{\"kps\":150,\"ecog\":9},\"plan\":{\"fractions\":0}}"))
                .isEqualTo("[\"patient.ecog\",\"patient.kps\",\"plan.fractions\"]");
    }

    @Test
    void aDeeplyNestedDocumentIsRefusedBeforeParsing() {
        String deep = "{\"site\":\"BRAIN\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}";

        JsonNode problem = problem(post(deep.getBytes(), MediaType.APPLICATION_JSON_VALUE), 400);

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("$");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("nests deeper than 32 levels");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        byte[] body = ("{\"site\":\"BRAIN\",\"caseId\":\"" + "x".repeat(64 * 1024) + "\"}").getBytes();

        JsonNode problem = problem(post(body, MediaType.APPLICATION_JSON_VALUE), 413);

        assertThat(problem.get("type").asString()).isEqualTo(Problems.REQUEST_TOO_LARGE);
        assertThat(problem.get("detail").asString()).contains("65536 bytes");
    }

    @Test
    void aBodyThatIsNotJsonIsA415() {
        MockHttpServletResponse response = post("site=BRAIN".getBytes(), MediaType.TEXT_PLAIN_VALUE);

        assertThat(problem(response, 415).get("type").asString()).isEqualTo("about:blank");
        assertThat(response.getHeader("Accept")).contains("application/json");
    }

    @Test
    void aBodyWithoutContentTypeIsA415() {
        problem(mvc.post().uri("/api/v1/assessments").content("{\"site\":\"BRAIN\"}").exchange().getResponse(), 415);
    }

    @Test
    void aWrongMethodIsA405WithAllow() {
        MockHttpServletResponse response = mvc.get().uri("/api/v1/assessments").exchange().getResponse();

        problem(response, 405);
        assertThat(response.getHeader("Allow")).isEqualTo("POST");
    }

    @Test
    void anUnknownPathIsA404() {
        JsonNode problem = problem(mvc.get().uri("/api/v1/nothing-here").exchange().getResponse(), 404);

        assertThat(problem.get("title").asString()).isEqualTo("Not Found");
    }

    @Test
    void anUnexpectedFailureIsAGeneric500WithoutInternals() throws IOException {
        MockHttpServletResponse response = mvc.get().uri("/test/failure").exchange().getResponse();

        JsonNode problem = problem(response, 500);
        assertThat(problem.get("detail").asString()).isEqualTo(Problems.UNEXPECTED);
        assertThat(response.getContentAsString()).doesNotContain("secret", "IllegalStateException", "at org.");
    }

    @Test
    void aValidRequestIdIsEchoedEverywhere() {
        String id = "case-42-" + "a".repeat(56);

        assertThat(mvc.get().uri("/api/v1/rules").header("X-Request-Id", id).exchange().getResponse()
                .getHeader("X-Request-Id")).isEqualTo(id);
        MockHttpServletResponse failed = mvc.post().uri("/api/v1/assessments").header("X-Request-Id", id)
                .contentType(MediaType.APPLICATION_JSON).content("{}").exchange().getResponse();
        assertThat(failed.getHeader("X-Request-Id")).isEqualTo(id);
        assertThat(problem(failed, 400).get("requestId").asString()).isEqualTo(id);
    }

    @Test
    void anUnsafeOrOverlongRequestIdIsReplacedByAUuid() {
        for (String unsafe : new String[] {"a b", "id;rm -rf", "x".repeat(65), ""}) {
            String answered = mvc.get().uri("/api/v1/rules").header("X-Request-Id", unsafe).exchange().getResponse()
                    .getHeader("X-Request-Id");
            assertThat(answered).isNotEqualTo(unsafe).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        }
    }

    @Test
    void theKnowledgeBaseEndpointGivesIdentityCountsAndParameters() throws IOException {
        KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
        MockHttpServletResponse response = mvc.get().uri("/api/v1/knowledge-base").exchange().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(response.getContentAsByteArray());
        assertThat(body.get("name").asString()).isEqualTo(knowledgeBase.name());
        assertThat(body.get("version").asString()).isEqualTo(knowledgeBase.version());
        assertThat(body.get("status").asString()).isEqualTo(knowledgeBase.status());
        assertThat(body.get("digest").asString()).isEqualTo(knowledgeBase.digest());
        assertThat(body.get("ruleCount").asInt()).isEqualTo(knowledgeBase.rules().size());
        assertThat(body.get("sites").size()).isEqualTo(6);
        JsonNode common = body.get("sites").get(0);
        assertThat(common.get("site").asString()).isEqualTo("COMMON");
        assertThat(common.get("ruleCount").asInt())
                .isEqualTo((int) knowledgeBase.rules().stream().filter(r -> r.area().folder().equals("common")).count());
        assertThat(common.has("scenarioCount")).as("no features directory, no count").isFalse();
        assertThat(body.get("parameters").size()).isEqualTo(knowledgeBase.parameters().all().size());
        JsonNode cordAlphaBeta = body.get("parameters").get(0);
        assertThat(cordAlphaBeta.get("key").asString()).isEqualTo("common.alphaBeta.SPINAL_CORD");
        assertThat(cordAlphaBeta.get("value").asDouble()).isEqualTo(2.0);
        assertThat(cordAlphaBeta.get("unit").asString()).isEqualTo("Gy");
        assertThat(cordAlphaBeta.get("overridden").asBoolean()).isFalse();
        assertThat(body.get("overrides").isEmpty()).isTrue();
    }

    @Test
    void theRulesEndpointListsEveryRuleWithItsMetadata() throws IOException {
        KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
        MockHttpServletResponse response = mvc.get().uri("/api/v1/rules").exchange().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode rules = Json.mapper().readTree(response.getContentAsByteArray());
        assertThat(rules.size()).isEqualTo(knowledgeBase.rules().size());
        JsonNode first = rules.get(0);
        assertThat(first.propertyNames()).containsExactly("id", "title", "site", "category", "severity", "verdict",
                "scope", "evidence", "verified", "sources", "parameters", "needsLocalValue");
        assertThat(first.get("id").asString()).isEqualTo(knowledgeBase.rules().get(0).id());
        assertThat(first.get("site").asString()).isEqualTo(knowledgeBase.rules().get(0).area().name());
    }

    private MockHttpServletResponse post(byte[] body, String contentType) {
        return mvc.post().uri("/api/v1/assessments").contentType(contentType).content(body).exchange().getResponse();
    }

    /** The field paths of a problem, as a compact JSON array. */
    private String fields(int status, String json) {
        JsonNode problem = problem(post(json.getBytes(), MediaType.APPLICATION_JSON_VALUE), status);
        StringBuilder fields = new StringBuilder("[");
        problem.get("errors").forEach(e -> fields.append(fields.length() > 1 ? "," : "").append('"')
                .append(e.get("field").asString()).append('"'));
        return fields.append(']').toString();
    }

    /** Checks the problem document's shape and returns it. */
    static JsonNode problem(MockHttpServletResponse response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = Json.mapper().readTree(response.getContentAsByteArray());
        assertThat(problem.propertyNames()).containsExactly("type", "title", "status", "detail", "errors",
                "requestId");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("requestId").asString()).isEqualTo(response.getHeader("X-Request-Id"));
        assertThat(problem.get("errors").isArray()).isTrue();
        return problem;
    }
}

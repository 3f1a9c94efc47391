package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reirradiation.model.Json;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Every assessment leaves exactly one audit line that identifies the knowledge base, the local values,
 * the verdict and the rules behind it, and holds nothing of the case: no date, no text, no case id.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditTrailTest extends DeployedService {

    @Test
    void everyAssessmentOfEveryExampleLeavesOneLineWithoutCaseContent(CapturedOutput output) throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(10);
        List<String> requestIds = new ArrayList<>();
        List<JsonNode> answers = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            String requestId = "audit-" + i;
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                    .header("Authorization", API_AUTH).header("Content-Type", "application/json")
                    .header("X-Request-Id", requestId)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(examples.get(i)))));
            assertThat(response.statusCode()).as(examples.get(i).toString()).isEqualTo(200);
            requestIds.add(requestId);
            answers.add(Json.mapper().readTree(response.body()));
        }
        List<String> lines = ReloadTest.auditLines(output, "\"event\":\"assessment\"");

        for (int i = 0; i < examples.size(); i++) {
            String marker = "\"requestId\":\"" + requestIds.get(i) + "\"";
            List<String> mine = lines.stream().filter(l -> l.contains(marker)).toList();
            assertThat(mine).as(examples.get(i).toString()).hasSize(1);
            JsonNode entry = Json.mapper().readTree(mine.get(0));
            JsonNode answer = answers.get(i);
            assertThat(entry.propertyNames()).containsExactly("event", "requestId", "time", "knowledgeBase",
                    "parameterOverrides", "verdict", "verdictRuleIds", "firedRuleIds", "durationMs");
            assertThat(entry.get("time").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
            assertThat(entry.get("knowledgeBase").propertyNames()).containsExactly("name", "version", "digest");
            assertThat(entry.get("knowledgeBase").get("digest")).isEqualTo(answer.get("knowledgeBase").get("digest"));
            assertThat(entry.get("knowledgeBase").get("name")).isEqualTo(answer.get("knowledgeBase").get("name"));
            assertThat(entry.get("parameterOverrides").toString())
                    .isEqualTo("[{\"key\":\"common.cordRecoveryAt12Months\",\"value\":\"0.25\"}]");
            assertThat(entry.get("verdict")).isEqualTo(answer.get("verdict"));
            assertThat(entry.get("verdictRuleIds")).isEqualTo(answer.get("verdictRuleIds"));
            List<String> fired = new ArrayList<>();
            entry.get("firedRuleIds").forEach(id -> fired.add(id.asString()));
            answer.get("findings").forEach(f -> assertThat(fired).contains(f.get("ruleId").asString()));
            answer.get("scores").forEach(s -> assertThat(fired).contains(s.get("ruleId").asString()));
            assertThat(entry.get("durationMs").asLong()).isNotNegative();
            for (String value : stringsOf(Json.mapper().readTree(Files.readAllBytes(examples.get(i))))) {
                assertThat(mine.get(0)).as("case content %s", value).doesNotContain("\"" + value + "\"");
            }
            assertThat(mine.get(0)).doesNotContain(answer.get("caseId").asString(),
                    answer.get("assessmentDate").asString());
        }
    }

    @Test
    void aRefusedCaseLeavesNoAssessmentLine(CapturedOutput output) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/assessments"))
                .header("Authorization", API_AUTH).header("Content-Type", "application/json")
                .header("X-Request-Id", "audit-refused")
                .POST(HttpRequest.BodyPublishers.ofString("{\"site\":\"BRAIN\",\"patient\":{\"kps\":150}}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(ReloadTest.auditLines(output, "\"requestId\":\"audit-refused\"")).isEmpty();
    }

    /** Every string value of a case: dates, identifiers, free text, coded values. */
    private static List<String> stringsOf(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isString()) {
            values.add(node.asString());
        }
        node.forEach(child -> values.addAll(stringsOf(child)));
        return values;
    }
}

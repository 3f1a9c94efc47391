package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reirradiation.model.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-input suite (issue 9): malformed requests of every class over real HTTP, each answered
 * with a 4xx problem document that names the offending field where a field is at fault; afterwards the
 * service is still up and still assesses a valid case. Run alone with
 * {@code mvn -B verify -Dtest=HostileInputTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest extends DeployedService {

    private static final String EXAMPLE = "head-and-neck-oropharynx";
    private static final String FIELD_PATH = "\\$|[a-zA-Z]+(\\[\\d+\\])?(\\.[a-zA-Z]+(\\[\\d+\\])?)*";
    private static final int MEGABYTE = 1024 * 1024;

    /** One malformed request and the answer it must get; {@code fields} are paths the errors must name. */
    record Hostile(String name, String method, String path, String contentType, byte[] body, boolean chunked,
            String authorization, int status, List<String> fields) {

        @Override
        public String toString() {
            return name;
        }

        Hostile sentInChunks() {
            return new Hostile(name, method, path, contentType, body, true, authorization, status, fields);
        }
    }

    static Stream<Hostile> hostileRequests() {
        List<Hostile> all = new ArrayList<>();
        // broken JSON: the document as a whole is at fault
        all.add(bad("empty body", ""));
        all.add(bad("lone brace", "{"));
        all.add(bad("truncated case", new String(example(EXAMPLE), StandardCharsets.UTF_8).substring(0, 400)));
        all.add(bad("single quotes", "{'site':'BRAIN'}"));
        all.add(bad("unquoted key", "{site:\"BRAIN\"}"));
        all.add(bad("trailing comma", "{\"site\":\"BRAIN\",}"));
        all.add(bad("comment", "/* a comment */ {\"site\":\"BRAIN\"}"));
        all.add(bad("trailing garbage", "{\"site\":\"BRAIN\"} and more"));
        all.add(bad("two documents", "{\"site\":\"BRAIN\"}{\"site\":\"BRAIN\"}"));
        all.add(bad("duplicate key", "{\"site\":\"BRAIN\",\"site\":\"CERVIX\"}"));
        all.add(bad("NaN token", "{\"site\":\"BRAIN\",\"plan\":{\"totalDoseGy\":NaN}}"));
        all.add(bad("Infinity token", "{\"site\":\"BRAIN\",\"plan\":{\"totalDoseGy\":-Infinity}}"));
        all.add(bad("raw control character in a string", "{\"site\":\"BRAIN\",\"caseId\":\"a\u0001b\"}"));
        all.add(hostile("invalid UTF-8", concat("{\"site\":\"BRAIN\",\"caseId\":\"".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, "\"}".getBytes(StandardCharsets.UTF_8)), 400, "$"));
        all.add(bad("array root", "[]"));
        all.add(bad("null root", "null"));
        all.add(bad("string root", "\"BRAIN\""));
        all.add(bad("number root", "42"));
        // wrong types
        all.add(field("site as a number", c -> c.put("site", 5), "site"));
        all.add(field("patient as an array", c -> c.putArray("patient").add(1), "patient"));
        all.add(field("prior courses as an object", c -> c.putObject("priorCourses"), "priorCourses"));
        all.add(field("fractions as a word", c -> plan(c).put("fractions", "fifty"), "plan.fractions"));
        all.add(field("2.5 fractions", c -> plan(c).put("fractions", 2.5), "plan.fractions"));
        all.add(field("ECOG as a boolean", c -> patient(c).put("ecog", true), "patient.ecog"));
        all.add(field("prior organ doses as text", c -> organDose(c).put("priorDoses", "48 Gy"),
                "organDoses[0].priorDoses"));
        all.add(field("date in words", c -> c.put("assessmentDate", "20 March 2025"), "assessmentDate"));
        all.add(field("30 February", c -> c.put("assessmentDate", "2025-02-30"), "assessmentDate"));
        all.add(field("imaging as a string", c -> recurrence(c).put("imaging", "MRI"), "recurrence.imaging"));
        all.add(field("boolean as text", c -> recurrence(c).put("histologyConfirmed", "yes"),
                "recurrence.histologyConfirmed"));
        all.add(field("case id as an object", c -> c.putObject("caseId").put("id", 1), "caseId"));
        all.add(hostile("KPS beyond any integer", raw(EXAMPLE, "\"kps\": 80", "\"kps\": 99999999999999999999"), 400,
                "patient.kps"));
        all.add(hostile("dose beyond any double", raw(EXAMPLE, "\"totalDoseGy\": 60", "\"totalDoseGy\": 1e400"),
                400, "plan.totalDoseGy"));
        // unknown fields
        all.add(field("unknown top-level field", c -> c.put("patientName", "Jane Doe"), "patientName"));
        all.add(field("unknown patient field", c -> patient(c).put("shoeSize", 42), "patient.shoeSize"));
        all.add(field("unknown field in a list item", c -> ((ObjectNode) plan(c).get("systemicTherapy").get(0))
                .put("doseMg", 400), "plan.systemicTherapy[0].doseMg"));
        all.add(field("unknown field deep down", c -> ((ObjectNode) organDose(c).get("priorDoses").get(0))
                .put("date", "2021-01-04"), "organDoses[0].priorDoses[0].date"));
        // unknown enum values
        all.add(field("unknown site", c -> c.put("site", "LUNG"), "site"));
        all.add(field("site in lower case", c -> c.put("site", "head_and_neck"), "site"));
        all.add(field("unknown technique", c -> plan(c).put("technique", "GAMMA_KNIFE"), "plan.technique"));
        all.add(field("unknown organ", c -> organDose(c).put("organ", "PANCREAS"), "organDoses[0].organ"));
        all.add(field("unknown tri-state", c -> recurrence(c).put("resectable", "MAYBE"), "recurrence.resectable"));
        all.add(field("unknown agent", c -> ((ObjectNode) plan(c).get("systemicTherapy").get(0))
                .put("agent", "ASPIRIN"), "plan.systemicTherapy[0].agent"));
        // impossible numbers
        all.add(field("zero fractions", c -> plan(c).put("fractions", 0), "plan.fractions"));
        all.add(field("negative fractions", c -> plan(c).put("fractions", -5), "plan.fractions"));
        all.add(field("10,000 Gy", c -> plan(c).put("totalDoseGy", 10_000), "plan.totalDoseGy"));
        all.add(field("negative prior dose", c -> priorCourse(c).put("totalDoseGy", -70),
                "priorCourses[0].totalDoseGy"));
        all.add(field("zero prior fractions", c -> priorCourse(c).put("fractions", 0), "priorCourses[0].fractions"));
        all.add(field("ECOG 7", c -> patient(c).put("ecog", 7), "patient.ecog"));
        all.add(field("KPS 150", c -> patient(c).put("kps", 150), "patient.kps"));
        all.add(field("KPS -10", c -> patient(c).put("kps", -10), "patient.kps"));
        all.add(field("age 200", c -> patient(c).put("ageYears", 200), "patient.ageYears"));
        all.add(field("WHO grade 5", c -> recurrence(c).put("whoGrade", 5), "recurrence.whoGrade"));
        all.add(field("400 degrees", c -> recurrence(c).put("carotidEncasementDegrees", 400),
                "recurrence.carotidEncasementDegrees"));
        all.add(field("negative organ dose", c -> ((ObjectNode) organDose(c).get("priorDoses").get(0))
                .put("doseGy", -1), "organDoses[0].priorDoses[0].doseGy"));
        all.add(field("zero planned organ fractions", c -> ((ObjectNode) organDose(c).get("plannedDose"))
                .put("fractions", 0), "organDoses[0].plannedDose.fractions"));
        all.add(field("alpha/beta of zero", c -> organDose(c).put("alphaBetaGy", 0), "organDoses[0].alphaBetaGy"));
        all.add(field("every bad number at once", c -> {
            patient(c).put("ecog", 7).put("kps", 150);
            plan(c).put("fractions", 0).put("totalDoseGy", 10_000);
        }, "patient.ecog", "patient.kps", "plan.fractions", "plan.totalDoseGy"));
        // inconsistent dates
        all.add(field("course ends before it starts", c -> priorCourse(c).put("endDate", "2020-12-01"),
                "priorCourses[0].endDate"));
        all.add(field("recurrence before the course ended", c -> recurrence(c).put("diagnosisDate", "2021-02-01"),
                "recurrence.diagnosisDate"));
        all.add(field("recurrence after the assessment", c -> recurrence(c).put("diagnosisDate", "2025-04-01"),
                "recurrence.diagnosisDate"));
        all.add(field("prior course in the future", c -> priorCourse(c).put("startDate", "2026-01-04")
                .put("endDate", "2026-02-19"), "priorCourses[0].startDate"));
        // lists of unreasonable length, null items
        all.add(field("51 prior courses", c -> repeat(c.withArray("priorCourses"), 51), "priorCourses"));
        all.add(field("51 organ doses", c -> repeat(c.withArray("organDoses"), 51), "organDoses"));
        all.add(field("51 imaging entries", c -> {
            ArrayNode imaging = recurrence(c).putArray("imaging");
            for (int i = 0; i < 51; i++) {
                imaging.add("MRI");
            }
        }, "recurrence.imaging"));
        all.add(field("a null list item", c -> c.putArray("priorCourses").addNull(), "priorCourses[0]"));
        // structure
        all.add(bad("no site", "{}", "site"));
        all.add(field("null site", c -> c.putNull("site"), "site"));
        all.add(bad("40 levels deep", "{\"site\":\"BRAIN\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}"));
        all.add(bad("100,000 levels deep", "[".repeat(100_000)));
        // size
        byte[] big = new byte[MEGABYTE + 1];
        Arrays.fill(big, (byte) ' ');
        all.add(hostile("body over 1 MB", big, 413));
        all.add(hostile("chunked body over 1 MB", big, 413).sentInChunks());
        // content type, method, path
        all.add(request("text/plain", "POST", "/api/v1/assessments", "text/plain", example(EXAMPLE), 415));
        all.add(request("no content type", "POST", "/api/v1/assessments", null, example(EXAMPLE), 415));
        all.add(request("XML", "POST", "/api/v1/assessments", "application/xml",
                "<case><site>BRAIN</site></case>".getBytes(StandardCharsets.UTF_8), 415));
        all.add(request("form", "POST", "/api/v1/assessments", "application/x-www-form-urlencoded",
                "site=BRAIN".getBytes(StandardCharsets.UTF_8), 415));
        all.add(request("GET an assessment", "GET", "/api/v1/assessments", null, null, 405));
        all.add(request("PUT an assessment", "PUT", "/api/v1/assessments", "application/json", example(EXAMPLE), 405));
        all.add(request("DELETE the rules", "DELETE", "/api/v1/rules", null, null, 405));
        all.add(request("unknown path", "GET", "/api/v1/nothing-here", null, null, 404));
        all.add(request("unknown version", "POST", "/api/v2/assessments", "application/json", example(EXAMPLE), 404));
        // Tomcat refuses a path that climbs above the root before Spring sees it
        all.add(request("path traversal", "GET", "/api/v1/../../../etc/passwd", null, null, 400));
        // paths that could slip past a path matcher: refused before any endpoint, by Spring Security's firewall
        all.add(request("path parameter on the admin path", "POST", ReloadController.PATH + ";admin=true", null, null,
                400));
        all.add(request("encoded slash", "POST", "/api/v1%2Fassessments", "application/json", example(EXAMPLE), 400));
        all.add(request("double slash", "POST", "/api/v1//knowledge-base/reload", null, null, 400));
        // credentials
        all.add(credentials("no credentials", null, 401));
        all.add(credentials("wrong password", basic(API_USER, "guess"), 401));
        all.add(credentials("garbled Basic credentials", "Basic !!!not-base64", 401));
        all.add(credentials("unknown scheme", "Negotiate abc", 401));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileRequests")
    @Order(1)
    void eachMalformedRequestIsA4xxProblemNamingTheField(Hostile hostile) {
        HttpResponse<String> response = send(hostile);

        JsonNode problem = problem(response, hostile.status());
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).containsAll(hostile.fields()).allSatisfy(f -> assertThat(f).matches(FIELD_PATH));
        assertThat(response.body()).doesNotContain("Exception", "at org.", "at java.");
    }

    @Test
    @Order(2)
    void theSuiteHasAtLeastFiftyDistinctRequests() {
        List<Hostile> all = hostileRequests().toList();

        assertThat(all).hasSizeGreaterThanOrEqualTo(50);
        assertThat(all.stream().map(Hostile::name)).doesNotHaveDuplicates();
    }

    @Test
    @Order(3)
    void afterwardsTheServiceIsUpAndAssessesAValidCase() {
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET()).statusCode()).isEqualTo(200);

        HttpResponse<String> response = assess(example(EXAMPLE));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).get("verdict").asString()).isNotBlank();
    }

    private HttpResponse<String> send(Hostile hostile) {
        HttpRequest.BodyPublisher body = hostile.body() == null ? HttpRequest.BodyPublishers.noBody()
                : hostile.chunked() ? HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(hostile.body()))
                : HttpRequest.BodyPublishers.ofByteArray(hostile.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(hostile.path())).method(hostile.method(), body);
        if (hostile.contentType() != null) {
            request.header("Content-Type", hostile.contentType());
        }
        if (hostile.authorization() != null) {
            request.header("Authorization", hostile.authorization());
        }
        return send(request);
    }

    private static Hostile hostile(String name, byte[] body, int status, String... fields) {
        return new Hostile(name, "POST", "/api/v1/assessments", "application/json", body, false, API_AUTH, status,
                List.of(fields));
    }

    private static Hostile bad(String name, String json, String... fields) {
        return hostile(name, json.getBytes(StandardCharsets.UTF_8), 400, fields.length == 0 ? new String[] {"$"}
                : fields);
    }

    private static Hostile field(String name, Consumer<ObjectNode> change, String... fields) {
        ObjectNode c = (ObjectNode) Json.mapper().readTree(example(EXAMPLE));
        change.accept(c);
        return hostile(name, Json.mapper().writeValueAsBytes(c), 400, fields);
    }

    private static Hostile request(String name, String method, String path, String contentType, byte[] body,
            int status) {
        return new Hostile(name, method, path, contentType, body, false, API_AUTH, status, List.of());
    }

    private static Hostile credentials(String name, String authorization, int status) {
        return new Hostile(name, "POST", "/api/v1/assessments", "application/json", example(EXAMPLE), false,
                authorization, status, List.of());
    }

    /** The example's text with one literal replaced, for numbers that no JSON tree can hold. */
    private static byte[] raw(String example, String literal, String replacement) {
        String text = new String(example(example), StandardCharsets.UTF_8);
        assertThat(text).contains(literal);
        return text.replace(literal, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode patient(ObjectNode c) {
        return (ObjectNode) c.get("patient");
    }

    private static ObjectNode plan(ObjectNode c) {
        return (ObjectNode) c.get("plan");
    }

    private static ObjectNode recurrence(ObjectNode c) {
        return (ObjectNode) c.get("recurrence");
    }

    private static ObjectNode priorCourse(ObjectNode c) {
        return (ObjectNode) c.get("priorCourses").get(0);
    }

    private static ObjectNode organDose(ObjectNode c) {
        return (ObjectNode) c.get("organDoses").get(0);
    }

    private static void repeat(ArrayNode list, int size) {
        while (list.size() < size) {
            list.add(list.get(0).deepCopy());
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}

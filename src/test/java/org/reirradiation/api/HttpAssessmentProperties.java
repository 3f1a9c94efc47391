package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.reirradiation.model.Json;
import org.reirradiation.model.Verdict;
import org.reirradiation.robustness.RandomCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * At the HTTP layer, for generated cases (the robustness package's random cases, plausible and broken,
 * each then mutated by jqwik: a field dropped, a value replaced by one of another kind, an unknown
 * field added, the bytes cut short): the service answers 200 with an assessment or a 4xx problem
 * document, never a 5xx. MockMvc on the deployed service's context, so the security chain, the request
 * id and the error handling are all in the path. jqwik knows nothing of Spring: the context is injected
 * through Spring's TestContextManager, from the same context cache as the JUnit tests.
 */
class HttpAssessmentProperties extends DeployedService {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    enum Kind { NONE, DROP, REPLACE, ADD_UNKNOWN, TRUNCATE }

    /** One change to a generated case; {@code at} picks the node or the byte, modulo what there is. */
    record Mutation(Kind kind, int at, JsonNode value) {
    }

    @Autowired
    private MockMvc mvc;

    @BeforeProperty
    void injectTheSpringContext() throws Exception {
        new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(tries = 1000)
    void neverA5xxAlwaysAnAssessmentOrAProblem(@ForAll long seed, @ForAll("mutations") Mutation mutation)
            throws Exception {
        byte[] body = apply(mutation, new RandomCases(seed).next(true));

        MockHttpServletResponse response = mvc.perform(post("/api/v1/assessments")
                .header("Authorization", API_AUTH).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();

        Statistics.label("status").collect(response.getStatus());
        Statistics.label("mutation").collect(mutation.kind());
        assertThat(response.getStatus()).as(new String(body, StandardCharsets.UTF_8)).isIn(200, 400);
        String requestId = response.getHeader(RequestIds.HEADER);
        assertThat(requestId).isNotBlank();
        JsonNode answer = Json.mapper().readTree(response.getContentAsByteArray());
        if (response.getStatus() == 200) {
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
            assertThat(EnumSet.allOf(Verdict.class).stream().map(Enum::name))
                    .contains(answer.get("verdict").asString());
            assertThat(answer.get("verdictRuleIds").isEmpty()).isFalse();
        } else {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(answer.get("requestId").asString()).isEqualTo(requestId);
            assertThat(answer.get("errors").isEmpty()).isFalse();
            answer.get("errors").forEach(error -> assertThat(error.get("field").asString())
                    .matches("\\$|[a-zA-Z]\\w*(\\[\\d+\\])?(\\.[a-zA-Z]\\w*(\\[\\d+\\])?)*"));
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        Arbitrary<JsonNode> values = Arbitraries.oneOf(
                Arbitraries.integers().map(i -> (JsonNode) JSON.numberNode(i)),
                Arbitraries.doubles().map(d -> (JsonNode) JSON.numberNode(d)),
                Arbitraries.longs().map(l -> (JsonNode) JSON.numberNode(l)),
                Arbitraries.strings().ofMaxLength(30).map(s -> (JsonNode) JSON.stringNode(s)),
                Arbitraries.of("2025-02-30", "2099-01-01", "1900-01-01", "not a date", "YES", "UNKNOWN", "rT9",
                        "IMRT", "SPINAL_CORD").map(s -> (JsonNode) JSON.stringNode(s)),
                Arbitraries.of(JSON.nullNode(), JSON.booleanNode(true), JSON.arrayNode(), JSON.objectNode(),
                        JSON.arrayNode().add(JSON.nullNode()))
                        .map(n -> (JsonNode) n));
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100_000), values)
                .as(Mutation::new);
    }

    private static byte[] apply(Mutation mutation, ObjectNode c) {
        List<Slot> slots = new ArrayList<>();
        collect(c, slots);
        Slot slot = slots.get(mutation.at() % slots.size());
        switch (mutation.kind()) {
            case DROP -> slot.remove();
            case REPLACE -> slot.replace(mutation.value());
            case ADD_UNKNOWN -> c.withObject(slot.parent() instanceof ObjectNode o && o != c ? "/patient" : "/plan")
                    .set("unexpected" + mutation.at(), mutation.value());
            default -> {
                // NONE and TRUNCATE change the bytes, not the tree
            }
        }
        byte[] bytes = Json.mapper().writeValueAsBytes(c);
        return mutation.kind() == Kind.TRUNCATE ? Arrays.copyOf(bytes, mutation.at() % bytes.length) : bytes;
    }

    /** A place in the tree: a property of an object or an item of an array. */
    private record Slot(JsonNode parent, String name, int index) {

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(name);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }

        void replace(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(name, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                slots.add(new Slot(object, name, -1));
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }
}

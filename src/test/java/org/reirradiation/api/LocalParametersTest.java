package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.Json;
import tools.jackson.databind.JsonNode;

/**
 * A centre's parameter overrides ({@code --parameters.overrides=FILE}, issue 8 item 5) are reported by
 * the knowledge base endpoint and in every assessment, change the digest, and change the verdict: the
 * same cervix case is FAVOURABLE under the shipped parameters and UNFAVOURABLE at a centre that counts
 * a recurrence above 10 cm3 as large. ({@code cx.limit.RECTUM.D2CC.any} would not do: CX-09 warns but
 * imposes no verdict.)
 */
class LocalParametersTest extends DeployedService {

    private static final String VAULT = "cervix-vault-after-postoperative-rt";
    private static final String STRICTER = "cx.largeVolumeCc,10,cm3\n";

    @Test
    void theOverridesGivenAtStartAreReportedAndChangeTheDigest() {
        JsonNode knowledgeBase = knowledgeBase();

        assertThat(knowledgeBase.get("overrides").toString()).isEqualTo("[{\"key\":\"common.cordRecoveryAt12Months\","
                + "\"value\":\"0.25\",\"defaultValue\":\"\",\"unit\":\"fraction\"}]");
        assertThat(parameter(knowledgeBase, "common.cordRecoveryAt12Months").get("overridden").asBoolean()).isTrue();
        assertThat(knowledgeBase.get("digest").asString()).as("the same rules without the overrides")
                .isNotEqualTo(TestKnowledgeBase.bundled().digest());
        JsonNode assessment = Json.mapper().readTree(assess(example(VAULT)).body());
        assertThat(assessment.get("knowledgeBase").get("parameterOverrides"))
                .isEqualTo(knowledgeBase.get("overrides"));
        assertThat(assessment.get("knowledgeBase").get("digest")).isEqualTo(knowledgeBase.get("digest"));
    }

    @Test
    void aStricterLocalLimitChangesTheVerdictOfTheSameCase() {
        String shippedDigest = digest();
        JsonNode shipped = Json.mapper().readTree(assess(example(VAULT)).body());
        assertThat(shipped.get("verdict").asString()).isEqualTo("FAVOURABLE");
        assertThat(shipped.get("verdictRuleIds").toString()).isEqualTo("[\"CX-17\"]");

        try (TestRulesDirectory.Edit edit = TestRulesDirectory.edit(TestRulesDirectory.overrides(),
                text -> text + STRICTER)) {
            HttpResponse<String> reload = reload(ADMIN_AUTH);
            assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
            JsonNode changes = Json.mapper().readTree(reload.body()).get("changes");
            assertThat(changes.get("changedParameters").toString()).contains("cx.largeVolumeCc");

            JsonNode local = Json.mapper().readTree(assess(example(VAULT)).body());

            assertThat(local.get("verdict").asString()).isEqualTo("UNFAVOURABLE");
            assertThat(local.get("verdictRuleIds").toString()).isEqualTo("[\"CX-05\"]");
            assertThat(local.get("knowledgeBase").get("digest").asString()).isNotEqualTo(shippedDigest);
            List<String> overridden = new ArrayList<>();
            local.get("knowledgeBase").get("parameterOverrides").forEach(o -> overridden.add(o.get("key").asString()
                    + "=" + o.get("value").asString()));
            assertThat(overridden).containsExactly("common.cordRecoveryAt12Months=0.25", "cx.largeVolumeCc=10");
            local.get("findings").forEach(finding -> {
                if (finding.get("ruleId").asString().equals("CX-05")) {
                    assertThat(finding.get("verified").asBoolean()).as("used an overridden parameter").isFalse();
                }
            });
            JsonNode largeVolume = parameter(knowledgeBase(), "cx.largeVolumeCc");
            assertThat(largeVolume.get("value").asDouble()).isEqualTo(10.0);
            assertThat(largeVolume.get("overridden").asBoolean()).isTrue();
        } finally {
            reload(ADMIN_AUTH);
        }
        assertThat(digest()).isEqualTo(shippedDigest);
        assertThat(Json.mapper().readTree(assess(example(VAULT)).body()).get("verdict").asString())
                .isEqualTo("FAVOURABLE");
    }

    private static JsonNode parameter(JsonNode knowledgeBase, String key) {
        for (JsonNode parameter : knowledgeBase.get("parameters")) {
            if (parameter.get("key").asString().equals(key)) {
                return parameter;
            }
        }
        throw new AssertionError("no parameter " + key);
    }
}

package org.reirradiation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;

class JsonTest {

    @Test
    void theMapperIsShared() {
        assertThat(Json.mapper()).isSameAs(Json.mapper());
    }

    @Test
    void writesFieldsInRecordOrderNotAlphabetically() {
        String json = Json.mapper().writeValueAsString(new PriorToxicity(Organ.SKIN, "fibrosis", 2, true, false));

        assertThat(json).isEqualTo(
                "{\"organ\":\"SKIN\",\"description\":\"fibrosis\",\"ctcaeGrade\":2,\"late\":true,\"inField\":false}");
    }

    @Test
    void writesDatesAsIsoStringsAndNullsExplicitly() {
        Plan plan = new Plan(null, null, null, null, null, null, LocalDate.of(2025, 4, 1), null, null, null, null,
                null);

        String json = Json.mapper().writeValueAsString(plan);

        assertThat(json).contains("\"startDate\":\"2025-04-01\"").contains("\"intent\":null");
    }

    @Test
    void writesOnlyRecordComponents() {
        String json = Json.mapper().writeValueAsString(Recurrence.UNKNOWN);

        assertThat(json).contains("\"rStage\":null").doesNotContain("rStageNumber").doesNotContain("rstage");
    }

    @Test
    void writesTheSameBytesForTheSameValue() {
        PriorCourse course = new PriorCourse(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 2, 19), Intent.CURATIVE,
                Technique.IMRT, 70.0, 35, 1, false, false, List.of(Agent.CISPLATIN));

        assertThat(Json.mapper().writeValueAsBytes(course)).isEqualTo(Json.mapper().writeValueAsBytes(course));
    }

    @Test
    void readsIsoDates() {
        Plan plan = Json.mapper().readValue("{\"startDate\":\"2025-04-01\"}", Plan.class);

        assertThat(plan.startDate()).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void rejectsUnknownProperties() {
        assertRejected("{\"doseGy\":1,\"fractions\":1,\"unit\":\"Gy\"}", Dose.class);
    }

    @Test
    void rejectsAFractionalNumberForAnInteger() {
        assertRejected("{\"fractions\":2.5}", Dose.class);
        assertRejected("{\"fractions\":2.0}", Dose.class);
    }

    @Test
    void rejectsScalarCoercions() {
        assertRejected("{\"fractions\":\"12\"}", Dose.class);
        assertRejected("{\"doseGy\":\"12\"}", Dose.class);
        assertRejected("{\"late\":\"true\"}", PriorToxicity.class);
        assertRejected("{\"late\":1}", PriorToxicity.class);
        assertRejected("{\"description\":12}", PriorToxicity.class);
        assertRejected("{\"organ\":\"\"}", PriorToxicity.class);
    }

    @Test
    void rejectsTrailingTokensAndDuplicateKeys() {
        assertRejected("{\"fractions\":1} {}", Dose.class);
        assertRejected("{\"fractions\":1,\"fractions\":2}", Dose.class);
        assertThatThrownBy(() -> Json.mapper().readTree("{\"site\":\"BRAIN\"} x")).isInstanceOf(JacksonException.class);
    }

    private static void assertRejected(String json, Class<?> type) {
        assertThatThrownBy(() -> Json.mapper().readValue(json, type)).as(json).isInstanceOf(JacksonException.class);
    }
}

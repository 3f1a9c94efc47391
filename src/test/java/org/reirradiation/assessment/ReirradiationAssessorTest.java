package org.reirradiation.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;
import org.reirradiation.model.Site;

class ReirradiationAssessorTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-06-02T10:00:00Z"), ZoneOffset.UTC);
    private final ReirradiationAssessor assessor = new ReirradiationAssessor(TestKnowledgeBase::bundled, clock);

    @Test
    void theSameCaseGivesByteIdenticalJson() throws Exception {
        ReirradiationCase c = new CaseReader(clock).read(Files.readString(Path.of("src/test/resources/cases/cord-example.json")));
        String first = Json.mapper().writeValueAsString(assessor.assess(c));
        String second = Json.mapper().writeValueAsString(assessor.assess(c));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"verdict\":\"CONDITIONAL\"", "\"reirradiationType\":\"TYPE_1\"",
                "\"priorRtToRecurrenceMonths\":48.4", "\"betweenCoursesMonths\":49.4", "\"cumulativeEqd2Gy\":47.7",
                "\"limitEqd2Gy\":67.75", "\"status\":\"WITHIN\"", "\"ruleId\":\"C-16a\"");
    }

    @Test
    void findingsAreOrderedBySeverityThenCategoryThenRuleId() throws Exception {
        Assessment assessment = assessor.assess(new CaseReader(clock).read(
                Files.readString(Path.of("src/test/resources/cases/cord-example.json"))));
        assertThat(assessment.findings()).isSortedAccordingTo(java.util.Comparator
                .comparing(org.reirradiation.model.Finding::severity)
                .thenComparing(org.reirradiation.model.Finding::category));
    }

    @Test
    void theAssessmentDateDefaultsToTodayAndIsEchoed() {
        Assessment assessment = assessor.assess(new ReirradiationCase(null, null, Site.BRAIN, null, null, null, null,
                null, null, null));
        assertThat(assessment.assessmentDate()).isEqualTo(LocalDate.of(2025, 6, 2));
        assertThat(assessment.verdict()).hasToString("INSUFFICIENT_INFORMATION");
        assertThat(assessment.missingInformation()).contains("plan.intent", "patient.ecog|patient.kps");
    }

    @Test
    void aCaseBuiltInJavaIsValidatedToo() {
        assertThatThrownBy(() -> assessor.assess(new ReirradiationCase(null, null, null, null, null, null, null, null,
                null, null))).isInstanceOf(InvalidCaseException.class).hasMessageContaining("site");
    }
}

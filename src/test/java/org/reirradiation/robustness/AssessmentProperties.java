package org.reirradiation.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.KnowledgeBase;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Finding;
import org.reirradiation.model.InvalidCaseException;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;
import org.reirradiation.model.Verdict;

/**
 * For thousands of generated cases, valid and invalid, the library either refuses the case with
 * field errors or answers with a contract-valid assessment; it never throws anything else, every
 * source resolves, and the same case always gives the same JSON.
 */
class AssessmentProperties {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:00:00Z"), ZoneOffset.UTC);
    private final KnowledgeBase knowledgeBase = TestKnowledgeBase.bundled();
    private final CaseReader reader = new CaseReader(CLOCK);
    private final ReirradiationAssessor assessor = new ReirradiationAssessor(() -> knowledgeBase, CLOCK);

    @Property(tries = 1500)
    void everyCaseIsRefusedWithFieldPathsOrAssessedSoundly(@ForAll long seed) {
        String json = new RandomCases(seed).next(true).toString();
        ReirradiationCase c;
        try {
            c = reader.read(json);
        } catch (InvalidCaseException refused) {
            Statistics.collect("refused");
            assertThat(refused.errors()).isNotEmpty()
                    .allSatisfy(error -> assertThat(error.field()).matches("\\$|[a-zA-Z]+(\\[\\d+\\])?(\\.[a-zA-Z]+(\\[\\d+\\])?)*"));
            return;
        }
        Assessment assessment = assessor.assess(c);
        Statistics.collect("assessed");
        assertThat(EnumSet.allOf(Verdict.class)).contains(assessment.verdict());
        assertThat(assessment.verdictRuleIds()).isNotEmpty();
        for (Finding finding : assessment.findings()) {
            assertThat(finding.sources()).isNotEmpty().allSatisfy(key -> assertThat(knowledgeBase.references()).containsKey(key));
            assertThat(finding.summary()).isNotBlank();
        }
        assertThat(Json.mapper().writeValueAsString(assessor.assess(c))).isEqualTo(Json.mapper().writeValueAsString(assessment));
    }
}

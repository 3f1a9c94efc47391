package org.reirradiation.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.reirradiation.model.ReirradiationCase;

/**
 * Many threads assessing different cases against one knowledge base give, case by case, exactly the
 * sequential answer: no fact of one session reaches another.
 */
class ConcurrentAssessmentTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void concurrentAnswersEqualSequentialAnswers() throws Exception {
        ReirradiationAssessor assessor = new ReirradiationAssessor(TestKnowledgeBase::bundled, CLOCK);
        CaseReader reader = new CaseReader(CLOCK);
        List<ReirradiationCase> cases = new ArrayList<>();
        for (long seed = 0; cases.size() < 200; seed++) {
            try {
                cases.add(reader.read(new RandomCases(seed).next(false).toString()));
            } catch (org.reirradiation.model.InvalidCaseException skipped) {
                // only valid cases are compared here
            }
        }
        List<String> sequential = new ArrayList<>();
        for (ReirradiationCase c : cases) {
            sequential.add(Json.mapper().writeValueAsString(assessor.assess(c)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> concurrent = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (ReirradiationCase c : cases) {
                    concurrent.add(pool.submit(() -> Json.mapper().writeValueAsString(assessor.assess(c))));
                }
            }
            for (int i = 0; i < concurrent.size(); i++) {
                assertThat(concurrent.get(i).get()).as("case %d", i % cases.size())
                        .isEqualTo(sequential.get(i % cases.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

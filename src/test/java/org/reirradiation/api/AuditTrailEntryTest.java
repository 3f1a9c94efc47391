package org.reirradiation.api;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reirradiation.assessment.ReirradiationAssessor;
import org.reirradiation.knowledge.TestKnowledgeBase;
import org.reirradiation.model.Assessment;
import org.reirradiation.model.CaseReader;
import org.reirradiation.model.Json;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/** The audit line itself, without Spring: the case id only on the caller's opt-in, the rules that fired. */
class AuditTrailEntryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-20T08:00:00Z"), ZoneOffset.UTC);

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(AuditTrail.LOGGER);
    private Assessment assessment;

    @BeforeEach
    void capture() throws IOException {
        appender.start();
        logger.addAppender(appender);
        assessment = new ReirradiationAssessor(TestKnowledgeBase::bundled, CLOCK).assess(new CaseReader(CLOCK)
                .read(Files.readAllBytes(ApiWebLayerTest.EXAMPLE)));
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    @Test
    void theCaseIdIsLeftOutUnlessTheCallerOptsIn() {
        new AuditTrail(false).assessed("r-1", CLOCK.instant(), assessment, 3_400_000);
        new AuditTrail(true).assessed("r-2", CLOCK.instant(), assessment, 3_400_000);

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).doesNotContain("\n"));
        JsonNode without = Json.mapper().readTree(lines.get(0));
        JsonNode with = Json.mapper().readTree(lines.get(1));
        assertThat(without.has("caseId")).isFalse();
        assertThat(lines.get(0)).doesNotContain("example-head-and-neck-oropharynx");
        assertThat(with.get("caseId").asString()).isEqualTo("example-head-and-neck-oropharynx");
        assertThat(without.get("time").asString()).isEqualTo("2025-03-20T08:00:00Z");
        assertThat(without.get("durationMs").asLong()).isEqualTo(3);
        assertThat(without.get("parameterOverrides").isEmpty()).isTrue();
    }

    @Test
    void theFiredRulesAreEveryFindingsScoresAndVerdictsRuleInNaturalOrder() {
        List<String> fired = AuditTrail.firedRuleIds(assessment);

        assertThat(fired).doesNotHaveDuplicates().containsAll(assessment.verdictRuleIds());
        assessment.findings().forEach(f -> assertThat(fired).contains(f.ruleId()));
        assessment.scores().forEach(s -> assertThat(fired).contains(s.ruleId()));
        assertThat(fired).isSortedAccordingTo(org.reirradiation.knowledge.RuleIdOrder.NATURAL);
    }
}
